import type { ScenarioInput, TrafficChange } from '@/simulations';

/** One thing done to a run: advance to `at` first (when given), then apply the rest, in this order. */
export type GoldenStep = { at?: number } & (
  | { setConfig: ScenarioInput }
  | { setTraffic: TrafficChange }
  | { schedule: { atMs: number; change: TrafficChange } }
  | { sendRequest: true }
  /** Record an observed run's snapshot here too. */
  | { look: true }
  | { at: number }
);

export interface GoldenCase {
  name: string;
  scenario: ScenarioInput;
  steps?: GoldenStep[];
  /** Where the run stops (default: the scenario's duration). */
  endMs?: number;
  /** Observed, headless or both (default both). */
  modes?: boolean[];
}

const lognormal = (mean: number, p99: number) => ({ distribution: 'lognormal' as const, mean, p99 });

/**
 * Varied scenarios for the golden comparison: every traffic pattern and both arrival modes,
 * timelines, the async path (SQS, SNS, the consumer), both timeouts, provisioned concurrency
 * (with live changes), REST and HTTP gateways, S3, DynamoDB provisioned with bursts, free tier,
 * both server modes, and live commands (setConfig, setTraffic, schedule, sendRequest) mid-run.
 * Small enough that all of them run, observed and headless, in a few seconds.
 */
