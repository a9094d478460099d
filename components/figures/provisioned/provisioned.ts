/**
 * The `provisioned` figure's model: a Java function (slow INIT) under one of two traffic shapes,
 * run with 0 to 40 environments of provisioned concurrency. Bursts every quarter-hour let the
 * idle timeout reclaim every on-demand environment in between, so each burst starts cold unless
 * provisioned environments take it; steady traffic keeps its environments warm by itself, and
 * there provisioned concurrency only changes the bill.
 */
import type { RunSummary, ScenarioInput } from '@/simulations';

export const PROVISIONED_LEVELS = [0, 5, 10, 15, 20, 25, 30, 40] as const;

export const PROVISIONED = {
  initialLevel: 10,
  patterns: ['bursts', 'steady'] as const,
  seed: 23,
  /** Bursts: four hours, sixteen bursts; steady: an hour. */
  seconds: { bursts: 4 * 3600, steady: 3600 },
} as const;

export type ProvisionedPattern = (typeof PROVISIONED.patterns)[number];

export function provisionedScenario(pattern: ProvisionedPattern, level: number): ScenarioInput {
  return {
    seed: PROVISIONED.seed,
    durationSeconds: PROVISIONED.seconds[pattern],
    traffic:
      pattern === 'bursts'
        ? { pattern: 'bursty', requestsPerSecond: 0, peakRequestsPerSecond: 100, onSeconds: 30, offSeconds: 870 }
        : { pattern: 'steady', requestsPerSecond: 40 },
    function: { runtime: 'java', provisionedConcurrency: level, durationMs: { distribution: 'lognormal', mean: 150, p99: 450 } },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    server: { enabled: false },
  };
}

export interface ProvisionedPoint {
  level: number;
  coldStarts: number;
  coldShare: number;
  /** Lambda's bill per hour: requests, duration and provisioned concurrency. */
  usdPerHour: number;
}

export function provisionedPoint(level: number, s: RunSummary): ProvisionedPoint {
  return {
    level,
    coldStarts: s.coldStarts,
    coldShare: s.requests > 0 ? s.coldStarts / s.requests : 0,
    usdPerHour: ((s.costUsd.functionRequests + s.costUsd.functionCompute + s.costUsd.provisionedConcurrency) * 3600) / s.simulatedSeconds,
  };
}
