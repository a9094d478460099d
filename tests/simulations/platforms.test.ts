import { describe, expect, it } from 'vitest';
import { costFromUsage, createSimulation, monthlyCostCurve, type ScenarioInput } from '@/simulations';
import { emptyUsage, type PricingOptions } from '@/simulations/pricing';
import { runAndDrain } from './helpers';

/**
 * The compute models of issue 19, each a setting of the one FunctionPool: the shared pool with
 * one request per instance is Lambda's pool; with many, instances follow the concurrency; each
 * platform's bill follows its own pricing page.
 */

/** What a run did, without what it cost (the platforms bill differently by design). */
function behaviour(s: ScenarioInput) {
  const sum = runAndDrain(s).summary() as Partial<ReturnType<ReturnType<typeof runAndDrain>['summary']>>;
  delete sum.costUsd;
  delete sum.usage;
  delete sum.server;
  return sum;
}

describe('compute models as settings of the one FunctionPool', () => {
  it('with one request per instance and the same start-up and scaling figures, the shared pool behaves exactly as the Lambda pool', () => {
    // Bursts that start environments, an idle timeout short enough to reclaim them between
    // bursts, and a concurrency limit low enough to refuse some: every path of acquire and release.
    const base: ScenarioInput = {
      seed: 7,
      durationSeconds: 240,
      traffic: { pattern: 'bursty', requestsPerSecond: 5, peakRequestsPerSecond: 400, onSeconds: 5, offSeconds: 25 },
      function: {
        concurrencyLimit: 30,
        idleTimeoutSeconds: 8,
        // The same start-up on both (Lambda's INIT, the other platform's start), and no scaling-rate limit (the others have none).
        coldStartMs: { distribution: 'lognormal', mean: 300, p99: 900 },
        scalingRateLimit: false,
      },
    };
    const lambda = behaviour(base);
    // The run is not trivial: cold starts, reclaims and refusals all happen.
    expect(lambda.coldStarts).toBeGreaterThan(30);
    expect(lambda.throttledBy?.concurrency).toBeGreaterThan(0);
    for (const platform of ['cloud-run', 'cloudflare-workers'] as const) {
      const shared = behaviour({ ...base, platform, function: { ...base.function, maxConcurrencyPerInstance: 1 } });
      expect(shared, platform).toEqual(lambda);
    }
  });

  // Evenly spaced arrivals at 1,990 a second, each 100 ms in the function, no database: 199 or 200
  // requests in flight at any moment once running (Little's law: c = λ × S = 199).
  const steady = (platform: ScenarioInput['platform'], maxConcurrencyPerInstance: number): ScenarioInput => ({
    platform,
    durationSeconds: 120,
    traffic: { requestsPerSecond: 1990, arrivals: 'uniform' },
    gateway: { latencyMs: 0 },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    // A 1 ms start, so the first second's pile-up does not leave spare instances behind.
    function: { maxConcurrencyPerInstance, durationMs: { distribution: 'constant', mean: 100 }, coldStartMs: { distribution: 'constant', mean: 1 }, idleTimeoutSeconds: 5 },
  });

  it.each([
    // Instances packed full, started on demand: ⌈200 / N⌉.
    ['cloud-run', 40, Math.ceil(200 / 40)],
    ['cloudflare-workers', 25, Math.ceil(200 / 25)],
    // Managed Instances keep their slots at 60% (the scaler's target): ⌈200 / (64 × 0.6)⌉ = 6, at least 3.
    ['lambda-managed-instances', 64, Math.max(3, Math.ceil(200 / (64 * 0.6)))],
  ] as const)('with many requests per instance and steady traffic, %s keeps the instances its rule asks for (N = %i: %i)', (platform, n, want) => {
    const s = createSimulation(steady(platform, n));
    s.advanceTo(120_000);
    const sum = s.summary();
    expect(sum.meanConcurrency).toBeGreaterThan(197);
    expect(sum.meanConcurrency).toBeLessThan(201);
    expect(sum.throttled).toBe(0);
    expect(sum.meanInstances).toBeGreaterThan(want - 0.05);
    expect(sum.meanInstances).toBeLessThan(want + 0.05);
    // The frame says how full each instance is: the requests they hold add up to the concurrency.
    const snap = s.snapshot();
    expect(snap.environments.every((e) => e.capacity === n && e.requests <= n)).toBe(true);
    expect(snap.environments.reduce((a, e) => a + e.requests, 0)).toBe(snap.counts.inProgress);
  });

  it('Lambda Managed Instances start nothing for a request: traffic that grows tenfold in a minute is throttled while capacity launches', () => {
    const s: ScenarioInput = {
      platform: 'lambda-managed-instances',
      durationSeconds: 240,
      traffic: { pattern: 'spike', requestsPerSecond: 200, peakRequestsPerSecond: 2000, spikeStartSeconds: 60, spikeDurationSeconds: 120 },
    };
    const sum = createSimulation(s);
    sum.advanceTo(240_000);
    const out = sum.summary();
    expect(out.coldStarts).toBe(0);
    expect(out.throttledBy.scalingRate).toBeGreaterThan(1000);
    // The steady part alone is served without a refusal.
    const calm = createSimulation({ ...s, traffic: { requestsPerSecond: 200 } });
    calm.advanceTo(240_000);
    expect(calm.summary().throttled).toBe(0);
    expect(calm.summary().meanInstances).toBeCloseTo(3, 9);
  });

  it('Lambda Managed Instances never ask for more than a function may have (15,000 environments), whatever the traffic', () => {
    // A million requests a second of 15-minute handlers, one per environment: the rule alone would want 25 million.
    const sim = createSimulation(
      { platform: 'lambda-managed-instances', traffic: { requestsPerSecond: 1e6 }, gateway: { rateLimitRps: 1e7, burst: 1e7 }, function: { maxConcurrencyPerInstance: 1, concurrencyLimit: 1_000_000, durationMs: { distribution: 'constant', mean: 900_000 } } },
      { observe: false },
    );
    sim.advanceTo(2000);
    const out = sim.summary();
    expect(out.peakInstances).toBe(15_000);
    expect(out.peakConcurrency).toBe(15_000);
    expect(out.throttledBy.scalingRate).toBeGreaterThan(1_900_000);
  });
});

