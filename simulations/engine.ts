/**
 * The engine behind `createSimulation`: core.ts's loop and parts, and what a run shows — the
 * snapshot the UI draws, the summary the CLI prints, each traced request's story and cost in
 * parts, the per-second rows. Modelled: nothing here; it reads the parts and formats their state.
 */
import { billedFor, requestCost } from './billing';
import { CAUSES, EngineCore } from './core';
import { Histogram } from './histogram';
import type { CostBreakdown, Usage } from './pricing';
import { RF_COLD, RF_DB_THROTTLED, RF_FN_TIMEOUT, RF_GW_TIMEOUT, RF_INVOKED, RF_MANUAL, RF_PROV_ENV, RF_SHOWN } from './requests';
import type { SeriesRow } from './series';
import { CLIENT_STATUS } from './types';
import type { InFlightView, LatencySummary, RequestTrace, RunSummary, Snapshot, ThrottleCause } from './types';

export { SERIES_COLUMNS, type SeriesRow } from './series';
export { CAUSES } from './core';
export type { EngineOptions } from './types';

function summarize(h: Histogram): LatencySummary {
  return { p50: h.quantile(0.5), p95: h.quantile(0.95), p99: h.quantile(0.99), mean: h.mean() };
}

/** The engine behind `createSimulation`; use the factory, not this class. */
export class Engine extends EngineCore {
  /** Build the second's series row (skipped by headless runs that keep no series). */
  protected recordRow(t: number, initializing: number): void {
    const api = this.api;
    const cost = this.costNow();
    const h = this.recent[this.recentIdx];
    const r = this.row;
    r[0] = t / 1000;
    r[1] = this.arrivals.gen.rateNow(t);
    r[2] = this.arrived - this.secArrived;
    r[3] = this.completed - this.secCompleted;
    const by = this.throttledBy;
    for (let c = 0; c < by.length; c++) r[4 + c] = by[c] - this.secThrottledBy[c];
    let i = 4 + by.length;
    r[i++] = api.coldStarts - this.secColdStarts;
    r[i++] = api.live;
    r[i++] = api.busyInstances();
    r[i++] = api.idle;
    r[i++] = initializing;
    r[i++] = (this.areaBusy - this.secAreaBusyStart) / 1000;
    r[i++] = api.secPeakBusy;
    r[i++] = h.quantile(0.5);
    r[i++] = h.quantile(0.95);
    r[i++] = h.quantile(0.99);
    r[i++] = this.async.queueDepth;
    r[i++] = cost.gateway;
    r[i++] = cost.functionRequests;
    r[i++] = cost.functionCompute;
    r[i++] = cost.provisionedConcurrency;
    r[i++] = cost.database;
    r[i++] = cost.other;
    r[i++] = cost.total;
    r[i++] = this.fleet.instances;
    r[i++] = this.fleet.costUsd().total;
    this.rows.push(r);
    if (this.onSecond) this.onSecond(r);
    if (this.log) {
      for (let c = 0; c < CAUSES.length; c++) {
        const n = by[c] - this.secThrottledBy[c];
        if (n > 0) this.log.add(t, 'throttled', { count: n, cause: CAUSES[c] });
      }
    }
  }

  // ---------------------------------------------------------------- money

  /** Usage so far, with the time-based parts (provisioned concurrency, provisioned capacity) brought up to now. */
  usageNow(): Usage {
    return this.meter.usageAt(this.nowMs, this.scenario, this.api.provTarget, this.instanceMsNow());
  }

  /** Dollars so far: usage × price. */
  costNow(): CostBreakdown {
    return this.meter.costAt(this.nowMs, this.scenario, this.api.provTarget, this.instanceMsNow());
  }

  /** Billable instance time so far, ms (Usage.instanceMs): Cloud Run's busy stretches, rounded; Managed Instances' environments alive; 0 elsewhere. */
  private instanceMsNow(): number {
    const now = this.nowMs;
    if (this.scenario.platform === 'cloud-run') return this.api.busyBilledMs + this.api.openBusyBilledMs(now);
    if (this.scenario.platform === 'lambda-managed-instances') return this.areaNow(now).live;
    return 0;
  }

