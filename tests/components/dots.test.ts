import { describe, expect, it } from 'vitest';
import { BOUNCE_WALL_MS, dotsByEdge, requestsPerDot } from '@/components/simulator/dots';
import { createSimulation } from '@/simulations';

describe('request dots', () => {
  it('come only from simulated time: the same snapshot gives the same dots at any speed of playback', () => {
    const run = () => {
      const sim = createSimulation({ seed: 9, traffic: { requestsPerSecond: 200 } });
      sim.advanceTo(5_000);
      return sim.snapshot();
    };
    expect(dotsByEdge(run(), 10)).toEqual(dotsByEdge(run(), 10));
  });

  it('sit on the edges, between source and target', () => {
    const sim = createSimulation({ seed: 2, traffic: { requestsPerSecond: 500 } });
    sim.advanceTo(3_000);
    const byEdge = dotsByEdge(sim.snapshot(), 1);
    const all = Object.values(byEdge).flat();
    expect(all.length).toBeGreaterThan(0);
    for (const d of all) {
      expect(d.progress).toBeGreaterThanOrEqual(0);
      expect(d.progress).toBeLessThanOrEqual(1);
    }
  });

  it('bounce back over the concurrency limit, for a wall-clock moment at any speed', () => {
    const sim = createSimulation({ seed: 3, traffic: { requestsPerSecond: 2000 }, function: { concurrencyLimit: 10 } });
    sim.advanceTo(2_000);
    const snap = sim.snapshot();
    expect(snap.recentThrottles.length).toBeGreaterThan(0);
    const throttled = dotsByEdge(snap, 1)['gateway-function'].filter((d) => d.kind === 'throttled');
    expect(throttled.length).toBeGreaterThan(0);
    // A throttle older than the bounce (in simulated ms at this speed) is no longer drawn.
    const late = { ...snap, timeMs: snap.timeMs + BOUNCE_WALL_MS * 10 + 1 };
    expect(dotsByEdge(late, 10)['gateway-function'].filter((d) => d.kind === 'throttled')).toEqual([]);
    // In slow motion a bounce lasts the same wall-clock moment: a tenth of the simulated time.
    const newest = Math.max(...snap.recentThrottles.map((t) => t.timeMs));
    const after = { ...snap, timeMs: newest + BOUNCE_WALL_MS * 0.1 + 1 };
    expect(dotsByEdge(after, 0.1)['gateway-function'].filter((d) => d.kind === 'throttled')).toEqual([]);
    expect(dotsByEdge(after, 1)['gateway-function'].filter((d) => d.kind === 'throttled').length).toBeGreaterThan(0);
  });

  it('stand for several requests each when the sample is smaller than the crowd', () => {
    const sim = createSimulation({ seed: 4, traffic: { requestsPerSecond: 10_000 }, function: { durationMs: { distribution: 'constant', mean: 500 } } });
    sim.advanceTo(2_000);
    const snap = sim.snapshot();
    expect(snap.totals.inFlight).toBeGreaterThan(snap.inFlight.length);
    expect(requestsPerDot(snap)).toBeGreaterThan(1);
  });
});
