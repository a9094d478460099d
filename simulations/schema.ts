/**
 * The scenario: plain data, validated once with zod. Every field is optional and has a default,
 * so `{}` is a valid scenario and a URL can carry just the fields a reader changed. Errors name
 * the field and the allowed range.
 */
import { dexp } from './dmath';
import { z } from './zod';
import { DEFAULT_DISTRIBUTION, PLATFORM_CONCURRENCY, PLATFORMS, platformConcurrency, SCENARIO_DEFAULTS as D } from './defaults';
import { LIMITS, INSTANCES, RUNTIMES } from './facts';
import { Z99 } from './random';

/** One implementation, zod-free so the UI thread can import it from './merge' directly. */
export { mergeScenario } from './merge';

const SECONDS_PER_YEAR = 366 * 86_400;

/** A finite number in [min, max] (optionally an integer) with a message naming the range. */
function num(min: number, max: number, opts: { int?: boolean } = {}) {
  const range = `${opts.int ? 'an integer ' : 'a number '}between ${min} and ${max}`;
  let s = z.number({ error: `must be ${range}` });
  if (opts.int) s = s.int({ error: `must be ${range}` });
  return s.min(min, { error: `must be ${range}` }).max(max, { error: `must be ${range}` });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.map((v) => `"${v}"`).join(', ')}` });
}

const distributionSchema = z.strictObject({
  distribution: oneOf(['constant', 'exponential', 'lognormal'] as const).default(DEFAULT_DISTRIBUTION),
  // At most Lambda's 15-minute timeout.
  mean: num(0, LIMITS.lambdaTimeoutMs.value),
  p99: num(0, LIMITS.lambdaTimeoutMs.value).optional(),
});

/** Traffic pattern names. */
export const TRAFFIC_PATTERNS = ['steady', 'ramp', 'spike', 'diurnal', 'bursty', 'idle'] as const;

const trafficShape = {
  pattern: oneOf(TRAFFIC_PATTERNS),
  requestsPerSecond: num(0, 10_000_000),
  arrivals: oneOf(['poisson', 'uniform'] as const),
  /** ramp: rate at t = 0; it rises linearly to `requestsPerSecond` over `rampSeconds`. */
  startRequestsPerSecond: num(0, 10_000_000),
  rampSeconds: num(0, SECONDS_PER_YEAR),
  /** spike and bursty: the peak rate; `requestsPerSecond` is the base. */
  peakRequestsPerSecond: num(0, 10_000_000),
  spikeStartSeconds: num(0, SECONDS_PER_YEAR),
  spikeDurationSeconds: num(0, SECONDS_PER_YEAR),
  /** diurnal: `requestsPerSecond` is the mean; the rate swings ± amplitude × mean, lowest at t = 0. */
  periodSeconds: num(1, SECONDS_PER_YEAR),
  amplitude: num(0, 1),
  /** bursty: on at the peak rate for `onSeconds`, then at the base rate for `offSeconds`. */
  onSeconds: num(0.001, SECONDS_PER_YEAR),
  offSeconds: num(0, SECONDS_PER_YEAR),
};

/** A live or scheduled traffic change: any subset of the traffic fields. */
export const trafficChangeSchema = z.strictObject(trafficShape).partial();
/** A change of traffic, as `setTraffic` and the timeline take it. */
export type TrafficChange = z.infer<typeof trafficChangeSchema>;

const trafficSchema = z
  .strictObject({
    pattern: trafficShape.pattern.default(D.traffic.pattern),
    requestsPerSecond: trafficShape.requestsPerSecond.default(D.traffic.requestsPerSecond),
    arrivals: trafficShape.arrivals.default(D.traffic.arrivals),
    startRequestsPerSecond: trafficShape.startRequestsPerSecond.default(D.traffic.startRequestsPerSecond),
    rampSeconds: trafficShape.rampSeconds.default(D.traffic.rampSeconds),
    peakRequestsPerSecond: trafficShape.peakRequestsPerSecond.optional(),
    spikeStartSeconds: trafficShape.spikeStartSeconds.default(D.traffic.spikeStartSeconds),
    spikeDurationSeconds: trafficShape.spikeDurationSeconds.default(D.traffic.spikeDurationSeconds),
    periodSeconds: trafficShape.periodSeconds.default(D.traffic.periodSeconds),
    amplitude: trafficShape.amplitude.default(D.traffic.amplitude),
    onSeconds: trafficShape.onSeconds.default(D.traffic.onSeconds),
    offSeconds: trafficShape.offSeconds.default(D.traffic.offSeconds),
    timeline: z
      .array(trafficChangeSchema.extend({ atSeconds: num(0, SECONDS_PER_YEAR) }), { error: 'must be a list of changes' })
      .max(10_000, { error: 'must have at most 10000 entries' })
      .default([]),
  })
  .prefault({});

const gatewaySchema = z
  .strictObject({
    type: oneOf(['http', 'rest'] as const).default(D.gateway.type),
    latencyMs: num(0, 30_000).default(D.gateway.latencyMs),
    rateLimitRps: num(0, 10_000_000).default(D.gateway.rateLimitRps),
    burst: num(0, 10_000_000).default(D.gateway.burst),
  })
  .prefault({});

const runtimeNames = Object.keys(RUNTIMES) as [keyof typeof RUNTIMES, ...(keyof typeof RUNTIMES)[]];

const functionSchema = z
  .strictObject({
    memoryMB: num(LIMITS.lambdaMemoryMinMB.value, LIMITS.lambdaMemoryMaxMB.value, { int: true }).default(D.function.memoryMB),
    architecture: oneOf(['x86_64', 'arm64'] as const).default(D.function.architecture),
    runtime: oneOf(runtimeNames).default(D.function.runtime),
    cpuBound: z.boolean({ error: 'must be true or false' }).default(D.function.cpuBound),
    durationMs: distributionSchema.prefault({ mean: D.function.durationMs.mean, p99: D.function.durationMs.p99 }),
    /** Overrides the runtime's cold-start profile when given. */
    coldStartMs: distributionSchema.optional(),
    concurrencyLimit: num(0, 1_000_000, { int: true }).default(D.function.concurrencyLimit),
    provisionedConcurrency: num(0, 100_000, { int: true }).default(D.function.provisionedConcurrency),
    idleTimeoutSeconds: num(1, 86_400).default(D.function.idleTimeoutSeconds),
    /** The function's timeout: handler + database past it fail (502), billed up to it. Default: Lambda's maximum. */
    timeoutSeconds: num(1, LIMITS.lambdaTimeoutMs.value / 1000).default(D.function.timeoutSeconds),
    /** The scaling-rate limit (1,000 new environments per 10 s); switch off to show an unlimited platform. */
    scalingRateLimit: z.boolean({ error: 'must be true or false' }).default(D.function.scalingRateLimit),
    /**
     * Requests one instance takes at once: 1 on on-demand Lambda; elsewhere up to the platform's
     * maximum, by default the platform's own default (resolved in parseScenario, which knows the platform).
     */
    maxConcurrencyPerInstance: num(1, Math.max(...Object.values(PLATFORM_CONCURRENCY).map((p) => p.max)), { int: true }).optional(),
  })
  .prefault({});

const databaseSchema = z
  .strictObject({
    readsPerRequest: num(0, 100, { int: true }).default(D.database.readsPerRequest),
    writesPerRequest: num(0, 100, { int: true }).default(D.database.writesPerRequest),
    itemSizeKB: num(0.001, 400).default(D.database.itemSizeKB),
    consistency: oneOf(['eventual', 'strong'] as const).default(D.database.consistency),
    latencyMs: num(0, 10_000).default(D.database.latencyMs),
    mode: oneOf(['onDemand', 'provisioned'] as const).default(D.database.mode),
    readCapacityUnits: num(0, 10_000_000).default(D.database.readCapacityUnits),
    writeCapacityUnits: num(0, 10_000_000).default(D.database.writeCapacityUnits),
  })
  .prefault({});

const asyncSchema = z
  .strictObject({
    enabled: z.boolean({ error: 'must be true or false' }).default(D.async.enabled),
    /** Share of successful requests that publish/enqueue work. */
    share: num(0, 1).default(D.async.share),
    sns: z.boolean({ error: 'must be true or false' }).default(D.async.sns),
    sqs: z.boolean({ error: 'must be true or false' }).default(D.async.sqs),
    messageSizeKB: num(0.001, LIMITS.sqsMaxMessageKB.value).default(D.async.messageSizeKB),
    batchSize: num(1, LIMITS.sqsMaxBatch.value, { int: true }).default(D.async.batchSize),
    /**
     * Most batches in progress at once (the event source's maximum concurrency). Lambda starts at
     * 5 and adds up to 300 a minute while a backlog remains, up to this cap (AWS's own: 1,000).
     */
    consumerConcurrency: num(1, LIMITS.sqsMaxConcurrentBatches.value, { int: true }).default(D.async.consumerConcurrency),
    /**
     * The consumer function's handler time per message; a batch of n messages takes the sum of n
     * draws (the handler works through its records in turn). The default puts a full batch of ten
     * at about 200 ms.
     */
    consumerDurationMs: distributionSchema.prefault({ mean: D.async.consumerDurationMs.mean, p99: D.async.consumerDurationMs.p99 }),
  })
  .prefault({});

const s3Schema = z
  .strictObject({
    readsPerRequest: num(0, 100, { int: true }).default(D.s3.readsPerRequest),
    writesPerRequest: num(0, 100, { int: true }).default(D.s3.writesPerRequest),
    latencyMs: num(0, 60_000).default(D.s3.latencyMs),
  })
  .prefault({});

const instanceTypes = Object.keys(INSTANCES) as [keyof typeof INSTANCES, ...(keyof typeof INSTANCES)[]];

const serverSchema = z
  .strictObject({
    enabled: z.boolean({ error: 'must be true or false' }).default(D.server.enabled),
    instanceType: oneOf(instanceTypes).default(D.server.instanceType),
    /** Requests per second one instance serves at full load (a property of your app, not AWS). */
    requestsPerSecondPerInstance: num(0.001, 10_000_000).default(D.server.requestsPerSecondPerInstance),
    mode: oneOf(['fixed', 'autoscaling'] as const).default(D.server.mode),
    instances: num(0, 100_000, { int: true }).default(D.server.instances),
    minInstances: num(0, 100_000, { int: true }).default(D.server.minInstances),
    maxInstances: num(1, 100_000, { int: true }).default(D.server.maxInstances),
    targetUtilization: num(0.05, 1).default(D.server.targetUtilization),
    warmupSeconds: num(0, 86_400).default(D.server.warmupSeconds),
    /** Requests wait up to this long for capacity; beyond it they fail. */
    maxWaitSeconds: num(0, 3600).default(D.server.maxWaitSeconds),
    loadBalancer: z.boolean({ error: 'must be true or false' }).default(D.server.loadBalancer),
  })
  .prefault({});

/** The whole scenario. */
export const scenarioSchema = z.strictObject({
  seed: num(0, 4_294_967_295, { int: true }).default(D.seed),
  /** The compute model: on-demand Lambda, or another platform as a setting of the same pool. */
  platform: oneOf(PLATFORMS).default(D.platform),
  /** Whole seconds: the per-second series, the server fleet and the bill all step by the second. */
  durationSeconds: num(1, SECONDS_PER_YEAR, { int: true }).default(D.durationSeconds),
  traffic: trafficSchema,
  gateway: gatewaySchema,
  function: functionSchema,
  database: databaseSchema,
  async: asyncSchema,
  s3: s3Schema,
  pricing: z.strictObject({ freeTier: z.boolean({ error: 'must be true or false' }).default(D.pricing.freeTier) }).prefault({}),
  server: serverSchema,
});

type ParsedScenario = z.output<typeof scenarioSchema>;
/** A fully defaulted, validated scenario (the platform's defaults resolved too). */
export type Scenario = Omit<ParsedScenario, 'function'> & { function: ParsedScenario['function'] & { maxConcurrencyPerInstance: number } };
/** What callers may pass: any subset of the fields. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** Deep-partial scenario for presets and live config. */
export type ScenarioPartial = ScenarioInput;

/** Result of `parseScenario`. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Turn a zod issue into "field.path: message". */
function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path ? ` in ${path}` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`;
  }
  if (path === '') return `scenario: ${issue.code === 'invalid_type' ? 'must be a JSON object' : issue.message}`;
  return `${path}: ${issue.message}`;
}

