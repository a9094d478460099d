/**
 * The inline figures' scenarios teach what their captions say: each is checked against theory or
 * against AWS's own figures, computed by hand here, never by the figure's code.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_RATES, modelPoint, modelScenarios } from '@/components/figures/compute-models/computeModels';
import { PLATFORMS } from '@/simulations/defaults';
import { createSimulation } from '@/simulations';
import { CONCURRENCY, concurrencyScenario, windowMeanConcurrency } from '@/components/figures/concurrency/concurrency';
import { coldStartShareOf, shareScenario } from '@/components/figures/cold-start-share/coldStartShare';
import { runNow } from '@/components/figures/runNow';
import { functionBillUsd, PAY_PER_USE, payPerUseScenario } from '@/components/figures/pay-per-use/payPerUse';
import { SCALE_OUT, scaleOutScenario } from '@/components/figures/scale-out/scaleOut';
import { byAge, reclaimedBetween, statelessnessScenario } from '@/components/figures/statelessness/statelessness';

describe('concurrency', () => {
  it.each([
    [40, 250],
    [100, 1000],
  ])('at %d requests/s of %d ms the requests in progress average rate × duration (Little’s law)', (rps, ms) => {
    const sim = createSimulation(concurrencyScenario(rps, ms), { seriesCapacity: 120 });
    sim.advanceTo(CONCURRENCY.warmupMs + 120_000);
    const mean = windowMeanConcurrency(sim.series(), 120);
    expect(Math.abs(mean / ((rps * ms) / 1000) - 1)).toBeLessThan(0.1);
  });
});

describe('cold-start-share', () => {
  const coldStartShareAt = (rps: number, idle: number) => coldStartShareOf(runNow([shareScenario(rps, idle)])[0]);

  // A request every 10 minutes on average: the chance the gap before it outlasts the idle
  // timeout is e^(−rate × timeout): e^(−0.1) = 0.905 for one minute, e^(−1) = 0.368 for ten.
  // About 1,500 requests a run: binomial sd ≤ 0.013; overlapping requests add well under 0.01.
  it.each([
    [60, 0.905],
    [600, 0.368],
  ])('rare traffic with a %d s idle timeout cold-starts e^(−rate × timeout) of the time', (idle, expected) => {
    expect(Math.abs(coldStartShareAt(1 / 600, idle) - expected)).toBeLessThan(0.05);
  });

  it('busy traffic almost never cold-starts', () => {
    expect(coldStartShareAt(10, 600)).toBeLessThan(0.01);
  });
});

describe('scale-out', () => {
  const run = (limit: number) => {
    const sim = createSimulation(scaleOutScenario(SCALE_OUT.peak.initial, limit), { seriesCapacity: SCALE_OUT.runSeconds });
    sim.advanceTo(SCALE_OUT.runSeconds * 1000);
    return sim;
  };

  it('at the default 1,000 limit, environments stop at 1,000 and the rest are refused for concurrency', () => {
    const sim = run(1000);
    const s = sim.summary();
    expect(s.peakInstances).toBe(1000);
    expect(s.throttledBy.concurrency).toBeGreaterThan(0);
    expect(s.throttledBy.scalingRate).toBe(0);
  });

  it('with a raised limit, environments grow by at most 1,000 per 10 s after the first burst, and the scaling rate refuses', () => {
    const sim = run(10_000);
    const live = sim.series().map((r) => r.live);
    const start = SCALE_OUT.spikeStartSeconds;
    for (let t = start + 1; t + 10 < live.length; t++) expect(live[t + 10] - live[t]).toBeLessThanOrEqual(1001);
    // 5,000/s × 0.5 s needs about 2,500 environments; the first burst gives 1,000.
    expect(Math.max(...live)).toBeGreaterThan(2000);
    expect(sim.summary().throttledBy.scalingRate).toBeGreaterThan(0);
    expect(sim.summary().throttledBy.concurrency).toBe(0);
  });
});

describe('pay-per-use', () => {
  it('with traffic off, the function bill stands still while one m7g.large bills $0.0816 an hour', () => {
    const sim = createSimulation(payPerUseScenario(), { seriesCapacity: 0 });
    sim.advanceTo(PAY_PER_USE.warmupMs);
    sim.setTraffic({ pattern: 'steady', requestsPerSecond: 0 });
    sim.advanceBy(60_000); // the last requests finish
    const a = sim.snapshot();
    sim.advanceBy(3_600_000);
    const b = sim.snapshot();
    expect(functionBillUsd(b)).toBe(functionBillUsd(a));
    expect(functionBillUsd(a)).toBeGreaterThan(0);
    expect(b.server.costUsd - a.server.costUsd).toBeCloseTo(0.0816, 6);
  });
});

describe('statelessness', () => {
  it('the in-memory counts, reclaimed ones included, add up to the DynamoDB counter', () => {
    const sim = createSimulation(statelessnessScenario(), { environmentViews: 500 });
    let before = byAge(sim.snapshot().environments);
    let lost = 0;
    let reclaimedSeen = 0;
    for (let t = 100; t <= 180_000; t += 100) {
      sim.advanceTo(t);
      const snap = sim.snapshot();
      const after = byAge(snap.environments);
      const gone = reclaimedBetween(before, after, t);
      reclaimedSeen += gone.length;
      lost += gone.reduce((n, g) => n + g.lostCount, 0);
      before = after;
      const inMemory = after.reduce((n, e) => n + e.memoryCounter, 0);
      expect(inMemory + lost).toBe(snap.databaseCounter);
    }
    expect(reclaimedSeen).toBeGreaterThan(5);
  });
});

describe('compute-models', () => {
  // What the caption says a reader will see when sliding the traffic, checked on the engine's runs.
  const byRate = MODEL_RATES.map((rps) => ({ rps, points: runNow(modelScenarios(rps)).map((s, i) => modelPoint(PLATFORMS[i], s)) }));
  const at = (rps: number, platform: string) => byRate.find((r) => r.rps === rps)!.points.find((p) => p.platform === platform)!;

  it('at a trickle, the instances Managed Instances keeps cost the most per request; busier, they get cheaper than on-demand Lambda', () => {
    const low = byRate[0];
    expect(Math.max(...low.points.map((p) => p.usdPerMillion))).toBe(at(low.rps, 'lambda-managed-instances').usdPerMillion);
    const lmi = byRate.map((r) => at(r.rps, 'lambda-managed-instances').usdPerMillion);
    for (let i = 1; i < lmi.length; i++) expect(lmi[i]).toBeLessThan(lmi[i - 1]);
    expect(at(MODEL_RATES.at(-1)!, 'lambda-managed-instances').usdPerMillion).toBeLessThan(at(MODEL_RATES.at(-1)!, 'lambda').usdPerMillion);
  });

  it('no request waits for a Managed Instances cold start; on-demand Lambda starts an environment per extra request in progress', () => {
    for (const { rps } of byRate) expect(at(rps, 'lambda-managed-instances').coldStarts).toBe(0);
    const lambda = byRate.map((r) => at(r.rps, 'lambda').meanInstances);
    for (let i = 1; i < lambda.length; i++) expect(lambda[i]).toBeGreaterThan(lambda[i - 1]);
  });

  it('shared instances stay few: Cloud Run and Workers need fewer instances than Lambda once traffic is busy', () => {
    const busy = MODEL_RATES.at(-1)!;
    for (const p of ['cloud-run', 'cloudflare-workers']) expect(at(busy, p).meanInstances * 10).toBeLessThan(at(busy, 'lambda').meanInstances);
  });

  it('Workers, billed for CPU time, never pays for the wait on the database: cheaper per request than on-demand Lambda at every rate', () => {
    for (const { rps } of byRate) expect(at(rps, 'cloudflare-workers').usdPerMillion).toBeLessThan(at(rps, 'lambda').usdPerMillion);
  });
});
