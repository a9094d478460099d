import fc from 'fast-check';
import type { ScenarioInput } from '@/simulations';
import { INSTANCES, RUNTIMES } from '@/simulations/facts';
import { PLATFORMS } from '@/simulations/defaults';
import { TRAFFIC_PATTERNS } from '@/simulations/schema';

/**
 * Random scenarios for the property tests: short, low rate and tight limits, so that throttles,
 * cold starts and reclaims all happen, and every option of the schema is drawn (coverage.test.ts
 * checks it against the schema itself): both timeouts, S3, REST, DynamoDB provisioned, the async
 * path, the free tier, both server modes, timelines.
 */

// Rates of 0 or at least 0.5/s: a vanishing rate (1e-200) only spins the generator's empty segments.
export const rate = fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 150, noNaN: true }));

/** A duration: any of the three shapes, a lognormal's p99 within what it can have (above the mean, at most 14.97 × it). */
const distribution = (minMean: number, maxMean: number) =>
  fc
    .record({ distribution: fc.constantFrom('constant' as const, 'exponential' as const, 'lognormal' as const), mean: fc.integer({ min: minMean, max: maxMean }), spread: fc.double({ min: 1.1, max: 14.9, noNaN: true }) })
    .map(({ spread, ...d }) => ({ ...d, p99: d.mean * spread }));

const trafficFields = {
  pattern: fc.constantFrom(...TRAFFIC_PATTERNS),
  requestsPerSecond: rate,
  arrivals: fc.constantFrom('poisson' as const, 'uniform' as const),
  startRequestsPerSecond: rate,
  rampSeconds: fc.integer({ min: 1, max: 20 }),
  peakRequestsPerSecond: rate,
  spikeStartSeconds: fc.integer({ min: 0, max: 10 }),
  spikeDurationSeconds: fc.integer({ min: 1, max: 10 }),
  periodSeconds: fc.integer({ min: 5, max: 60 }),
  amplitude: fc.double({ min: 0, max: 1, noNaN: true }),
  onSeconds: fc.integer({ min: 1, max: 5 }),
  offSeconds: fc.integer({ min: 0, max: 5 }),
};

export const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    // Up to 45 s: long enough for a 29–30 s gateway timeout to fire.
    durationSeconds: fc.integer({ min: 2, max: 45 }),
    traffic: fc.record(
      {
        ...trafficFields,
        timeline: fc.array(fc.record({ atSeconds: fc.double({ min: 0, max: 45, noNaN: true }), ...trafficFields }, { requiredKeys: ['atSeconds'] }), { maxLength: 3 }),
      },
      { requiredKeys: ['pattern', 'requestsPerSecond'] },
    ),
    gateway: fc.record({
      type: fc.constantFrom('http' as const, 'rest' as const),
      rateLimitRps: fc.integer({ min: 1, max: 300 }),
      burst: fc.integer({ min: 1, max: 100 }),
      latencyMs: fc.constantFrom(0, 1, 10, 20),
    }),
    function: fc.record(
      {
        memoryMB: fc.integer({ min: 128, max: 4096 }),
        architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
        runtime: fc.constantFrom(...(Object.keys(RUNTIMES) as (keyof typeof RUNTIMES)[])),
        cpuBound: fc.boolean(),
        // Mostly short handlers; now and then one longer than API Gateway waits (29–30 s).
        durationMs: fc.oneof({ arbitrary: distribution(1, 500), weight: 9 }, { arbitrary: distribution(20_000, 40_000), weight: 1 }),
        coldStartMs: distribution(1, 3000),
        concurrencyLimit: fc.integer({ min: 0, max: 40 }),
        idleTimeoutSeconds: fc.integer({ min: 1, max: 10 }),
        // Lambda's maximum now and then, else short enough to cut handlers off.
        timeoutSeconds: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(900)),
        scalingRateLimit: fc.boolean(),
      },
      { requiredKeys: ['durationMs', 'concurrencyLimit', 'idleTimeoutSeconds'] },
    ),
    database: fc.record({
      readsPerRequest: fc.integer({ min: 0, max: 3 }),
      writesPerRequest: fc.integer({ min: 0, max: 3 }),
      itemSizeKB: fc.double({ min: 0.5, max: 10, noNaN: true }),
      consistency: fc.constantFrom('eventual' as const, 'strong' as const),
      latencyMs: fc.integer({ min: 0, max: 20 }),
      mode: fc.constantFrom('onDemand' as const, 'provisioned' as const),
      readCapacityUnits: fc.integer({ min: 1, max: 50 }),
      writeCapacityUnits: fc.integer({ min: 1, max: 50 }),
    }),
    async: fc.record({
      enabled: fc.boolean(),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      sns: fc.boolean(),
      sqs: fc.boolean(),
      messageSizeKB: fc.double({ min: 0.5, max: 200, noNaN: true }),
      batchSize: fc.integer({ min: 1, max: 10 }),
      consumerConcurrency: fc.integer({ min: 1, max: 20 }),
      consumerDurationMs: distribution(1, 200),
    }),
    s3: fc.record({ readsPerRequest: fc.integer({ min: 0, max: 2 }), writesPerRequest: fc.integer({ min: 0, max: 2 }), latencyMs: fc.integer({ min: 0, max: 50 }) }),
    pricing: fc.record({ freeTier: fc.boolean() }),
    server: fc.record({
      enabled: fc.boolean(),
      instanceType: fc.constantFrom(...(Object.keys(INSTANCES) as (keyof typeof INSTANCES)[])),
      requestsPerSecondPerInstance: fc.integer({ min: 1, max: 500 }),
      mode: fc.constantFrom('fixed' as const, 'autoscaling' as const),
      instances: fc.integer({ min: 0, max: 5 }),
      minInstances: fc.integer({ min: 0, max: 3 }),
      maxInstances: fc.integer({ min: 3, max: 10 }),
      targetUtilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
      warmupSeconds: fc.integer({ min: 0, max: 30 }),
      maxWaitSeconds: fc.integer({ min: 0, max: 10 }),
      loadBalancer: fc.boolean(),
    }),
  })
  // Provisioned concurrency up to the concurrency limit (and a handful at most).
  .chain((s) =>
    fc.integer({ min: 0, max: Math.min(5, s.function.concurrencyLimit) }).map((provisionedConcurrency) => ({ ...s, function: { ...s.function, provisionedConcurrency } })),
  )
  // Half the time another compute model, with a few requests per instance (or its default); those have no provisioned concurrency.
  .chain((s) =>
    fc
      .record({ platform: fc.oneof({ arbitrary: fc.constant('lambda' as const), weight: 3 }, { arbitrary: fc.constantFrom(...PLATFORMS), weight: 3 }), perInstance: fc.option(fc.integer({ min: 1, max: 8 })) })
      .map(({ platform, perInstance }): ScenarioInput => {
        if (platform === 'lambda') return perInstance === 1 ? { ...s, platform, function: { ...s.function, maxConcurrencyPerInstance: 1 } } : { ...s, platform };
        const fn = { ...s.function, provisionedConcurrency: 0, ...(perInstance === null ? {} : { maxConcurrencyPerInstance: perInstance }) };
        return { ...s, platform, function: fn };
      }),
  );