  /** The busy and live time integrals up to `now`, without closing the open stretch. */
  private areaNow(now: number): { busy: number; live: number } {
    const dt = now > this.lastIntegralMs ? now - this.lastIntegralMs : 0;
    return { busy: this.areaBusy + this.api.busy * dt, live: this.areaLive + this.api.live * dt };
  }

  // ---------------------------------------------------------------- observation

  /** Keep request `id`'s trace when it finishes, even after it leaves the ring of recent traces. −1 watches nothing. */
  watchTrace(id: number): void {
    this.obs?.watch(id);
  }

  /** A request refused before any function ran (`billed`: 1 when the gateway billed it, 0 when its own throttle refused it). */
  protected refusedTrace(id: number, arrivalMs: number, cause: ThrottleCause, gatewayMs: number, manual: boolean, billed: number): RequestTrace {
    const costParts = { gateway: 0, functionRequest: 0, functionCompute: 0, database: 0, s3: 0 };
    const costUsd = billed * requestCost(this.scenario, null, 0, 0, costParts);
    costParts.gateway = costUsd;
    return {
      id,
      arrivalMs,
      status: CLIENT_STATUS[cause],
      throttleCause: cause,
      coldStart: false,
      envId: -1,
      gatewayMs,
      waitMs: 0,
      initMs: 0,
      handlerMs: 0,
      databaseMs: 0,
      totalMs: gatewayMs,
      costUsd,
      costParts,
      manual,
    };
  }

  protected completedTrace(slot: number, t: number): RequestTrace {
    const rq = this.rq;
    const flags = rq.flags[slot];
    const arrival = rq.arrival[slot];
    const initMs = rq.init[slot];
    const handlerMs = rq.handler[slot];
    const databaseMs = rq.db[slot];
    const billed = billedFor(this.scenario, this.memoryMB, initMs, handlerMs, databaseMs, (flags & RF_PROV_ENV) !== 0);
    const costParts = { gateway: 0, functionRequest: 0, functionCompute: 0, database: 0, s3: 0 };
    const tr: RequestTrace = {
      id: rq.id[slot],
      arrivalMs: arrival,
      status: 200,
      coldStart: (flags & RF_COLD) !== 0,
      envId: this.api.uid[rq.env[slot]],
      gatewayMs: this.gateway.inMs + this.gateway.outMs,
      waitMs: 0,
      initMs,
      handlerMs,
      databaseMs,
      totalMs: t - arrival,
      costUsd: requestCost(this.scenario, billed, this.db.readUnitsPerRequest, this.db.writeUnitsPerRequest, costParts),
      costParts,
      billed,
      manual: (flags & RF_MANUAL) !== 0,
    };
    // The client's answer: a 504 if the gateway gave up first, else the handler's failure, if any.
    const cause: ThrottleCause | undefined = flags & RF_GW_TIMEOUT ? 'gatewayTimeout' : flags & RF_DB_THROTTLED ? 'database' : flags & RF_FN_TIMEOUT ? 'timeout' : undefined;
    if (cause) {
      tr.throttleCause = cause;
      tr.status = CLIENT_STATUS[cause];
    }
    return tr;
  }

  private inFlightView(slot: number, now: number): InFlightView {
    const rq = this.rq;
    const id = rq.id[slot];
    const flags = rq.flags[slot];
    const arrival = rq.arrival[slot];
    if (!(flags & RF_INVOKED)) return { id, phase: 'gateway', phaseStartMs: arrival, phaseEndMs: arrival + this.gateway.inMs };
    const envId = this.api.uid[rq.env[slot]];
    const inv = rq.invoke[slot];
    const initEnd = inv + rq.init[slot];
    const handlerEnd = initEnd + rq.handler[slot];
    const done = rq.done[slot];
    if (now < initEnd) return { id, phase: 'init', phaseStartMs: inv, phaseEndMs: initEnd, envId };
    if (now < handlerEnd) return { id, phase: 'handler', phaseStartMs: initEnd, phaseEndMs: handlerEnd, envId };
    if (now < done) return { id, phase: 'database', phaseStartMs: handlerEnd, phaseEndMs: done, envId };
    return { id, phase: 'response', phaseStartMs: done, phaseEndMs: done + this.gateway.outMs, envId };
  }

