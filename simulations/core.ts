/**
 * The event loop, and one request's way through the parts: arrivals.ts → gateway.ts → pool.ts →
 * database.ts → back through the gateway, with async.ts after it and billing.ts metering each
 * step; the counts and time integrals a run reports. Each part models one thing and says what it
 * leaves out; this file only orders them in time. What a run shows (snapshots, summaries, traces,
 * series rows) is engine.ts's.
 *
 * Requests live in a struct of arrays (requests.ts) and events are ints in typed arrays, so the
 * hot path allocates nothing per request. Four event sources are merged by (time, seq): the single
 * pending arrival, a FIFO of invocations (arrival + constant gateway delay, so already in order),
 * the heap (function completions, ticks, timers), and a FIFO of responses (completion + constant
 * gateway delay). V8 inlines the parts' small hot methods here; what it declines to inline is
 * called, so no double crosses a call (times travel in fields such as EventQueue.nowMs).
 */
import { Arrivals } from './arrivals';
import { AsyncPath } from './async';
import { billedInitMs, billedRunMs, Meter } from './billing';
import { Database } from './database';
import * as events from './events';
import { EventQueue } from './events';
import { LIMITS } from './facts';
import { PLATFORM_FACTS } from './platformFacts';
import { Gateway, TokenBucket } from './gateway';
import { EventFifo } from './heap';
import { Histogram } from './histogram';
import { EventLog, Observations } from './observe';
import * as pool from './pool';
import { cpuTimeScale, lambdaColdStart, lmiEnvironmentsFor, meanServiceMs, platformStartup } from './platform';
import { FunctionPool } from './pool';
import { createStream, Sampler, type DistributionSpec, type RandomStream } from './random';
import * as requests from './requests';
import { RequestTable } from './requests';
import type { Scenario, TrafficChange } from './schema';
import { SERIES_COLUMNS, SeriesRing } from './series';
import { ServerFleet } from './server';
import { settleNumberFields } from './typed';
import type { EngineOptions, RequestTrace, ThrottleCause } from './types';

// Module-local copies of the constants the hot path reads: V8 reads an imported binding through
// its module cell at every use, a local const as a constant.
const { K_BATCH, K_DONE, K_GATEWAY_TIMEOUT, K_PROV_READY, K_RECLAIM, K_TICK, K_TRAFFIC, KIND_BITS, KIND_MASK } = events;
const { REFUSED_LIMIT, STARTED } = pool;

const { RF_COLD, RF_TRACED, RF_DB_THROTTLED, RF_INVOKED, RF_MANUAL, RF_PROV_ENV, RF_SHOWN, RF_FN_TIMEOUT, RF_GW_TIMEOUT, RF_FAILED } = requests;

/** Why a request failed, in the order of `throttledBy` and the series columns. */
export const CAUSES: ThrottleCause[] = ['gateway', 'concurrency', 'scalingRate', 'database', 'timeout', 'gatewayTimeout'];
const C_GATEWAY = 0;
const C_CONCURRENCY = 1;
const C_SCALING = 2;
const C_DATABASE = 3;
const C_TIMEOUT = 4;
const C_GATEWAY_TIMEOUT = 5;

/** Fields that hold times or amounts (see settleNumberFields). */
const DOUBLE_FIELDS = new Set(['nextTickMs', 'targetMs', 'respondAtMs', 'fnTimeoutMs', 'cpuScale', 'lastIntegralMs', 'areaBusy', 'areaLive', 'secAreaBusyStart', 'lmiTokens']);

/** The compute model as an int the hot path compares (scenario.platform is a string). */
const P_LAMBDA = 0;
const P_LMI = 1;
const PLATFORM_CODES = { lambda: P_LAMBDA, 'lambda-managed-instances': P_LMI, 'cloud-run': 2, 'cloudflare-workers': 3 } as const;

/** Seconds of latency the recent window covers. */
const RECENT_SECONDS = 10;
const MAX_ENV_VIEWS = 2000;


