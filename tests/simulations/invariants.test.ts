import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_STATUS, createSimulation, PRICES, type ScenarioInput } from '@/simulations';
import { runAndDrain } from './helpers';

/** Small random scenarios: short, low rate, tight limits so throttles, cold starts and reclaims all happen. */
const scenarioArb: fc.Arbitrary<ScenarioInput> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  durationSeconds: fc.integer({ min: 2, max: 20 }),
  traffic: fc.record({
    pattern: fc.constantFrom('steady', 'ramp', 'spike', 'diurnal', 'bursty', 'idle'),
    requestsPerSecond: fc.double({ min: 0, max: 150, noNaN: true }),
    arrivals: fc.constantFrom('poisson', 'uniform'),
    rampSeconds: fc.integer({ min: 1, max: 20 }),
    spikeStartSeconds: fc.integer({ min: 0, max: 10 }),
    spikeDurationSeconds: fc.integer({ min: 1, max: 10 }),
    periodSeconds: fc.integer({ min: 5, max: 60 }),
    onSeconds: fc.integer({ min: 1, max: 5 }),
    offSeconds: fc.integer({ min: 0, max: 5 }),
  }),
  gateway: fc.record({ rateLimitRps: fc.integer({ min: 1, max: 300 }), burst: fc.integer({ min: 1, max: 100 }), latencyMs: fc.integer({ min: 0, max: 20 }) }),
  function: fc.record({
    memoryMB: fc.integer({ min: 128, max: 4096 }),
    runtime: fc.constantFrom('nodejs', 'python', 'java', 'go', 'rust', 'dotnet'),
    cpuBound: fc.boolean(),
    durationMs: fc
      .record({ distribution: fc.constantFrom('constant', 'exponential', 'lognormal'), mean: fc.integer({ min: 1, max: 500 }), spread: fc.double({ min: 1.1, max: 14.9, noNaN: true }) })
      // p99 within what a lognormal can have (above the mean, at most 14.97 × it).
      .map(({ spread, ...d }) => ({ ...d, p99: d.mean * spread })),
    concurrencyLimit: fc.integer({ min: 0, max: 40 }),
    provisionedConcurrency: fc.integer({ min: 0, max: 0 }),
    idleTimeoutSeconds: fc.integer({ min: 1, max: 10 }),
  }),
  database: fc.record({ mode: fc.constantFrom('onDemand', 'provisioned'), readCapacityUnits: fc.integer({ min: 1, max: 50 }), writeCapacityUnits: fc.integer({ min: 1, max: 50 }) }),
  async: fc.record({ enabled: fc.boolean(), share: fc.double({ min: 0, max: 1, noNaN: true }), sns: fc.boolean() }),
});

const withProvisioned = scenarioArb.chain((s) =>
  fc.integer({ min: 0, max: (s.function as { concurrencyLimit: number }).concurrencyLimit }).map((p) => ({ ...s, function: { ...s.function, provisionedConcurrency: Math.min(p, 5) } })),
);

describe('invariants over random scenarios', () => {
  it('arrivals = completed + throttled + in flight, at any moment', () => {
    fc.assert(
      fc.property(withProvisioned, fc.integer({ min: 1, max: 20_000 }), (s, stepMs) => {
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

  it('cost = Σ usage × price, recomputed here from the price table', () => {
    fc.assert(
      fc.property(withProvisioned, (s) => {
        const sim = runAndDrain({ ...s, function: { ...s.function, architecture: 'x86_64' }, gateway: { ...s.gateway, type: 'http' }, pricing: { freeTier: false } }, { observe: false });
        const { usage: u, cost } = sim.snapshot();
        const gb = 1024 * 1000;
        const expected =
          u.functionRequests * PRICES.lambdaRequest.value +
          (u.onDemandMbMs / gb) * PRICES.lambdaDurationX86.tiers[0].priceUsd +
          (u.provisionedDurationMbMs / gb) * PRICES.provisionedDurationX86.value +
          (u.provisionedEnabledMbMs / gb) * PRICES.provisionedConcurrencyX86.value +
          u.gatewayRequests * PRICES.httpApiRequest.tiers[0].priceUsd +
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
        const scenario: ScenarioInput = { ...s, async: { enabled: false }, database: { mode: 'onDemand' }, function: { ...s.function, provisionedConcurrency: 0 } };
        const sim = runAndDrain(scenario, { traceCapacity: 1_000_000 });
        const snap = sim.snapshot();
        const traces = snap.traces;
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
        // Without free tier, tiers or time-based charges, total cost is the sum of per-request costs.
        const sum = traces.reduce((a, t) => a + t.costUsd, 0);
        expect(snap.cost.total).toBeCloseTo(sum, 10);
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic: same scenario and seed, same run', () => {
    fc.assert(
      fc.property(withProvisioned, (s) => {
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