describe('each platform bills by its own pricing page', () => {
  const options = (platform: PricingOptions['platform'], memoryMB: number, freeTier: boolean): PricingOptions => ({
    architecture: 'x86_64',
    gatewayType: 'http',
    freeTier,
    hasProvisionedConcurrency: false,
    platform,
    memoryMB,
  });

  it('Cloudflare Workers: the pricing page\'s example, 15 million requests at 7 ms of CPU each, is $8.00 a month', () => {
    // developers.cloudflare.com/workers/platform/pricing (Standard): $5 a month with 10 M requests and
    // 30 M CPU-ms included, then $0.30 per million requests and $0.02 per million CPU-ms.
    //   subscription                                   $5.00
    //   requests (15,000,000 − 10,000,000) × $0.30/M   $1.50
    //   CPU ms (7 × 15,000,000 − 30,000,000) × $0.02/M $1.50
    //   total                                          $8.00
    const u = { ...emptyUsage(), gatewayRequests: 15e6, platformRequests: 15e6, cpuMs: 7 * 15e6 };
    const c = costFromUsage(u, options('cloudflare-workers', 128, true));
    expect(c.functionRequests).toBeCloseTo(5 + 1.5, 9);
    expect(c.functionCompute).toBeCloseTo(1.5, 9);
    // No API Gateway in front of a Worker.
    expect(c.gateway).toBe(0);
    expect(c.total).toBeCloseTo(8, 9);
  });

  it('Google Cloud Run, request-based billing: 10 M requests of 200 ms, one at a time, 1 vCPU and 512 MiB, is $48.48 a month', () => {
    // cloud.google.com/run/pricing, Tier 1, CPU only allocated during request processing: $0.000024
    // per vCPU-second, $0.0000025 per GiB-second, $0.40 per million requests, after 180,000
    // vCPU-seconds, 360,000 GiB-seconds and 2 M requests free. Instance time: 10 M × 0.2 s = 2,000,000 s.
    //   CPU      (2,000,000 − 180,000) vCPU-s × $0.000024          $43.68
    //   memory   (2,000,000 × 0.5 − 360,000) GiB-s × $0.0000025    $1.60
    //   requests (10,000,000 − 2,000,000) × $0.40/M                 $3.20
    //   total                                                       $48.48
    const u = { ...emptyUsage(), gatewayRequests: 10e6, platformRequests: 10e6, instanceMs: 2_000_000 * 1000 };
    const c = costFromUsage(u, options('cloud-run', 512, true));
    expect(c.functionCompute).toBeCloseTo(43.68 + 1.6, 9);
    expect(c.functionRequests).toBeCloseTo(3.2, 9);
    expect(c.gateway).toBe(0);
    expect(c.total).toBeCloseTo(48.48, 9);
  });

  it('Lambda Managed Instances: three 1-vCPU environments for a 730-hour month and 10 M requests is $114.75', () => {
    // aws.amazon.com/lambda/pricing (Managed Instances): the EC2 on-demand price plus a 15%
    // management fee, plus $0.20 per million requests; API Gateway's HTTP API in front, $1.00 per million.
    // EC2: m7g.large is $0.0816 an hour for 2 vCPUs, $0.0408 per vCPU-hour.
    //   EC2        3 × 730 h × $0.0408              $89.352
    //   fee        15% of $89.352                   $13.4028
    //   requests   10,000,000 × $0.20/M             $2.00
    //   gateway    10,000,000 × $1.00/M             $10.00
    //   total                                       $114.7548
    const month = 3 * 730 * 3_600_000;
    const u = { ...emptyUsage(), gatewayRequests: 10e6, platformRequests: 10e6, instanceMs: month };
    const c = costFromUsage(u, options('lambda-managed-instances', 4096, false));
    expect(c.functionCompute).toBeCloseTo(89.352 + 13.4028, 9);
    expect(c.functionRequests).toBeCloseTo(2, 9);
    expect(c.gateway).toBeCloseTo(10, 9);
    expect(c.total).toBeCloseTo(114.7548, 9);
    // An environment of 8,192 MB has 2 vCPUs (4 GB each): twice the capacity price.
    expect(costFromUsage(u, options('lambda-managed-instances', 8192, false)).functionCompute).toBeCloseTo(2 * (89.352 + 13.4028), 9);
  });

  it('Cloud Run meters an instance\'s busy stretch, shared by the requests it holds, rounded up to 100 ms', () => {
    const sim = createSimulation({
      platform: 'cloud-run',
      traffic: { pattern: 'idle' },
      gateway: { latencyMs: 0 },
      database: { readsPerRequest: 0, writesPerRequest: 0 },
      function: { memoryMB: 2048, durationMs: { distribution: 'constant', mean: 250 }, coldStartMs: { distribution: 'constant', mean: 0 } },
    });
    // A at 0 ms (0–250) and B at 100 ms (100–350) overlap on one instance: one stretch of 350 ms, billed 400.
    sim.sendRequest();
    sim.advanceTo(100);
    sim.sendRequest();
    // C at 1,000 ms alone: 250 ms, billed 300.
    sim.advanceTo(1000);
    sim.sendRequest();
    sim.advanceTo(5000);
    const snap = sim.snapshot();
    expect(snap.totals.completed).toBe(3);
    expect(snap.usage.instanceMs).toBe(400 + 300);
    // 0.7 s × (1 vCPU × $0.000024 + 2 GiB × $0.0000025), and three requests at $0.40 per million.
    expect(snap.cost.functionCompute).toBeCloseTo(0.7 * (0.000024 + 2 * 0.0000025), 15);
    expect(snap.cost.functionRequests).toBeCloseTo(3 * 0.4e-6, 15);
  });

  it('Cloudflare Workers bills the handler\'s CPU time, not the wait on the database', () => {
    const sim = createSimulation({
      platform: 'cloudflare-workers',
      durationSeconds: 20,
      traffic: { requestsPerSecond: 50 },
      function: { durationMs: { distribution: 'constant', mean: 7 } },
      database: { readsPerRequest: 2, writesPerRequest: 1, latencyMs: 40 },
    });
    sim.advanceTo(30_000);
    const snap = sim.snapshot();
    expect(snap.totals.completed).toBeGreaterThan(900);
    expect(snap.usage.platformRequests).toBe(snap.totals.completed);
    expect(snap.usage.cpuMs).toBeCloseTo(7 * snap.totals.completed, 9);
  });

  it.each([
    ['lambda-managed-instances', 1500],
    ['lambda-managed-instances', 5000],
    ['cloud-run', 150],
    ['cloudflare-workers', 150],
  ] as const)('the break-even curve prices %s\'s function as a steady run bills it (%i requests/s, within 5% per request)', (platform, rps) => {
    const scenario: ScenarioInput = { platform, durationSeconds: 600, traffic: { requestsPerSecond: rps }, function: { durationMs: { distribution: 'constant', mean: 120 } } };
    const run = runAndDrain(scenario).summary();
    const point = monthlyCostCurve(scenario, [rps]).points[0];
    // The function's requests and compute: what the platform bills (a month of gateway requests reaches cheaper tiers than a 10-minute run).
    const fn = (c: { functionRequests: number; functionCompute: number }) => c.functionRequests + c.functionCompute;
    const perRequestRun = fn(run.costUsd) / run.requests;
    const perRequestCurve = fn(point.serverless) / point.requestsPerMonth;
    expect(Math.abs(perRequestCurve / perRequestRun - 1)).toBeLessThan(0.05);
  });
});
