import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario, refusal, runScenario, type Scenario, type ScenarioInput } from '@/simulations';
import { expectedArrivals, rateAt } from '@/simulations/traffic';

function scenario(input: ScenarioInput): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

describe('expected arrivals (the up-front refusal estimate)', () => {
  // Pattern edges fall on whole seconds, so a 1 ms midpoint sum is exact at the edges and the
  // comparison isolates the closed forms (ramp and cosine are exact or O(dt²) under the midpoint rule).
  const trafficArb = fc.record({
    pattern: fc.constantFrom('steady', 'ramp', 'spike', 'diurnal', 'bursty', 'idle'),
    requestsPerSecond: fc.double({ min: 0, max: 1000, noNaN: true }),
    startRequestsPerSecond: fc.double({ min: 0, max: 1000, noNaN: true }),
    rampSeconds: fc.integer({ min: 0, max: 200 }),
    peakRequestsPerSecond: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: undefined }),
    spikeStartSeconds: fc.integer({ min: 0, max: 200 }),
    spikeDurationSeconds: fc.integer({ min: 0, max: 200 }),
    periodSeconds: fc.integer({ min: 1, max: 300 }),
    amplitude: fc.double({ min: 0, max: 1, noNaN: true }),
    onSeconds: fc.integer({ min: 1, max: 30 }),
    offSeconds: fc.integer({ min: 0, max: 30 }),
  });

  it('equals the integral of the rate, for every pattern', () => {
    fc.assert(
      fc.property(trafficArb, fc.integer({ min: 1, max: 240 }), (traffic, seconds) => {
        const s = scenario({ durationSeconds: seconds, traffic });
        const config = s.traffic; // no timeline here: rateAt reads the pattern fields only
        let sum = 0;
        for (let ms = 0; ms < seconds * 1000; ms++) sum += rateAt(config, ms + 0.5);
        const numeric = sum / 1000;
        expect(Math.abs(expectedArrivals(s.traffic, seconds * 1000) - numeric)).toBeLessThanOrEqual(1e-6 * Math.max(1, numeric));
      }),
      { numRuns: 40 },
    );
  });

  it('applies the timeline in time order, each change on top of the last, as the engine does', () => {
    // 0–10 s steady 10/s (100); at 10 s a 10 s ramp from 0 restarts the clock (50); 20–30 s at
    // 10/s (100); at 30 s the rate becomes 20/s, the ramp long over (600). Listed out of order.
    const input: ScenarioInput = {
      seed: 3,
      durationSeconds: 60,
      traffic: {
        requestsPerSecond: 10,
        timeline: [
          { atSeconds: 30, requestsPerSecond: 20 },
          { atSeconds: 10, pattern: 'ramp', startRequestsPerSecond: 0, rampSeconds: 10 },
        ],
      },
    };
    const s = scenario(input);
    expect(expectedArrivals(s.traffic, 60_000)).toBeCloseTo(850, 9);
    // The engine's Poisson count lands within 4 standard deviations of it.
    const got = runScenario(s).requests;
    expect(Math.abs(got - 850)).toBeLessThan(4 * Math.sqrt(850));
  });

  it('refuses runs too large to finish, however their traffic is shaped', () => {
    // On 40% of every second at 10^7/s: 8·10^9 requests (a sampled estimate saw only off-phases).
    expect(refusal(scenario({ durationSeconds: 2000, traffic: { pattern: 'bursty', requestsPerSecond: 0, peakRequestsPerSecond: 1e7, onSeconds: 0.4, offSeconds: 0.6 } }))).toMatch(/8\.00e\+9 requests/);
    // Two changes at 0 s combine into a spike at 10^7/s for the whole run: 6·10^9.
    const combined = scenario({
      durationSeconds: 600,
      traffic: { timeline: [{ atSeconds: 0, pattern: 'spike', spikeStartSeconds: 0, spikeDurationSeconds: 1e6 }, { atSeconds: 0, peakRequestsPerSecond: 1e7 }] },
    });
    expect(refusal(combined)).toMatch(/6\.00e\+9 requests/);
  });

  it('refuses a run that would hold millions of requests in flight (a high rate through a slow gateway)', () => {
    // 10^6/s admitted (the gateway's limit raised) and held 30 s each: 3·10^7 at once.
    const slow = { durationSeconds: 20, traffic: { requestsPerSecond: 1e6 }, gateway: { latencyMs: 30_000, rateLimitRps: 1e7, burst: 1e7 } };
    expect(refusal(scenario(slow))).toMatch(/3\.00e\+7 requests in flight/);
    // The default gateway admits 10,000/s (burst 5,000): 305,000 in its 30 s at most, which runs.
    expect(refusal(scenario({ ...slow, gateway: { latencyMs: 30_000 } }))).toBeNull();
    // A timeline that raises the rate later counts too.
    expect(refusal(scenario({ ...slow, traffic: { requestsPerSecond: 1, timeline: [{ atSeconds: 10, requestsPerSecond: 1e6 }] } }))).toMatch(/in flight/);
  });

  it('refuses a run whose traffic pattern comes in too many pieces, however low its rate, and names them', () => {
    const year = 31_536_000;
    // A diurnal curve is cut into 96 pieces a period: a 1 s period over a year is 96 × 31,536,000 ≈ 3.03·10⁹ pieces, at half a request a second.
    expect(refusal(scenario({ durationSeconds: year, traffic: { pattern: 'diurnal', requestsPerSecond: 0.5, periodSeconds: 1 } }))).toMatch(/3\.03e\+9 traffic segments.*periodSeconds/);
    // 1 ms on, 1 ms off: two pieces every 2 ms, 2 × 31,536,000 / 0.002 ≈ 3.15·10¹⁰ (with 1.58·10⁹ requests, 100/s half the time).
    expect(refusal(scenario({ durationSeconds: year, traffic: { pattern: 'bursty', requestsPerSecond: 100, onSeconds: 0.001, offSeconds: 0.001 } }))).toMatch(/1\.58e\+9 requests and up to 3\.15e\+10 traffic segments.*onSeconds/);
    // The same shapes with hour-long pieces run: 8,760 periods × 96 pieces, 31,536 bursts.
    expect(refusal(scenario({ durationSeconds: year, traffic: { pattern: 'diurnal', requestsPerSecond: 0.5, periodSeconds: 3600 } }))).toBeNull();
    expect(refusal(scenario({ durationSeconds: year, traffic: { pattern: 'bursty', requestsPerSecond: 1, onSeconds: 500, offSeconds: 500 } }))).toBeNull();
  });

  it('accepts what the engine finishes in a few minutes: a 30-day month at 100 requests/s, an idle year', () => {
    expect(refusal(scenario({ durationSeconds: 30 * 86_400, traffic: { requestsPerSecond: 100 } }))).toBeNull();
    expect(refusal(scenario({ durationSeconds: 366 * 86_400, traffic: { pattern: 'idle' } }))).toBeNull();
  });

  it('accepts a long run whose only peak is brief', () => {
    // 1 ms at 10^7/s is 10,000 requests; a sampled estimate could land on it and refuse.
    const s = scenario({ durationSeconds: 400_000, traffic: { pattern: 'spike', requestsPerSecond: 0, peakRequestsPerSecond: 1e7, spikeStartSeconds: 99.9995, spikeDurationSeconds: 0.001 } });
    expect(expectedArrivals(s.traffic, 400_000_000)).toBeCloseTo(10_000, 6);
    expect(refusal(s)).toBeNull();
  });
});

