import { describe, expect, it } from 'vitest';
import { createSimulation } from '@/simulations';

/** Erlang B by the stable recurrence B(0)=1, B(k) = a·B(k−1) / (k + a·B(k−1)). */
function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

describe('queueing theory', () => {
  it("obeys Little's law: mean concurrency = throughput × mean time in the function", () => {
    const sim = createSimulation(
      {
        seed: 11,
        durationSeconds: 300,
        traffic: { requestsPerSecond: 200 },
        gateway: { latencyMs: 0 },
        function: { durationMs: { distribution: 'exponential', mean: 100 } },
      },
      { traceCapacity: 1 },
    );
    sim.advanceTo(300_000);
    const s = sim.summary();
    // Time in the function = INIT + handler + database (gateway latency is 0 here).
    const meanTimeMs = s.latencyMs.mean;
    const little = (s.completed / 300) * (meanTimeMs / 1000);
    expect(Math.abs(s.meanConcurrency - little) / little).toBeLessThan(0.02);
  });

  it.each([
    [10, 8],
    [5, 5],
    [20, 12],
  ])('matches Erlang B with c = %i always-warm environments at %f Erlangs', (c, a) => {
    const h = 100;
    const sim = createSimulation(
      {
        seed: 5 + c,
        durationSeconds: 1200,
        traffic: { requestsPerSecond: (a * 1000) / h },
        gateway: { latencyMs: 0, rateLimitRps: 1e6, burst: 1e6 },
        function: { durationMs: { distribution: 'exponential', mean: h }, provisionedConcurrency: c, concurrencyLimit: c },
        database: { readsPerRequest: 0, writesPerRequest: 0 },
      },
      { observe: false },
    );
    sim.advanceTo(1_200_000);
    const s = sim.summary();
    const share = s.throttledBy.concurrency / s.requests;
    expect(s.coldStarts).toBe(0);
    expect(Math.abs(share - erlangB(c, a))).toBeLessThan(0.012);
  });
});
