/**
 * The `concurrency` figure's model: steady Poisson traffic into a function whose only work is its
 * handler (no database calls), so the time a request spends in the function is the handler's
 * time, and Little's law reads directly: requests in progress = rate × duration.
 */
import type { ScenarioInput, SeriesRow } from '@/simulations';

export const CONCURRENCY = {
  rps: { min: 1, max: 100, step: 1, initial: 40 },
  durationMs: { min: 50, max: 1000, step: 10, initial: 250 },
  /** The poster, and the live figure's first frame, show the run this far in. */
  warmupMs: 30_000,
  /** "Requests in progress" is the time-average over this many recent simulated seconds. */
  windowSeconds: 5,
  seed: 7,
} as const;

/** The handler's time: lognormal (real handlers vary) with this mean. */
export function handlerTime(meanMs: number) {
  return { distribution: 'lognormal', mean: meanMs, p99: meanMs * 3 } as const;
}

export function concurrencyScenario(rps: number, durationMs: number): ScenarioInput {
  return {
    seed: CONCURRENCY.seed,
    durationSeconds: 3600,
    traffic: { pattern: 'steady', requestsPerSecond: rps },
    function: { durationMs: handlerTime(durationMs) },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    server: { enabled: false },
  };
}

/** The engine's per-second mean concurrency, averaged over the last `seconds` rows. */
export function windowMeanConcurrency(series: readonly SeriesRow[], seconds: number = CONCURRENCY.windowSeconds): number {
  const rows = series.slice(-seconds);
  if (rows.length === 0) return 0;
  let sum = 0;
  for (const r of rows) sum += r.meanConcurrency;
  return sum / rows.length;
}
