import { describe, expect, it } from 'vitest';
import { createSimulation, monthlyCostCurve } from '@/simulations';
import { MONTH_SECONDS } from '@/simulations/curve';

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

  it('cold-starts a Poisson stream with probability e^(−λT), for the API function, its queue consumer and the break-even curve', () => {
    // One request every 50 s on average, a 60 s idle timeout, work far shorter than the gaps: a
    // request finds a warm environment only if the previous one came within T, so
    // P(cold) = P(gap > T) = e^(−λT) = e^(−1.2) ≈ 0.301.
    const lambda = 0.02;
    const T = 60;
    const scenario = {
      seed: 3,
      durationSeconds: 400_000,
      traffic: { requestsPerSecond: lambda },
      function: { idleTimeoutSeconds: T, coldStartMs: { distribution: 'constant' as const, mean: 250 } },
      async: { enabled: true, share: 1, sqs: true },
    };
    const sim = createSimulation(scenario, { observe: false });
    sim.advanceTo(scenario.durationSeconds * 1000);
    const s = sim.summary();
    const expected = Math.exp(-lambda * T);
    expect(s.requests).toBeGreaterThan(7500);
    expect(Math.abs(s.coldStarts / s.requests - expected)).toBeLessThan(0.02);
    expect(Math.abs(s.async!.consumerColdStarts / s.async!.processed - expected)).toBeLessThan(0.02);
    // The curve's INIT for a month at this rate, against the run's INIT per second scaled to a month.
    const runInitPerSecond = s.usage.initMbMs / scenario.durationSeconds;
    const curveInitPerSecond = monthlyCostCurve(scenario, [lambda]).points[0].usage.initMbMs / MONTH_SECONDS;
    expect(Math.abs(curveInitPerSecond - runInitPerSecond) / runInitPerSecond).toBeLessThan(0.05);
  });
});
