import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, SERIES_COLUMNS, type RunSummary, type ScenarioInput } from '@/simulations';
import { scenarioArb } from './arbitraries';

/**
 * Headless runs (`observe: false`) take shortcuts: gateway arrivals in batches, an invocation with
 * its arrival when nothing comes between, a response applied at completion when nothing reads the
 * counters before it. They must be the same run as the observed one, seen at any moment.
 */
function expectSameRun(a: RunSummary, b: RunSummary): void {
  const close = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x), Math.abs(y)));
  expect(b.requests).toBe(a.requests);
  expect(b.completed).toBe(a.completed);
  expect(b.throttledBy).toEqual(a.throttledBy);
  expect(b.inFlight).toBe(a.inFlight);
  expect(b.coldStarts).toBe(a.coldStarts);
  expect(b.peakConcurrency).toBe(a.peakConcurrency);
  expect(b.peakInstances).toBe(a.peakInstances);
  expect(b.latencyMs.p50).toBe(a.latencyMs.p50);
  expect(b.latencyMs.p99).toBe(a.latencyMs.p99);
  close(b.latencyMs.mean, a.latencyMs.mean);
  close(b.meanConcurrency, a.meanConcurrency);
  close(b.meanInstances, a.meanInstances);
  close(b.costUsd.total, a.costUsd.total);
  expect(b.usage.functionRequests).toBe(a.usage.functionRequests);
  expect(b.usage.gatewayRequests).toBe(a.usage.gatewayRequests);
  expect(b.async).toEqual(a.async);
}

/** Per-second columns that must match exactly: every count (not the time-integrated mean concurrency, nor costs). */
const EXACT_COLUMNS = SERIES_COLUMNS.map((name, i) => [name, i] as const)
  .filter(([name]) => !name.startsWith('cost') && !name.startsWith('server') && name !== 'meanConcurrency' && name !== 'targetRps')
  .map(([, i]) => i);

describe('headless runs', () => {
  it('are the same run as observed ones, at every step and in every per-second row', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 97, max: 3000 }), (s, stepMs) => {
        const observed = createSimulation(s, { observe: true });
        const rowsA: Float64Array[] = [];
        const rowsB: Float64Array[] = [];
        const headless = createSimulation(s, { observe: false, seriesCapacity: 0, onSecond: (r) => rowsB.push(r.slice()) });
        const observedRows = createSimulation(s, { observe: true, onSecond: (r) => rowsA.push(r.slice()) });
        // The CLI's run: no series and no per-second callback, so no recent-latency window either.
        const bare = createSimulation(s, { observe: false, seriesCapacity: 0 });
        const end = observed.scenario.durationSeconds * 1000 + 2000;
        for (let t = stepMs; t < end + stepMs; t += stepMs) {
          const at = Math.min(t, end);
          observed.advanceTo(at);
          headless.advanceTo(at);
          observedRows.advanceTo(at);
          bare.advanceTo(at);
          expectSameRun(observed.summary(), headless.summary());
          expectSameRun(observed.summary(), bare.summary());
        }
        // Nothing reads a bare run's recent-latency window, so it keeps none (documented in Snapshot).
        expect(bare.snapshot().recentLatency.p50).toBe(0);
        expect(rowsB.length).toBe(rowsA.length);
        for (let i = 0; i < rowsA.length; i++) {
          // Counts per second exactly (arrivals, completions, throttles, cold starts, environments, peak).
          for (const c of EXACT_COLUMNS) expect(rowsB[i][c], SERIES_COLUMNS[c]).toBe(rowsA[i][c]);
        }
      }),
      // FC_RUNS=600 (with --testTimeout) for a deeper search than CI's 50 random cases.
      { numRuns: Number(process.env.FC_RUNS ?? 50) },
    );
  });

  it('batch gateway arrivals without letting a manual request or a scheduled change jump the queue', () => {
    const s: ScenarioInput = { seed: 7, durationSeconds: 20, traffic: { requestsPerSecond: 200 }, gateway: { latencyMs: 10 } };
    const a = createSimulation(s, { observe: true });
    const b = createSimulation(s, { observe: false });
    for (const sim of [a, b]) {
      sim.advanceTo(1234.5);
      sim.sendRequest();
      sim.schedule(3000.25, { requestsPerSecond: 50 });
      sim.advanceTo(2000);
      sim.setTraffic({ requestsPerSecond: 400 });
      sim.advanceTo(20_000);
    }
    expectSameRun(a.summary(), b.summary());
  });

  it('count an arrival that lands exactly on a tick in the same second, with no gateway delay', () => {
    // Uniform arrivals every 2 s meet the per-second tick at t = 2 s, 4 s …; fast-check found it.
    const s: ScenarioInput = {
      durationSeconds: 6,
      traffic: { requestsPerSecond: 0.5, arrivals: 'uniform' },
      gateway: { latencyMs: 0 },
      function: { durationMs: { distribution: 'constant', mean: 1 } },
    };
    const rows: Float64Array[][] = [[], []];
    const sims = [true, false].map((observe, i) => createSimulation(s, { observe, seriesCapacity: 0, onSecond: (r) => rows[i].push(r.slice()) }));
    for (const sim of sims) sim.advanceTo(8000);
    const coldStarts = SERIES_COLUMNS.indexOf('coldStarts');
    const busy = SERIES_COLUMNS.indexOf('busy');
    expect(rows[0].map((r) => r[coldStarts])).toEqual(rows[1].map((r) => r[coldStarts]));
    expect(rows[0].map((r) => r[busy])).toEqual(rows[1].map((r) => r[busy]));
    // The row closing at 2 s saw the request arrive and start cold.
    expect(rows[1][1][coldStarts]).toBe(1);
  });
});