/**
 * The largest p99 ÷ mean a lognormal can have: ln(p99 / mean) = Z99·σ − σ²/2 peaks at σ = Z99
 * (2.3263…), so p99 ≤ e^(Z99²/2) × mean ≈ 14.97 × mean. The smallest is just above 1 (σ → 0).
 */
export const LOGNORMAL_MAX_P99_RATIO = dexp((Z99 * Z99) / 2);

/** A lognormal's p99 must lie above its mean and within the largest spread a lognormal has. */
function lognormalSpreadError(field: string, d: { distribution: string; mean: number; p99?: number } | undefined): string | null {
  if (!d || d.distribution !== 'lognormal' || d.p99 === undefined) return null;
  // A mean of 0 is "no time at all"; a spread above it is a contradiction, not a distribution.
  if (d.mean <= 0) return d.p99 > 0 ? `${field}.p99: must be 0 when mean is 0 (a lognormal needs a mean above 0 to spread)` : null;
  const max = d.mean * LOGNORMAL_MAX_P99_RATIO;
  if (d.p99 > d.mean && d.p99 <= max) return null;
  return `${field}.p99: must be above mean (${d.mean}) and at most ${+max.toPrecision(4)} (14.97 × mean) for a lognormal; use "constant" for no spread`;
}

/**
 * Fill in and check the fields that follow the platform (in place): the per-instance concurrency
 * (the platform's default, within its maximum; on-demand Lambda takes one request per
 * environment), and provisioned concurrency, which only Lambda has. Returns an error or null.
 */