  /** Plain-data view of the whole state. */
  snapshot(): Snapshot {
    const now = this.nowMs;
    const api = this.api;
    const envs = api.describe(now, this.environmentViews);
    const inFlight: InFlightView[] = [];
    const rq = this.rq;
    if (this.observe && this.inFlightSample > 0) {
      const stride = Math.max(1, Math.ceil(rq.activeN / this.inFlightSample));
      for (let i = 0; i < rq.activeN && inFlight.length < this.inFlightSample; i += stride) {
        const slot = rq.active[i];
        rq.flags[slot] |= RF_SHOWN;
        inFlight.push(this.inFlightView(slot, now));
      }
    }
    const recent = new Histogram();
    for (const h of this.recent) recent.merge(h);
    return {
      timeMs: now,
      scenario: this.scenario,
      requestsPerSecond: this.arrivals.gen.rateNow(now),
      environments: envs.environments,
      environmentsTruncated: envs.truncated,
      counts: {
        live: api.live,
        busy: envs.busyReady,
        idle: api.idle,
        initializing: envs.initializing,
        reclaimedTotal: api.reclaimed,
        provisioned: api.provLive,
        inProgress: api.busy,
      },
      inFlight,
      recentThrottles: this.obs ? this.obs.recentThrottles(CAUSES) : [],
      totals: this.totals(),
      latency: summarize(this.latency),
      recentLatency: summarize(recent),
      meanConcurrency: now > 0 ? this.areaNow(now).busy / now : 0,
      peakConcurrency: api.peakBusy(),
      cost: this.costView(),
      usage: this.usageNow(),
      server: this.fleet.view(),
      databaseCounter: this.databaseCounter,
      async: this.async.view(now),
      events: this.log ? this.log.ordered() : [],
      traces: this.obs ? this.obs.ordered() : [],
    };
  }

  /** Every arrival's outcome so far, each part counted as it happened (`arrivals = completed + throttled + inFlight`). */
  private totals(): Snapshot['totals'] {
    let throttled = 0;
    for (const x of this.throttledBy) throttled += x;
    const throttledBy = Object.fromEntries(CAUSES.map((c, i) => [c, this.throttledBy[i]])) as Record<ThrottleCause, number>;
    return { arrivals: this.arrived, completed: this.completed, throttled, throttledBy, coldStarts: this.api.coldStarts, inFlight: this.inFlight };
  }

  private costView(): RunSummary['costUsd'] {
    const cost = this.costNow();
    return { ...cost, perMillionRequests: this.arrived > 0 ? (cost.total / this.arrived) * 1e6 : 0 };
  }

  /** The per-second rows kept (oldest first), optionally only the last `last`. */
  series(last?: number): SeriesRow[] {
    return this.rows.rows(last);
  }

  /** The run summary (the CLI's JSON). */
  summary(): RunSummary {
    const now = this.nowMs;
    const area = this.areaNow(now);
    const o = this.totals();
    return {
      requests: o.arrivals,
      completed: o.completed,
      throttled: o.throttled,
      throttledBy: o.throttledBy,
      inFlight: o.inFlight,
      coldStarts: o.coldStarts,
      latencyMs: summarize(this.latency),
      meanConcurrency: now > 0 ? area.busy / now : 0,
      peakConcurrency: this.api.peakBusy(),
      meanInstances: now > 0 ? area.live / now : 0,
      peakInstances: this.api.peakLive,
      costUsd: this.costView(),
      usage: this.usageNow(),
      server: this.fleet.view(),
      async: this.async.view(now),
      simulatedSeconds: now / 1000,
    };
  }
}