/**
 * The running engine: its parts, the loop and a request's way through them. engine.ts's `Engine`
 * adds what a run shows (snapshots, summaries, traces, series rows).
 */
export abstract class EngineCore {
  declare readonly scenario: Scenario;
  // Number fields are initialized at declaration, so V8 types them (see random.ts's Sfc32Stream).
  protected readonly observe: boolean = true;
  /** Keep the last seconds' latency (the UI and series rows read it; a bare headless run does not). */
  protected readonly keepRecent: boolean = true;
  protected readonly traceEvery: number = 1;
  protected readonly inFlightSample: number = 0;
  protected readonly environmentViews: number = 0;
  protected readonly keepRows: boolean = false;
  protected declare readonly onSecond?: (row: Float64Array) => void;

  // Streams: one per source so that one knob does not move another source's draws.
  protected declare readonly durationsStream: RandomStream;
  protected declare readonly coldStream: RandomStream;

  protected readonly queue = new EventQueue();
  protected readonly invokeFifo = new EventFifo(256);
  protected readonly respondFifo = new EventFifo(256);
  /** The pending per-second tick, and the end of the advance in progress. */
  protected nextTickMs = 1000;
  protected targetMs = 0;
  /** When the response being handled reaches its client (a field, not an argument: see EventQueue.nowMs). */
  protected respondAtMs = 0;
  /** Headless runs handle gateway arrivals in batches (see arrivalBatch). */
  protected readonly batchArrivals: boolean = false;

  // The parts.
  protected declare readonly arrivals: Arrivals;
  protected declare readonly gateway: Gateway;
  protected declare readonly rq: RequestTable;
  /** The API function's environments. */
  protected declare readonly api: FunctionPool;
  protected declare readonly db: Database;
  protected declare readonly async: AsyncPath;
  protected readonly meter = new Meter();
  protected declare readonly fleet: ServerFleet;
  protected declare readonly log: EventLog | null;
  protected declare readonly obs: Observations | null;
  protected declare readonly rows: SeriesRing;

  // Derived configuration (refreshed by applyConfig).
  protected memoryMB = 0;
  protected fnTimeoutMs = 0;
  protected cpuScale = 1;
  protected declare drawDuration: Sampler;
  /** The compute model (PLATFORM_CODES): fixed for a run. */
  protected readonly platformCode: number = 0;
  /** Managed Instances: environments the scaler may still add (a token bucket refilled at live ÷ 5 minutes). */
  protected lmiTokens = 0;

  // Counts.
  protected arrived = 0;
  protected completed = 0;
  /** Requests past the gateway's throttle whose client has no answer yet (counted as they come and go, not as a difference). */
  protected inFlight = 0;
  protected readonly throttledBy = new Float64Array(CAUSES.length);
  protected databaseCounter = 0;
  protected nextRequestId = 1;
  protected lastArrivalId = 0;

  // Time integrals of the API function's busy and live environments.
  protected lastIntegralMs = 0;
  protected areaBusy = 0;
  protected areaLive = 0;

  // Latency.
  protected readonly latency = new Histogram();
  protected readonly recent: Histogram[] = [];
  protected recentIdx = 0;
  protected declare recentCur: Histogram;

  // Per-second accounting: the totals when the second began.
  protected secArrived = 0;
  protected secCompleted = 0;
  protected readonly secThrottledBy = new Float64Array(CAUSES.length);
  protected secColdStarts = 0;
  protected secAreaBusyStart = 0;
  protected readonly row = new Float64Array(SERIES_COLUMNS.length);