describe('how a run is advanced does not change it', () => {
  const cases: ScenarioInput[] = [
    { seed: 11, durationSeconds: 90, traffic: { pattern: 'spike', requestsPerSecond: 40, peakRequestsPerSecond: 400, spikeStartSeconds: 20, spikeDurationSeconds: 15 }, function: { idleTimeoutSeconds: 5, provisionedConcurrency: 3 } },
    { seed: 5, durationSeconds: 60, traffic: { pattern: 'diurnal', requestsPerSecond: 30, periodSeconds: 40 }, server: { mode: 'autoscaling' } },
  ];

  it.each(cases)('one step or 200 give the identical summary (%#)', (input) => {
    const s = scenario(input);
    // runScenario with onProgress advances in 200 steps (the CLI's progress bar on a terminal).
    const stepped = runScenario(s, { onProgress: () => {} });
    const once = runScenario(s);
    expect(stepped).toEqual(once);
    for (const observe of [true, false]) {
      const a = createSimulation(s, { observe });
      const b = createSimulation(s, { observe });
      a.advanceTo(s.durationSeconds * 1000);
      for (let t = 777; t < s.durationSeconds * 1000; t += 777) b.advanceTo(t);
      b.advanceTo(s.durationSeconds * 1000);
      expect(b.summary()).toEqual(a.summary());
    }
  });
});

describe('the API refuses what it cannot finish', () => {
  it('refuses to advance past 366 simulated days, at once', () => {
    const sim = createSimulation({ traffic: { pattern: 'idle' } });
    expect(() => sim.advanceTo(Number.MAX_VALUE)).toThrow(RangeError);
    expect(() => sim.advanceBy(400 * 86_400_000)).toThrow(/366 days/);
    expect(sim.timeMs).toBe(0);
  });

  it('takes 200,000 scheduled traffic changes and applies the last one', () => {
    const sim = createSimulation({ traffic: { requestsPerSecond: 1 } });
    for (let i = 1; i <= 200_000; i++) sim.schedule(i, { requestsPerSecond: i % 997 });
    // Scheduled later for an earlier time: it applies at 250 ms, after the change already due then.
    sim.schedule(250, { requestsPerSecond: 42 });
    sim.advanceTo(250);
    expect(sim.snapshot().requestsPerSecond).toBe(42);
    sim.advanceTo(999);
    expect(sim.snapshot().requestsPerSecond).toBe(2);
    sim.advanceTo(200_500);
    expect(sim.snapshot().requestsPerSecond).toBe(200_000 % 997);
  });
});

describe('the always-on fleet', () => {
  it('reports no instances when it is switched off', () => {
    const r = runScenario(scenario({ durationSeconds: 30, server: { enabled: false } }));
    expect(r.server).toMatchObject({ enabled: false, instances: 0, meanInstances: 0, peakInstances: 0, costUsd: 0 });
  });
});
