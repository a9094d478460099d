/**
 * The `compute-models` figure's model: the same steady traffic, the same seed, through the four
 * compute models (on-demand Lambda, Lambda Managed Instances, Cloud Run, Cloudflare Workers), each
 * for ten simulated minutes. The handler computes for about 30 ms and makes one read and one write
 * to DynamoDB (about 10 ms each), so most of a request's life is spent waiting: the case where the
 * models differ most. Every number comes from whole engine runs; the prices and rules are the
 * engine's (simulations/facts.ts).
 */
import type { RunSummary, ScenarioInput } from '@/simulations';
import { PLATFORMS, type Platform } from '@/simulations/defaults';

/** The traffic steps the slider offers (requests per second). */
export const MODEL_RATES = [0.5, 5, 50, 500] as const;

export const COMPUTE_MODELS = {
  initialRate: 50,
  seconds: 600,
  seed: 23,
  memoryMB: 512,
  handlerMs: 30,
  dbLatencyMs: 10,
} as const;

export function modelScenario(platform: Platform, rps: number): ScenarioInput {
  const c = COMPUTE_MODELS;
  return {
    seed: c.seed,
    platform,
    durationSeconds: c.seconds,
    traffic: { pattern: 'steady', requestsPerSecond: rps },
    function: { memoryMB: c.memoryMB, durationMs: { distribution: 'lognormal', mean: c.handlerMs, p99: c.handlerMs * 4 } },
    database: { readsPerRequest: 1, writesPerRequest: 1, latencyMs: c.dbLatencyMs },
    server: { enabled: false },
  };
}

/** The four runs at one rate, in PLATFORMS order. */
export function modelScenarios(rps: number): ScenarioInput[] {
  return PLATFORMS.map((p) => modelScenario(p, rps));
}

export interface ModelPoint {
  platform: Platform;
  /** Time-average of live instances (environments, containers, isolates). */
  meanInstances: number;
  coldStarts: number;
  throttled: number;
  p95Ms: number;
  /** Everything the run cost (compute, requests, the gateway where the platform needs one, the database), per million requests. */
  usdPerMillion: number;
}

export function modelPoint(platform: Platform, s: RunSummary): ModelPoint {
  return {
    platform,
    meanInstances: s.meanInstances,
    coldStarts: s.coldStarts,
    throttled: s.throttled,
    p95Ms: s.latencyMs.p95,
    usdPerMillion: s.costUsd.perMillionRequests,
  };
}