  constructor(scenario: Scenario, options: EngineOptions = {}) {
    this.scenario = scenario;
    this.observe = options.observe ?? true;
    this.batchArrivals = !this.observe;
    this.traceEvery = Math.max(1, Math.floor(options.traceEvery ?? 1));
    const seriesCapacity = Math.max(0, Math.floor(options.seriesCapacity ?? 3600));
    this.rows = new SeriesRing(seriesCapacity);
    this.inFlightSample = Math.max(0, options.inFlightSample ?? 300);
    this.environmentViews = Math.max(0, Math.floor(options.environmentViews ?? MAX_ENV_VIEWS));
    this.onSecond = options.onSecond;
    this.keepRows = seriesCapacity > 0 || this.onSecond !== undefined || this.observe;
    this.keepRecent = this.keepRows;
    for (let i = 0; i < RECENT_SECONDS; i++) this.recent.push(new Histogram());
    this.recentCur = this.recent[0];
    this.log = this.observe ? new EventLog(options.eventCapacity ?? 200) : null;
    this.obs = this.observe ? new Observations(options.traceCapacity ?? 50) : null;

    const seed = scenario.seed;
    this.durationsStream = createStream(seed, 'durations');
    this.coldStream = createStream(seed, 'coldStarts');
    const { timeline, ...traffic } = scenario.traffic;
    this.arrivals = new Arrivals(traffic, createStream(seed, 'arrivals'), this.queue);
    this.fleet = new ServerFleet(scenario.server, traffic);
    this.gateway = new Gateway(scenario);
    this.rq = new RequestTable(this.observe);
    // 1,000 new environments per 10 s per function, as a token bucket.
    const scaling = new TokenBucket(
      LIMITS.scalingRateEnvironments.value / LIMITS.scalingRateWindowMs.value,
      1,
      LIMITS.scalingRateEnvironments.value,
      LIMITS.scalingRateEnvironments.value,
    );
    const coldSpec = lambdaColdStart(scenario);
    this.drawDuration = new Sampler(scenario.function.durationMs as DistributionSpec, this.durationsStream);
    this.platformCode = PLATFORM_CODES[scenario.platform];
    const lmi = this.platformCode === P_LMI;
    // Managed Instances scale in on the scaler's tick (retireIdle), not by an idle timer.
    this.api = new FunctionPool(this.queue, new Sampler(platformStartup(scenario), this.coldStream), { timedReclaim: !lmi, scaling, log: this.log });
    if (this.platformCode !== P_LAMBDA) {
      this.api.setPlatform({
        multi: true,
        perInstance: scenario.function.maxConcurrencyPerInstance,
        startOnRequest: !lmi,
        billIncrementMs: scenario.platform === 'cloud-run' ? PLATFORM_FACTS.cloudRun.billingIncrementMs.value : 1,
      });
    }
    this.db = new Database(scenario, createStream(seed, 'database'), this.meter.usage, this.queue);
    const [pick, work, consumerCold] = [createStream(seed, 'async'), createStream(seed, 'consumer'), createStream(seed, 'consumerColdStarts')];
    this.async = new AsyncPath(this.queue, this.api, this.meter, pick, work, consumerCold, scenario, coldSpec);
    this.applyConfig(scenario);

    for (const change of timeline) {
      const { atSeconds, ...rest } = change;
      this.arrivals.schedule(atSeconds * 1000, rest, this.nowMs);
    }
    this.setProvisioned(scenario.function.provisionedConcurrency, true);
    if (lmi) this.launchInitialCapacity(scenario);
    this.queue.schedule(1000, K_TICK, 0);
    this.arrivals.drawAfter(0);
    settleNumberFields(this, (k) => DOUBLE_FIELDS.has(k));
  }

  /** Simulated time now (ms): the event queue's clock. */
  get nowMs(): number {
    return this.queue.nowMs;
  }

  // ---------------------------------------------------------------- configuration

