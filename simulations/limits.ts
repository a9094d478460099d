/**
 * The values of the limits and model picks that are also scenario defaults, as plain numbers: their
 * one home. facts.ts gives each its unit, source, date and kind (LIMITS.x.value is the number
 * here). They live apart so that the scenario's defaults (defaults.ts), which the simulator's first
 * bundle reads, do not bring facts.ts's sources (about 4 KB compressed) along.
 */
export const LIMIT_VALUES = {
  accountConcurrency: 1000,
  lambdaTimeoutMs: 900_000,
  idleTimeoutMs: 600_000,
  gatewayRateLimitRps: 10_000,
  gatewayBurst: 5000,
  gatewayLatencyMs: 10,
  dynamoLatencyMs: 5,
  sqsMaxConcurrentBatches: 1000,
  s3LatencyMs: 30,
  serverWarmupMs: 180_000,
  // Requests one instance takes at once, per platform: the default and the most (facts.ts, PLATFORM_FACTS).
  lmiConcurrencyDefault: 64,
  lmiConcurrencyMax: 1600,
  cloudRunConcurrencyDefault: 80,
  cloudRunConcurrencyMax: 1000,
  workersConcurrencyDefault: 100,
  workersConcurrencyMax: 1000,
} as const;