export const GOLDEN_CASES: GoldenCase[] = [
  { name: 'defaults', scenario: {} },
  { name: 'steady poisson 200/s', scenario: { seed: 2, durationSeconds: 60, traffic: { requestsPerSecond: 200 } } },
  { name: 'steady uniform 150/s', scenario: { seed: 3, durationSeconds: 40, traffic: { requestsPerSecond: 150, arrivals: 'uniform' } } },
  { name: 'ramp poisson', scenario: { seed: 4, durationSeconds: 90, traffic: { pattern: 'ramp', startRequestsPerSecond: 5, requestsPerSecond: 300, rampSeconds: 60 } } },
  { name: 'ramp uniform', scenario: { seed: 5, durationSeconds: 60, traffic: { pattern: 'ramp', startRequestsPerSecond: 0, requestsPerSecond: 80, rampSeconds: 45, arrivals: 'uniform' } } },
  {
    name: 'spike over the concurrency limit',
    scenario: {
      seed: 6,
      durationSeconds: 60,
      traffic: { pattern: 'spike', requestsPerSecond: 20, peakRequestsPerSecond: 1500, spikeStartSeconds: 10, spikeDurationSeconds: 20 },
      function: { durationMs: lognormal(300, 1200), concurrencyLimit: 200 },
    },
  },
  {
    name: 'spike past the scaling rate',
    scenario: {
      seed: 7,
      durationSeconds: 30,
      traffic: { pattern: 'spike', requestsPerSecond: 10, peakRequestsPerSecond: 4000, spikeStartSeconds: 5, spikeDurationSeconds: 10 },
      function: { durationMs: { distribution: 'constant', mean: 900 }, concurrencyLimit: 5000 },
      gateway: { rateLimitRps: 100_000, burst: 50_000 },
    },
    modes: [false],
  },
  { name: 'diurnal poisson', scenario: { seed: 8, durationSeconds: 120, traffic: { pattern: 'diurnal', requestsPerSecond: 60, periodSeconds: 50, amplitude: 0.9 } } },
  { name: 'diurnal uniform', scenario: { seed: 9, durationSeconds: 100, traffic: { pattern: 'diurnal', requestsPerSecond: 30, periodSeconds: 40, arrivals: 'uniform' } } },
  {
    name: 'bursty with a base, short idle timeout',
    scenario: {
      seed: 10,
      durationSeconds: 120,
      traffic: { pattern: 'bursty', requestsPerSecond: 4, peakRequestsPerSecond: 120, onSeconds: 5, offSeconds: 15 },
      function: { idleTimeoutSeconds: 8 },
    },
  },
  { name: 'bursty uniform, silent off-phase', scenario: { seed: 11, durationSeconds: 60, traffic: { pattern: 'bursty', requestsPerSecond: 50, onSeconds: 3, offSeconds: 7, arrivals: 'uniform' } } },
  {
    name: 'idle, then traffic by setTraffic',
    scenario: { seed: 12, durationSeconds: 60, traffic: { pattern: 'idle' } },
    steps: [{ at: 10_000, setTraffic: { pattern: 'steady', requestsPerSecond: 90 } }, { at: 30_000, look: true }, { at: 40_000, setTraffic: { pattern: 'ramp', startRequestsPerSecond: 0, requestsPerSecond: 200, rampSeconds: 10 } }],
  },
  {
    name: 'timeline with pattern changes',
    scenario: {
      seed: 13,
      durationSeconds: 120,
      traffic: {
        requestsPerSecond: 40,
        timeline: [
          { atSeconds: 20, pattern: 'spike', peakRequestsPerSecond: 400, spikeStartSeconds: 5, spikeDurationSeconds: 10 },
          { atSeconds: 50, requestsPerSecond: 0 },
          { atSeconds: 50, pattern: 'bursty', requestsPerSecond: 10, peakRequestsPerSecond: 90, onSeconds: 4, offSeconds: 6 },
          { atSeconds: 90.5, pattern: 'steady', requestsPerSecond: 25, arrivals: 'uniform' },
        ],
      },
    },
  },
  {
    name: 'quiet then burst (reclaim at the idle timeout)',
    scenario: { seed: 14, durationSeconds: 240, traffic: { requestsPerSecond: 20, timeline: [{ atSeconds: 20, requestsPerSecond: 0 }, { atSeconds: 150, requestsPerSecond: 60 }] }, function: { idleTimeoutSeconds: 60 } },
  },
  {
    name: 'async SQS with the consumer',
    scenario: {
      seed: 15,
      durationSeconds: 120,
      traffic: { pattern: 'spike', requestsPerSecond: 20, peakRequestsPerSecond: 400, spikeStartSeconds: 20, spikeDurationSeconds: 30 },
      async: { enabled: true, share: 0.5, sqs: true, consumerConcurrency: 5, consumerDurationMs: lognormal(50, 200) },
    },
  },
  {
    name: 'async SNS + SQS, big messages, batches of 7',
    scenario: {
      seed: 16,
      durationSeconds: 90,
      traffic: { requestsPerSecond: 120 },
      async: { enabled: true, share: 0.7, sqs: true, sns: true, messageSizeKB: 100, batchSize: 7, consumerConcurrency: 40 },
    },
  },
  { name: 'async SNS alone', scenario: { seed: 17, durationSeconds: 40, traffic: { requestsPerSecond: 80 }, async: { enabled: true, share: 0.3, sqs: false, sns: true } } },
  {
    name: 'consumer crowds out the API (shared account limit)',
    scenario: {
      seed: 18,
      durationSeconds: 90,
      traffic: { requestsPerSecond: 150 },
      function: { concurrencyLimit: 40, durationMs: lognormal(80, 300) },
      async: { enabled: true, share: 1, sqs: true, batchSize: 1, consumerDurationMs: lognormal(400, 1500) },
    },
  },
  {
    name: 'consumer reclaimed after its idle timeout',
    scenario: {
      seed: 19,
      durationSeconds: 200,
      traffic: { requestsPerSecond: 3, timeline: [{ atSeconds: 30, requestsPerSecond: 0 }, { atSeconds: 120, requestsPerSecond: 5 }] },
      function: { idleTimeoutSeconds: 20 },
      async: { enabled: true, share: 1, sqs: true },
    },
  },
  {
    name: 'function timeout (502)',
    scenario: { seed: 20, durationSeconds: 60, traffic: { requestsPerSecond: 30 }, function: { timeoutSeconds: 1, durationMs: lognormal(600, 3000) } },
  },
  {
    name: 'gateway timeout HTTP (504, runs on)',
    scenario: { seed: 21, durationSeconds: 120, traffic: { requestsPerSecond: 2 }, function: { durationMs: lognormal(20_000, 60_000) } },
    endMs: 200_000,
  },
  {
    name: 'gateway timeout REST and function timeout together',
    scenario: {
      seed: 22,
      durationSeconds: 120,
      traffic: { requestsPerSecond: 3 },
      gateway: { type: 'rest' },
      function: { timeoutSeconds: 20, idleTimeoutSeconds: 5, durationMs: lognormal(12_000, 40_000), coldStartMs: lognormal(6_000, 20_000) },
    },
    endMs: 180_000,
  },
  {
    name: 'cold starts near the gateway timeout (INIT counts)',
    scenario: { seed: 23, durationSeconds: 60, traffic: { requestsPerSecond: 1 }, function: { idleTimeoutSeconds: 1, coldStartMs: lognormal(15_000, 40_000), durationMs: lognormal(10_000, 30_000) } },
    endMs: 120_000,
  },
  {
    name: 'provisioned concurrency, bursty',
    scenario: { seed: 24, durationSeconds: 200, traffic: { pattern: 'bursty', requestsPerSecond: 100, onSeconds: 20, offSeconds: 60 }, function: { provisionedConcurrency: 20, runtime: 'java' } },
  },
  {
    name: 'provisioned changed live (up, down, memory)',
    scenario: { seed: 25, durationSeconds: 700, traffic: { requestsPerSecond: 30 }, function: { provisionedConcurrency: 5, durationMs: lognormal(200, 800) } },
    steps: [
      { at: 10_000, setConfig: { function: { provisionedConcurrency: 25 } } },
      { at: 12_000, look: true },
      { at: 100_000, setConfig: { function: { provisionedConcurrency: 2 } } },
      { at: 100_500, look: true },
      { at: 400_000, setConfig: { function: { memoryMB: 2048 } } },
      { at: 500_000, setConfig: { function: { provisionedConcurrency: 0 } } },
    ],
  },
  {
    name: 'REST gateway with throttle and burst',
    scenario: { seed: 26, durationSeconds: 60, traffic: { pattern: 'bursty', requestsPerSecond: 20, peakRequestsPerSecond: 600, onSeconds: 2, offSeconds: 8 }, gateway: { type: 'rest', rateLimitRps: 300, burst: 150, latencyMs: 25 } },
  },
  {
    name: 'no gateway latency, uniform arrivals on the tick',
    scenario: { seed: 27, durationSeconds: 30, traffic: { requestsPerSecond: 4, arrivals: 'uniform' }, gateway: { latencyMs: 0 }, function: { durationMs: { distribution: 'constant', mean: 1 } } },
  },
  {
    name: 'S3 reads and writes, strong reads of big items',
    scenario: {
      seed: 28,
      durationSeconds: 60,
      traffic: { requestsPerSecond: 70 },
      s3: { readsPerRequest: 2, writesPerRequest: 1, latencyMs: 35 },
      database: { readsPerRequest: 3, writesPerRequest: 2, itemSizeKB: 9.5, consistency: 'strong' },
    },
  },
  {
    name: 'DynamoDB provisioned with bursts',
    scenario: {
      seed: 29,
      durationSeconds: 400,
      traffic: { requestsPerSecond: 5, timeline: [{ atSeconds: 300, requestsPerSecond: 300 }] },
      database: { mode: 'provisioned', readCapacityUnits: 100, writeCapacityUnits: 60 },
    },
  },
  {
    name: 'DynamoDB provisioned changed live',
    scenario: { seed: 30, durationSeconds: 90, traffic: { requestsPerSecond: 120 }, database: { mode: 'provisioned', readCapacityUnits: 30, writeCapacityUnits: 200 } },
    steps: [
      { at: 30_000, setConfig: { database: { readCapacityUnits: 200 } } },
      { at: 60_000, setConfig: { database: { mode: 'onDemand' } } },
    ],
  },
  {
    name: 'free tier with provisioned concurrency and a queue',
    scenario: {
      seed: 31,
      durationSeconds: 120,
      traffic: { requestsPerSecond: 50 },
      pricing: { freeTier: true },
      function: { provisionedConcurrency: 3, architecture: 'arm64', memoryMB: 512 },
      async: { enabled: true, share: 0.4, sqs: true },
      database: { mode: 'provisioned', readCapacityUnits: 80, writeCapacityUnits: 80 },
    },
  },
  {
    name: 'server autoscaling',
    scenario: { seed: 32, durationSeconds: 300, traffic: { pattern: 'ramp', startRequestsPerSecond: 10, requestsPerSecond: 400, rampSeconds: 200 }, server: { mode: 'autoscaling', minInstances: 1, maxInstances: 8, warmupSeconds: 30, instanceType: 't4g.small' } },
  },
  {
    name: 'server fixed, no load balancer, queueing',
    scenario: { seed: 33, durationSeconds: 90, traffic: { requestsPerSecond: 500 }, server: { instances: 1, requestsPerSecondPerInstance: 300, maxWaitSeconds: 5, loadBalancer: false } },
  },
  { name: 'server off', scenario: { seed: 34, durationSeconds: 30, traffic: { requestsPerSecond: 40 }, server: { enabled: false } } },
  {
    name: 'CPU-bound at small memory, then memory raised live',
    scenario: { seed: 35, durationSeconds: 60, traffic: { requestsPerSecond: 40 }, function: { cpuBound: true, memoryMB: 256, timeoutSeconds: 3, durationMs: lognormal(500, 2000) } },
    steps: [{ at: 30_000, setConfig: { function: { memoryMB: 3008, timeoutSeconds: 10 } } }],
  },
  {
    name: 'live changes: idle timeout, limit, scaling, async, gateway, schedule, manual requests',
    scenario: { seed: 36, durationSeconds: 120, traffic: { requestsPerSecond: 60 }, function: { durationMs: lognormal(150, 600) } },
    steps: [
      { at: 5_000, sendRequest: true },
      { at: 5_000, schedule: { atMs: 50_000, change: { requestsPerSecond: 300 } } },
      { at: 10_000, setConfig: { function: { idleTimeoutSeconds: 3 } } },
      { at: 20_000, setConfig: { function: { concurrencyLimit: 15, scalingRateLimit: false } } },
      { at: 20_400, sendRequest: true },
      { at: 21_000, look: true },
      { at: 40_000, setConfig: { async: { enabled: true, share: 0.25 }, gateway: { rateLimitRps: 200, burst: 50 } } },
      { at: 70_000, setConfig: { function: { concurrencyLimit: 1000, runtime: 'python' }, pricing: { freeTier: true } } },
      { at: 90_123.5, sendRequest: true },
      { at: 90_123.5, setTraffic: { requestsPerSecond: 5, arrivals: 'uniform' } },
    ],
  },
  {
    name: 'exponential and constant handlers, many database calls',
    scenario: {
      seed: 37,
      durationSeconds: 45,
      traffic: { requestsPerSecond: 90 },
      function: { durationMs: { distribution: 'exponential', mean: 70 }, coldStartMs: { distribution: 'constant', mean: 400 }, runtime: 'dotnet' },
      database: { readsPerRequest: 6, writesPerRequest: 0, latencyMs: 3 },
    },
  },
  {
    name: 'a-day preset shape, compressed',
    scenario: { seed: 38, durationSeconds: 3600, traffic: { pattern: 'diurnal', requestsPerSecond: 3, periodSeconds: 1800 }, server: { instances: 1 } },
    modes: [false],
  },
  {
    name: 'a long quiet run (one request per 20 minutes)',
    scenario: { seed: 39, durationSeconds: 8 * 3600, traffic: { requestsPerSecond: 1 / 1200 } },
    modes: [false],
  },
];