  /** Refresh the derived settings of every part from a (validated) scenario. */
  protected applyConfig(s: Scenario): void {
    const f = s.function;
    this.memoryMB = f.memoryMB;
    this.gateway.configure(s);
    this.fnTimeoutMs = f.timeoutSeconds * 1000;
    // The limit is the account's: the queue consumer's running batches count against it too.
    this.api.limit = f.concurrencyLimit - this.async.consumer.busy;
    // Lambda's scaling rate is Lambda's: the other platforms' scaling is their own (ignored there).
    this.api.scalingLimited = f.scalingRateLimit && this.platformCode === P_LAMBDA;
    this.api.setIdleTimeout(f.idleTimeoutSeconds * 1000);
    this.cpuScale = cpuTimeScale(s);
    this.drawDuration = new Sampler(f.durationMs as DistributionSpec, this.durationsStream);
    const coldSpec = lambdaColdStart(s);
    this.api.startup = new Sampler(platformStartup(s), this.coldStream);
    this.db.configure(s);
    // The consumer's cold starts have their own stream, so turning the queue on moves no API cold start.
    this.async.configure(s, coldSpec);
  }

  /** Replace the scenario's live-changeable settings (validated by the caller). */
  reconfigure(next: Scenario): void {
    this.integrate();
    const prev = this.scenario;
    if (next.function.memoryMB !== prev.function.memoryMB) this.meter.closeProvisionedPeriod(this.nowMs, this.api.provTarget, this.memoryMB);
    (this as { scenario: Scenario }).scenario = next;
    this.applyConfig(next);
    if (next.function.provisionedConcurrency !== this.api.provTarget) this.setProvisioned(next.function.provisionedConcurrency, false);
    if (this.async.active) this.async.startBatches(this.nowMs);
  }

  protected setProvisioned(target: number, atStart: boolean): void {
    // Provisioned concurrency bills by enabled period: close the one in force before the target moves.
    this.meter.closeProvisionedPeriod(this.nowMs, this.api.provTarget, this.memoryMB);
    this.api.setProvisioned(target, atStart, this.nowMs);
  }

  // ---------------------------------------------------------------- Lambda Managed Instances' scaler

  /**
   * A function that has been serving its traffic is already sized for it: the run starts with the
   * environments the scaler would want for the starting rate's mean concurrency (Little's law),
   * ready at t = 0, and a full scaling allowance.
   */
  private launchInitialCapacity(s: Scenario): void {
    const concurrency = (this.arrivals.gen.rateNow(0) * meanServiceMs(s)) / 1000;
    const n = lmiEnvironmentsFor(concurrency, this.api.perInstance);
    this.api.launch(n, 0, true);
    this.lmiTokens = n;
  }

  /**
   * Each second: scale out toward the environments the second's peak wants, within the allowance
   * (capacity can at most double in 5 minutes: throttles when traffic grows faster, as AWS warns),
   * the new ones ready after their launch; or scale in, retiring environments idle for the idle
   * timeout down to what is wanted.
   */
  private lmiScale(t: number): void {
    const api = this.api;
    const desired = lmiEnvironmentsFor(api.secPeakBusy, api.perInstance);
    const cap = api.live > 1 ? api.live : 1;
    const tokens = this.lmiTokens + (api.live * 1000) / PLATFORM_FACTS.lmi.scalingDoublingMs.value;
    this.lmiTokens = tokens < cap ? tokens : cap;
    if (desired > api.live) {
      const n = Math.min(desired - api.live, Math.floor(this.lmiTokens));
      if (n > 0) {
        this.lmiTokens -= n;
        api.launch(n, t, false);
      }
    } else if (desired < api.live) api.retireIdle(t, desired, api.idleTimeoutMs);
  }

  // ---------------------------------------------------------------- the loop

  /** Advance simulated time to `targetMs`, processing every event at or before it. */
  advanceTo(targetMs: number): void {
    if (!(targetMs > this.nowMs)) return;
    this.targetMs = targetMs;
    // The loop runs in bounded calls: a function entered often is optimized and replaced at its
    // next call, where one long-running loop waits on on-stack replacement with thin feedback.
    while (!this.runEvents(targetMs)) {}
    // No integration at the advance's end: the time integrals split only at events, so a run
    // advanced in 1 step or in 200 sums the same terms in the same order (bit-identical means);
    // readers add the open stretch since the last event (areaNow).
    this.queue.nowMs = targetMs;
  }