function resolvePlatform(s: Scenario): string | null {
  const f = s.function;
  const { max } = PLATFORM_CONCURRENCY[s.platform];
  f.maxConcurrencyPerInstance = platformConcurrency(s.platform, f.maxConcurrencyPerInstance);
  if (f.maxConcurrencyPerInstance > max) {
    return s.platform === 'lambda'
      ? 'function.maxConcurrencyPerInstance: must be 1 on "lambda" (an on-demand environment serves one request at a time); choose another platform for more'
      : `function.maxConcurrencyPerInstance: must be an integer between 1 and ${max} on "${s.platform}"`;
  }
  if (s.platform !== 'lambda' && f.provisionedConcurrency > 0) {
    return `function.provisionedConcurrency: must be 0 on "${s.platform}" (provisioned concurrency is on-demand Lambda's); keep instances warm with the platform's own model instead`;
  }
  return null;
}

/** Validate and default a scenario; never throws. The error names the field and its allowed range. */
export function parseScenario(input: unknown): ParseResult {
  // Only a missing scenario means the defaults; null is not an object and is rejected by name.
  const r = scenarioSchema.safeParse(input === undefined ? {} : input);
  if (r.success) {
    const s = r.data as Scenario;
    const platformError = resolvePlatform(s);
    if (platformError) return { ok: false, error: platformError };
    if (s.function.provisionedConcurrency > s.function.concurrencyLimit) {
      return {
        ok: false,
        error: `function.provisionedConcurrency: must be between 0 and function.concurrencyLimit (${s.function.concurrencyLimit})`,
      };
    }
    if (s.server.minInstances > s.server.maxInstances) {
      return { ok: false, error: `server.minInstances: must be between 0 and server.maxInstances (${s.server.maxInstances})` };
    }
    const spread =
      lognormalSpreadError('function.durationMs', s.function.durationMs) ??
      lognormalSpreadError('function.coldStartMs', s.function.coldStartMs) ??
      lognormalSpreadError('async.consumerDurationMs', s.async.consumerDurationMs);
    if (spread) return { ok: false, error: spread };
    if (s.async.enabled && s.async.sns && s.async.messageSizeKB > LIMITS.snsMaxMessageKB.value) {
      return { ok: false, error: `async.messageSizeKB: must be at most ${LIMITS.snsMaxMessageKB.value} with async.sns on (SNS's largest message); turn SNS off for SQS's ${LIMITS.sqsMaxMessageKB.value}` };
    }
    // The consumer's time is per message: a full batch must fit in Lambda's 15-minute timeout.
    const batchMax = LIMITS.lambdaTimeoutMs.value / s.async.batchSize;
    if (s.async.consumerDurationMs.mean > batchMax) {
      return {
        ok: false,
        error: `async.consumerDurationMs.mean: must be at most ${+batchMax.toPrecision(6)} ms (a batch of ${s.async.batchSize} must fit in Lambda's 15-minute timeout); lower it or async.batchSize`,
      };
    }
    return { ok: true, scenario: s };
  }
  return { ok: false, error: describe(r.error.issues[0]) };
}

/** The scenario with every default filled in. */
export const defaultScenario: Scenario = (() => {
  const r = parseScenario({});
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
})();

/** Validate a traffic change (for `setTraffic` / `schedule`); throws with a named field on error. */
export function parseTrafficChange(input: unknown): TrafficChange {
  const r = trafficChangeSchema.safeParse(input ?? {});
  if (!r.success) throw new Error(`traffic.${describe(r.error.issues[0])}`);
  return r.data;
}
