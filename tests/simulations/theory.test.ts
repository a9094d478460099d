import { describe, expect, it } from 'vitest';
import { createSimulation, monthlyCostCurve, type ScenarioInput } from '@/simulations';
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

describe('arrival processes', () => {
  const arrivals = (scenario: ScenarioInput & { durationSeconds: number }) => {
    const sim = createSimulation(scenario, { observe: false });
    sim.advanceTo(scenario.durationSeconds * 1000);
    return sim.summary().requests;
  };

  it('spaces uniform arrivals by the expected count, so a varying rate gets its full integral', () => {
    // A ramp from 0 to 2/s over 300 s expects 300 arrivals; the 300th falls on the last instant.
    const ramp = arrivals({ durationSeconds: 300, traffic: { pattern: 'ramp', startRequestsPerSecond: 0, requestsPerSecond: 2, rampSeconds: 300, arrivals: 'uniform' } });
    expect(ramp).toBeGreaterThanOrEqual(299);
    expect(ramp).toBeLessThanOrEqual(300);
    // 0.7/s during 2 s of every 3 s: 1.4 a cycle, 1,400 in 1,000 cycles (spacing carries across the off phases).
    expect(arrivals({ durationSeconds: 3000, traffic: { pattern: 'bursty', requestsPerSecond: 0.7, onSeconds: 2, offSeconds: 1, arrivals: 'uniform' } })).toBe(1400);
    // A diurnal day at a mean of 2/s: 172,800.
    const day = arrivals({ durationSeconds: 86_400, traffic: { pattern: 'diurnal', requestsPerSecond: 2, arrivals: 'uniform' } });
    expect(Math.abs(day - 172_800)).toBeLessThanOrEqual(1);
  });

  it('carries uniform spacing across traffic changes, even ones every second', () => {
    const every = (rate: (i: number) => number) => Array.from({ length: 99 }, (_, i) => ({ atSeconds: i + 1, requestsPerSecond: rate(i) }));
    // A change to the same 0.5/s every second (a gap is 2 s): still 50 in 100 s.
    expect(arrivals({ durationSeconds: 100, traffic: { requestsPerSecond: 0.5, arrivals: 'uniform', timeline: every(() => 0.5) } })).toBe(50);
    // Alternating 0.8/s and 0.2/s: the same 50 expected.
    expect(arrivals({ durationSeconds: 100, traffic: { requestsPerSecond: 0.5, arrivals: 'uniform', timeline: every((i) => (i % 2 ? 0.2 : 0.8)) } })).toBe(50);
  });

  it('keeps a very low rate with a short period flowing (thousands of empty segments between arrivals)', () => {
    // 1 request per 5,000 s on average, cut into 96 segments a second: ~480,000 segments a gap.
    let total = 0;
    for (let seed = 1; seed <= 10; seed++) {
      total += arrivals({ seed, durationSeconds: 100_000, traffic: { pattern: 'diurnal', requestsPerSecond: 2e-4, periodSeconds: 1 } });
    }
    // 200 expected over the ten runs (Poisson: standard deviation 14).
    expect(total).toBeGreaterThan(150);
    expect(total).toBeLessThan(250);
  });
});