  /** Process up to a few thousand events at or before `targetMs`; true when none is left. */
  protected runEvents(targetMs: number): boolean {
    const queue = this.queue;
    const heap = queue.heap;
    const inv = this.invokeFifo;
    const rsp = this.respondFifo;
    const arrivals = this.arrivals;
    for (let budget = 4096; budget > 0; budget--) {
      let bt = arrivals.nextMs;
      let bs = arrivals.nextSeq;
      let src = 0;
      let t = inv.peekTime();
      if (t < bt || (t === bt && inv.peekSeq() < bs)) {
        bt = t;
        bs = inv.peekSeq();
        src = 1;
      }
      t = heap.peekTime();
      if (t < bt || (t === bt && heap.peekSeq() < bs)) {
        bt = t;
        bs = heap.peekSeq();
        src = 2;
      }
      t = rsp.peekTime();
      if (t < bt || (t === bt && rsp.peekSeq() < bs)) {
        bt = t;
        src = 3;
      }
      if (bt > targetMs) return true;
      if (src === 0) {
        if (this.batchArrivals) {
          this.arrivalBatch();
          continue;
        }
        queue.nowMs = bt;
        if (bt > this.lastIntegralMs) this.integrate();
        this.onArrival(bt, false);
        arrivals.nextMs = arrivals.gen.next(bt);
        arrivals.nextSeq = queue.seq++;
        continue;
      }
      // A response moves no environment, so it does not split the integrals: headless runs apply
      // most responses inline (no event), and the split points must not depend on which.
      queue.nowMs = bt;
      if (src !== 3 && bt > this.lastIntegralMs) this.integrate();
      if (src === 1) {
        const slot = inv.peekPayload();
        inv.pop();
        this.onInvoke(slot);
      } else if (src === 2) {
        const p = heap.peekPayload();
        heap.pop();
        this.onHeapEvent(p);
      } else {
        const slot = rsp.peekPayload();
        rsp.pop();
        this.respondAtMs = bt;
        this.onRespond(slot);
      }
    }
    return false;
  }

  /**
   * Headless: gateway arrivals depend only on the arrival stream (they read nothing the function
   * side writes), so they are handled in a batch up to the next point where their counters are
   * read (the next tick, the end of this advance) or the stream changes (a traffic change). Their
   * invocations still run in time order through the invoke FIFO — except that one whose time
   * comes before anything else pending (an empty FIFO and an earlier time than the heap's next
   * event) runs at once, at its own time. The batch starts at the pending arrival and ends by
   * `targetMs`, both read from fields: a double passed to a call V8 does not inline is boxed, and
   * the batch's arrival time, merged with it, would be boxed at every arrival.
   */
  protected arrivalBatch(): void {
    const inv = this.invokeFifo;
    const queue = this.queue;
    const heap = queue.heap;
    const arrivals = this.arrivals;
    const gen = arrivals.gen;
    const first = arrivals.nextMs;
    const targetMs = this.targetMs;
    const gatewayInMs = this.gateway.inMs;
    const nextChangeMs = arrivals.nextChangeMs;
    let limit = this.nextTickMs < nextChangeMs ? this.nextTickMs : nextChangeMs;
    if (targetMs < limit) limit = targetMs;
    let a = first;
    for (;;) {
      const slot = this.arrive(a, false);
      const invokeSeq = queue.seq++;
      if (slot >= 0) {
        const it = a + gatewayInMs;
        // With no gateway delay the batch's first arrival (the earliest pending event) invokes at
        // once, as in an observed run, even when a tick falls at the very same time.
        if (inv.size === 0 && (it < heap.peekTime() || (gatewayInMs === 0 && a === first)) && it <= targetMs) {
          queue.nowMs = it;
          if (it > this.lastIntegralMs) this.integrate();
          this.onInvoke(slot);
        } else inv.push(it, invokeSeq, slot);
      }
      a = gen.next(a);
      // Ties with the tick or a traffic change go after it; the FIFO cap bounds memory at very high rates.
      if (!(a < limit || (a === targetMs && a < this.nextTickMs && a < nextChangeMs)) || inv.size >= 8192) break;
    }
    arrivals.nextMs = a;
    arrivals.nextSeq = queue.seq++;
  }

