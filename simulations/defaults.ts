/**
 * The scenario's defaults, as plain data: their one home. schema.ts applies them (with zod); the
 * UI reads the validated scenario each frame carries (`Snapshot.scenario`), and before the first
 * frame (an embed's poster, a worker starting) previewScenario's copy of it, made here without zod.
 * The numbers that are also AWS limits or model picks come from limits.ts (their sources are in
 * facts.ts), so this module stays small enough for the simulator's first bundle.
 */
import { LIMIT_VALUES as L } from './limits';
import { mergeScenario } from './merge';
import type { Scenario, ScenarioInput } from './schema';

/** A lognormal is the default shape of every duration a scenario gives without one. */
export const DEFAULT_DISTRIBUTION = 'lognormal';

/** The compute models: on-demand Lambda, and the others as settings of the same function pool. */
export const PLATFORMS = ['lambda', 'lambda-managed-instances', 'cloud-run', 'cloudflare-workers'] as const;
/** A compute model's name, as `platform` takes it. */
export type Platform = (typeof PLATFORMS)[number];

/**
 * Requests one instance takes at once on each platform: the default when the scenario gives none,
 * and the most it may ask for (sources in facts.ts, PLATFORM_FACTS). On-demand Lambda is always 1.
 */
export const PLATFORM_CONCURRENCY: Record<Platform, { readonly default: number; readonly max: number }> = {
  lambda: { default: 1, max: 1 },
  'lambda-managed-instances': { default: L.lmiConcurrencyDefault, max: L.lmiConcurrencyMax },
  'cloud-run': { default: L.cloudRunConcurrencyDefault, max: L.cloudRunConcurrencyMax },
  'cloudflare-workers': { default: L.workersConcurrencyDefault, max: L.workersConcurrencyMax },
};

export const SCENARIO_DEFAULTS = {
  seed: 1,
  platform: 'lambda',
  durationSeconds: 300,
  traffic: {
    pattern: 'steady',
    requestsPerSecond: 10,
    arrivals: 'poisson',
    startRequestsPerSecond: 0,
    rampSeconds: 300,
    spikeStartSeconds: 60,
    spikeDurationSeconds: 60,
    periodSeconds: 86_400,
    amplitude: 0.8,
    onSeconds: 10,
    offSeconds: 50,
  },
  gateway: {
    type: 'http',
    latencyMs: L.gatewayLatencyMs,
    rateLimitRps: L.gatewayRateLimitRps,
    burst: L.gatewayBurst,
  },
  function: {
    memoryMB: 1024,
    architecture: 'x86_64',
    runtime: 'nodejs',
    cpuBound: false,
    durationMs: { distribution: DEFAULT_DISTRIBUTION, mean: 100, p99: 400 },
    concurrencyLimit: L.accountConcurrency,
    provisionedConcurrency: 0,
    idleTimeoutSeconds: L.idleTimeoutMs / 1000,
    // Lambda's maximum (the console suggests 3 s).
    timeoutSeconds: L.lambdaTimeoutMs / 1000,
    scalingRateLimit: true,
  },
  database: {
    readsPerRequest: 1,
    writesPerRequest: 1,
    itemSizeKB: 1,
    consistency: 'eventual',
    latencyMs: L.dynamoLatencyMs,
    mode: 'onDemand',
    readCapacityUnits: 100,
    writeCapacityUnits: 100,
  },
  async: {
    enabled: false,
    share: 0.2,
    sns: false,
    sqs: true,
    messageSizeKB: 1,
    batchSize: 10,
    consumerConcurrency: L.sqsMaxConcurrentBatches,
    // A full batch of ten takes about 200 ms.
    consumerDurationMs: { distribution: DEFAULT_DISTRIBUTION, mean: 20, p99: 80 },
  },
  s3: { readsPerRequest: 0, writesPerRequest: 0, latencyMs: L.s3LatencyMs },
  pricing: { freeTier: false },
  server: {
    enabled: true,
    instanceType: 'm7g.large',
    requestsPerSecondPerInstance: 200,
    mode: 'fixed',
    instances: 2,
    minInstances: 1,
    maxInstances: 20,
    targetUtilization: 0.7,
    warmupSeconds: L.serverWarmupMs / 1000,
    maxWaitSeconds: 30,
    loadBalancer: true,
  },
} as const;

/**
 * A scenario with every default of this table filled in, without validation (no zod): what a page
 * shows before its engine has answered (an embed's poster loads the engine on demand). For a valid
 * scenario it is the scenario the schema returns (a test checks it over random scenarios); the
 * engine's own validated copy (`Snapshot.scenario`) replaces it with the first frame.
 */
type DistributionInput = NonNullable<NonNullable<ScenarioInput['function']>['durationMs']>;

/**
 * The defaults that follow the platform: `function.maxConcurrencyPerInstance`, when not given,
 * is the platform's own default. Shared by the schema and `previewScenario`.
 */
export function platformConcurrency(platform: Platform, given: number | undefined): number {
  return given ?? PLATFORM_CONCURRENCY[platform].default;
}

export function previewScenario(input: ScenarioInput): Scenario {
  const merged = mergeScenario(SCENARIO_DEFAULTS as unknown as ScenarioInput, input) as Scenario;
  // A duration given replaces the default one whole (its p99 is not the default's), as the schema does.
  const given = (d: DistributionInput | undefined) => (d ? { distribution: DEFAULT_DISTRIBUTION, ...d } : undefined);
  const fn = input.function;
  return {
    ...merged,
    traffic: { ...merged.traffic, timeline: input.traffic?.timeline ?? [] },
    function: {
      ...merged.function,
      maxConcurrencyPerInstance: platformConcurrency(merged.platform, fn?.maxConcurrencyPerInstance),
      durationMs: given(fn?.durationMs) ?? SCENARIO_DEFAULTS.function.durationMs,
      ...(fn?.coldStartMs ? { coldStartMs: given(fn.coldStartMs) } : {}),
    },
    async: { ...merged.async, consumerDurationMs: given(input.async?.consumerDurationMs) ?? SCENARIO_DEFAULTS.async.consumerDurationMs },
  } as Scenario;
}
