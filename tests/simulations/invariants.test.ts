import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_STATUS, createSimulation, PRICES, type ScenarioInput } from '@/simulations';
import { PLATFORM_FACTS } from '@/simulations/platformFacts';
import { scenarioArb } from './arbitraries';
import { runAndDrain } from './helpers';

describe('invariants over random scenarios', () => {
  it('arrivals = completed + throttled + in flight, at any moment', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 10, max: 20_000 }), (s, stepMs) => {
        const sim = createSimulation(s, { observe: false });
        const end = sim.scenario.durationSeconds * 1000;
        for (let t = stepMs; t < end + stepMs; t += stepMs) {
          sim.advanceTo(Math.min(t, end));
          const x = sim.snapshot().totals;
          expect(x.arrivals).toBe(x.completed + x.throttled + x.inFlight);
          expect(x.inFlight).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('counts requests in flight on their own: as many as the requests the engine still holds', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 50, max: 5000 }), (s, stepMs) => {
        // Observed, with every request in flight listed (a gateway-timed-out request, answered 504
        // but still running, is listed and no longer in flight: checked while none has happened).
        const sim = createSimulation(s, { observe: true, inFlightSample: 1e9, traceCapacity: 1 });
        const end = sim.scenario.durationSeconds * 1000;
        for (let t = stepMs; t < end + stepMs; t += stepMs) {
          sim.advanceTo(Math.min(t, end));
          const snap = sim.snapshot();
          if (snap.totals.throttledBy.gatewayTimeout > 0) break;
          expect(snap.totals.inFlight).toBe(snap.inFlight.length);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('cost = Σ usage × price, recomputed here from the price table', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const sim = runAndDrain({ ...s, function: { ...s.function, architecture: 'x86_64' }, gateway: { ...s.gateway, type: 'http' }, pricing: { freeTier: false } }, { observe: false });
        const { usage: u, cost, scenario } = sim.snapshot();
        const gb = 1024 * 1000;
        // Another platform's own charges (facts.ts's PLATFORM_FACTS): Managed Instances' requests and
        // vCPU-hours (one vCPU per 4,096 MB, at least one) plus the 15% management fee; Cloud Run's
        // requests, vCPU-seconds (1 vCPU) and GiB-seconds; Workers' requests and CPU-ms. API Gateway
        // is billed in front of Lambda and Managed Instances only.
        const P = PLATFORM_FACTS;
        const pr = u.platformRequests ?? 0;
        const instanceS = (u.instanceMs ?? 0) / 1000;
        const platform =
          scenario.platform === 'lambda-managed-instances'
            ? pr * P.lmi.requestPrice.value + (instanceS / 3600) * Math.max(1, Math.ceil(scenario.function.memoryMB / 4096)) * P.lmi.vcpuHourPrice.value * 1.15
            : scenario.platform === 'cloud-run'
              ? pr * P.cloudRun.requestPrice.value + instanceS * P.cloudRun.vcpuSecondPrice.value + instanceS * (scenario.function.memoryMB / 1024) * P.cloudRun.gibSecondPrice.value
              : scenario.platform === 'cloudflare-workers'
                ? pr * P.workers.requestPrice.value + (u.cpuMs ?? 0) * P.workers.cpuMsPrice.value
                : 0;
        const gatewayBilled = scenario.platform === 'lambda' || scenario.platform === 'lambda-managed-instances';
        const expected =
          platform +
          u.functionRequests * PRICES.lambdaRequest.value +
          (u.onDemandMbMs / gb) * PRICES.lambdaDurationX86.tiers[0].priceUsd +
          (u.provisionedDurationMbMs / gb) * PRICES.provisionedDurationX86.value +
          (u.provisionedEnabledMbMs / gb) * PRICES.provisionedConcurrencyX86.value +
          (gatewayBilled ? u.gatewayRequests * PRICES.httpApiRequest.tiers[0].priceUsd : 0) +
          u.readRequestUnits * PRICES.dynamoReadRequestUnit.value +
          u.writeRequestUnits * PRICES.dynamoWriteRequestUnit.value +
          u.rcuHours * PRICES.dynamoRcuHour.value +
          u.wcuHours * PRICES.dynamoWcuHour.value +
          u.sqsRequests * PRICES.sqsRequest.value +
          u.snsPublishes * PRICES.snsPublish.value +
          u.s3Gets * PRICES.s3Get.value +
          u.s3Puts * PRICES.s3Put.value;
        expect(cost.total).toBeCloseTo(expected, 12);
        const parts = cost.gateway + cost.functionRequests + cost.functionCompute + cost.provisionedConcurrency + cost.database + cost.other;
        expect(cost.total).toBeCloseTo(parts, 12);
      }),
      { numRuns: 30 },
    );
  });

  it('incremental statistics equal ones recomputed from the full trace', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        // Per-request costs add up to the bill without the free tier, provisioned charges or the async
        // path's requests; traffic changes only within the run, so that draining ends every request.
        const traffic = { ...s.traffic, timeline: (s.traffic?.timeline ?? []).filter((c) => c.atSeconds < (s.durationSeconds ?? 0)) };
        const scenario: ScenarioInput = { ...s, traffic, async: { enabled: false }, database: { ...s.database, mode: 'onDemand' }, function: { ...s.function, provisionedConcurrency: 0 }, pricing: { freeTier: false } };
        const sim = runAndDrain(scenario, { traceCapacity: 1_000_000 });
        const snap = sim.snapshot();
        const traces = snap.traces;
        expect(snap.totals.inFlight).toBe(0);
        expect(snap.counts.inProgress).toBe(0);
        expect(traces.length).toBe(snap.totals.arrivals);
        const ok = traces.filter((t) => t.status === 200);
        expect(ok.length).toBe(snap.totals.completed);
        const refused = traces.filter((t) => t.status !== 200);
        expect(refused.length).toBe(snap.totals.throttled);
        // What the client got follows from why: 429 from the gateway's throttle, 500 for a Lambda refusal.
        for (const t of refused) expect(t.status).toBe(CLIENT_STATUS[t.throttleCause!]);
        for (const cause of ['gateway', 'concurrency', 'scalingRate'] as const) {
          expect(refused.filter((t) => t.throttleCause === cause).length).toBe(snap.totals.throttledBy[cause]);
        }
        expect(traces.filter((t) => t.coldStart).length).toBe(snap.totals.coldStarts);
        if (ok.length > 0) {
          const mean = ok.reduce((a, t) => a + t.totalMs, 0) / ok.length;
          expect(snap.latency.mean).toBeCloseTo(mean, 6);
          // Percentiles from the log histogram are within 1% of the exact nearest-rank values.
          const sorted = ok.map((t) => t.totalMs).sort((a, b) => a - b);
          for (const [q, got] of [[0.5, snap.latency.p50], [0.95, snap.latency.p95], [0.99, snap.latency.p99]] as const) {
            const exact = sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
            expect(Math.abs(got - exact)).toBeLessThanOrEqual(exact * 0.01 + 1e-9);
          }
        }
        // Each request's parts add up to its cost.
        for (const t of traces) {
          const p = t.costParts;
          expect(p.gateway + p.functionRequest + p.functionCompute + p.database + p.s3).toBeCloseTo(t.costUsd, 15);
        }
        // Without free tier, tiers or time-based charges, total cost is the sum of per-request costs;
        // on Cloud Run and Managed Instances, but for the instances' time, which the requests share.
        const sum = traces.reduce((a, t) => a + t.costUsd, 0);
        const sharedInstances = snap.scenario.platform === 'cloud-run' || snap.scenario.platform === 'lambda-managed-instances';
        if (sharedInstances) for (const t of traces) expect(t.costParts.functionCompute).toBe(0);
        expect(snap.cost.total - (sharedInstances ? snap.cost.functionCompute : 0)).toBeCloseTo(sum, 10);
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic: same scenario and seed, same run', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = runAndDrain(s).snapshot();
        const b = runAndDrain(s).snapshot();
        expect(b).toEqual(a);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps streams independent: memory and database knobs do not move arrivals or handler draws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 128, max: 8192 }), fc.integer({ min: 1, max: 50 }), (seed, memoryMB, dbMs) => {
        const base: ScenarioInput = { seed, durationSeconds: 5, traffic: { requestsPerSecond: 80 }, function: { cpuBound: false } };
        const run = (patch: ScenarioInput) =>
          runAndDrain({ ...base, ...patch }, { traceCapacity: 1_000_000 })
            .snapshot()
            .traces.sort((x, y) => x.id - y.id);
        const a = run({});
        const b = run({ function: { memoryMB, cpuBound: false }, database: { latencyMs: dbMs } });
        expect(b.map((t) => t.arrivalMs)).toEqual(a.map((t) => t.arrivalMs));
        expect(b.map((t) => t.handlerMs)).toEqual(a.map((t) => t.handlerMs));
      }),
      { numRuns: 10 },
    );
  });
});