  /** Close the time integrals up to now (the clock is set first: a double argument to a call V8 does not inline is boxed). */
  protected integrate(): void {
    const t = this.queue.nowMs;
    const dt = t - this.lastIntegralMs;
    if (dt > 0) {
      this.areaBusy += this.api.busy * dt;
      this.areaLive += this.api.live * dt;
      this.lastIntegralMs = t;
    }
  }

  /** The heap's next event, at `nowMs` (times pass through fields, not arguments: a double argument to a call V8 does not inline is boxed). */
  protected onHeapEvent(p: number): void {
    const t = this.queue.nowMs;
    const idx = p >> KIND_BITS;
    switch (p & KIND_MASK) {
      case K_DONE:
        this.onDone(idx);
        return;
      case K_TICK:
        this.onTick(t);
        return;
      case K_RECLAIM:
        this.api.onReclaimTimer(t, idx);
        return;
      case K_TRAFFIC:
        this.applyTraffic(this.arrivals.take(idx), t);
        return;
      case K_BATCH:
        this.async.onBatchDone(t, idx);
        return;
      case K_PROV_READY:
        this.api.onProvisionedReady(t, idx);
        return;
      case K_GATEWAY_TIMEOUT:
        this.onGatewayTimeout(t, idx);
        return;
    }
  }

  // ---------------------------------------------------------------- request path

  /** A request reaches the gateway (a manual one, or from outside the loop). Returns its id. */
  onArrival(t: number, manual: boolean): number {
    // A manual request comes between advances (at `nowMs`): close the integrals before it can start work.
    if (manual && t > this.lastIntegralMs) this.integrate();
    const slot = this.arrive(t, manual);
    if (slot >= 0) {
      // With no gateway delay the invocation follows its arrival at once.
      if (this.gateway.inMs === 0) this.onInvoke(slot);
      else this.invokeFifo.push(t + this.gateway.inMs, this.queue.seq++, slot);
    }
    return this.lastArrivalId;
  }

  /** Gateway side of an arrival: counts, throttle, request slot (or −1 if throttled). The caller schedules the invocation. */
  protected arrive(t: number, manual: boolean): number {
    const id = this.nextRequestId++;
    this.lastArrivalId = id;
    this.arrived++;
    // Account-level token bucket: `rateLimitRps` tokens per second, at most `burst` banked.
    if (!this.gateway.bucket.take(t)) {
      this.gateway.refusedAtMs = t;
      this.refuseAtGateway(manual);
      return -1;
    }
    this.meter.usage.gatewayRequests++;
    this.inFlight++;
    const rq = this.rq;
    const slot = rq.alloc();
    rq.arrival[slot] = t;
    rq.flags[slot] = manual ? RF_MANUAL : 0;
    if (this.observe) this.observeArrival(slot, id, manual);
    return slot;
  }

  /** The gateway's own throttle refused the last arrival (at `gateway.refusedAtMs`): 429, nothing billed. */
  protected refuseAtGateway(manual: boolean): void {
    const t = this.gateway.refusedAtMs;
    this.throttle(t, C_GATEWAY);
    const id = this.lastArrivalId;
    if (this.observe && (manual || id % this.traceEvery === 0)) this.obs!.push(this.refusedTrace(id, t, 'gateway', 0, manual, 0));
  }

  /** What only an observed run keeps of an admitted arrival: whether it is traced, its id, when it reaches the function. */
  protected observeArrival(slot: number, id: number, manual: boolean): void {
    const rq = this.rq;
    if (manual || id % this.traceEvery === 0) rq.flags[slot] |= RF_TRACED;
    rq.id[slot] = id;
    rq.invoke[slot] = rq.arrival[slot] + this.gateway.inMs;
    rq.env[slot] = -1;
  }

  /** The request in `slot` reaches the function, at `nowMs`: an environment takes it and runs it, or Lambda refuses it. */
  protected onInvoke(slot: number): void {
    const t = this.queue.nowMs;
    const rq = this.rq;
    const api = this.api;
    let e = api.acquire();
    if (e < 0) {
      this.throttleInvoke(t, slot, e === REFUSED_LIMIT ? C_CONCURRENCY : C_SCALING);
      return;
    }
    let flags = rq.flags[slot] | RF_INVOKED;
    let initMs = 0;
    if (e >= STARTED) {
      e -= STARTED;
      initMs = api.initMs;
      flags |= RF_COLD;
    } else if (api.prov[e]) flags |= RF_PROV_ENV;
    // It runs: the handler's time, its database and S3 calls, and whether either timeout cuts it short.
    let handlerMs = this.drawDuration.draw() * this.cpuScale;
    const db = this.db;
    db.call();
    let dbMs = db.ms;
    if (db.refused) flags |= RF_DB_THROTTLED;
    if (handlerMs + dbMs > this.fnTimeoutMs) {
      // Lambda stops the invocation at its timeout (INIT has a limit of its own).
      flags |= RF_FN_TIMEOUT;
      if (handlerMs > this.fnTimeoutMs) handlerMs = this.fnTimeoutMs;
      dbMs = this.fnTimeoutMs - handlerMs;
    }
    if (initMs + handlerMs + dbMs > this.gateway.timeoutMs) {
      // The gateway stops waiting (504) while the function runs on.
      flags |= RF_GW_TIMEOUT;
      this.queue.schedule(t + this.gateway.timeoutMs, K_GATEWAY_TIMEOUT, slot);
    }
    rq.flags[slot] = flags;
    rq.env[slot] = e;
    if (this.observe) rq.invoke[slot] = t;
    rq.init[slot] = initMs;
    rq.handler[slot] = handlerMs;
    rq.db[slot] = dbMs;
    const done = t + initMs + handlerMs + dbMs;
    if (this.observe) rq.done[slot] = done;
    // The heap directly (what queue.schedule does): one call fewer for V8 to inline on this path.
    const queue = this.queue;
    queue.heap.push(done, queue.seq++, (slot << KIND_BITS) | K_DONE);
  }

  /** Lambda refused the invoke (concurrency or scaling rate): the client gets 500. */
  protected throttleInvoke(t: number, slot: number, cause: number): void {
    const rq = this.rq;
    this.inFlight--;
    this.throttle(t, cause);
    const flags = rq.flags[slot];
    if (flags & RF_TRACED) {
      // The gateway bills the request; no function ran.
      const tr = this.refusedTrace(rq.id[slot], rq.arrival[slot], CAUSES[cause], t - rq.arrival[slot], (flags & RF_MANUAL) !== 0, 1);
      this.obs!.push(tr, (flags & RF_SHOWN) !== 0);
    }
    rq.release(slot);
  }

  /** The request in `slot` finishes in the function, at `nowMs`. */
  protected onDone(slot: number): void {
    const t = this.queue.nowMs;
    const rq = this.rq;
    const flags = rq.flags[slot];
    if (this.platformCode === P_LAMBDA) this.meter.invocation(this.memoryMB, billedInitMs(rq.init[slot]), billedRunMs(rq.handler[slot], rq.db[slot]), (flags & RF_PROV_ENV) !== 0);
    else this.meter.platformRequest(rq.handler[slot]);
    this.api.release(rq.env[slot]);
    if (!(flags & RF_FAILED)) this.databaseCounter++;
    if (this.async.active) this.async.afterRequest(t, (flags & RF_FAILED) !== 0);
    if (flags & RF_GW_TIMEOUT) {
      // The client had its 504 already: nothing goes back.
      rq.release(slot);
      return;
    }
    const respondMs = t + this.gateway.outMs;
    // The response only moves counters and histograms, which nothing reads before the next
    // tick or the end of this advance; headless, it is applied now instead of queued (same
    // state at every point where state is observable; the UI keeps the exact queue for its
    // in-flight view and traces).
    if (!this.observe && respondMs < this.nextTickMs && respondMs <= this.targetMs) {
      this.respondAtMs = respondMs;
      this.onRespond(slot);
    } else this.respondFifo.push(respondMs, this.queue.seq++, slot);
  }

  /** The response reaches the client at `respondAtMs` (inline at completion in headless runs, see above). */
  protected onRespond(slot: number): void {
    const rq = this.rq;
    const flags = rq.flags[slot];
    this.inFlight--;
    if (flags & (RF_FAILED | RF_TRACED)) this.respondOther(slot, flags);
    if (!(flags & RF_FAILED)) {
      const ms = this.respondAtMs - rq.arrival[slot];
      if (this.keepRecent) this.latency.recordBoth(this.recentCur, ms);
      else this.latency.record(ms);
      this.completed++;
    }
    rq.release(slot);
  }

  /** A failed response (502), or a traced one (kept apart so onRespond stays small enough for V8 to inline). */
  protected respondOther(slot: number, flags: number): void {
    const t = this.respondAtMs;
    if (flags & RF_FAILED) this.throttle(t, flags & RF_DB_THROTTLED ? C_DATABASE : C_TIMEOUT);
    if (flags & RF_TRACED) this.obs!.push(this.completedTrace(slot, t), (flags & RF_SHOWN) !== 0);
  }

  /** The gateway gives up on the request in `slot` (504) at `t`; the function runs on, and `onDone` frees it. */
  protected onGatewayTimeout(t: number, slot: number): void {
    this.inFlight--;
    this.throttle(t, C_GATEWAY_TIMEOUT);
    const flags = this.rq.flags[slot];
    if (flags & RF_TRACED) this.obs!.push(this.completedTrace(slot, t), (flags & RF_SHOWN) !== 0);
  }

  protected throttle(t: number, cause: number): void {
    this.throttledBy[cause]++;
    if (this.obs) this.obs.throttled(t, cause);
  }

  // ---------------------------------------------------------------- traffic

  /** Queue a traffic change at absolute simulated time `atMs`. */
  scheduleTraffic(atMs: number, change: TrafficChange): void {
    this.arrivals.schedule(atMs, change, this.nowMs);
  }

  /** Apply a traffic change now; the pending arrival is redrawn (Poisson arrivals are memoryless). */
  applyTraffic(change: TrafficChange, t: number): void {
    this.arrivals.apply(change, t);
    if (this.log) this.log.add(t, 'trafficChange', { count: this.arrivals.gen.rateNow(t) });
  }

  // ---------------------------------------------------------------- per second

  protected onTick(t: number): void {
    this.nextTickMs = t + 1000;
    this.queue.schedule(t + 1000, K_TICK, 0);
    this.fleet.second(t, this.arrived - this.secArrived);
    if (this.async.active) this.async.onTick(t);
    if (this.keepRows) this.recordRow(t, this.api.countInitializing(t));
    this.secArrived = this.arrived;
    this.secCompleted = this.completed;
    this.secThrottledBy.set(this.throttledBy);
    this.secColdStarts = this.api.coldStarts;
    if (this.platformCode === P_LMI) this.lmiScale(t);
    this.api.startSecond();
    this.secAreaBusyStart = this.areaBusy;
    this.recentIdx = (this.recentIdx + 1) % RECENT_SECONDS;
    this.recentCur = this.recent[this.recentIdx];
    this.recentCur.clear();
  }

  /** The second ending at `t`: fill and hand out its series row (runs that keep rows). */
  protected abstract recordRow(t: number, initializing: number): void;
  /** A traced request refused before any function ran. */
  protected abstract refusedTrace(id: number, arrivalMs: number, cause: ThrottleCause, gatewayMs: number, manual: boolean, billed: number): RequestTrace;
  /** A traced request's trace when its client got the answer at `t`. */
  protected abstract completedTrace(slot: number, t: number): RequestTrace;
}
