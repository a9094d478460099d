/**
 * Headless runs (CLI, benchmarks): the guard that refuses runs too large to finish, and a loop
 * that advances in chunks so a caller can show progress.
 */
import type { EngineOptions } from './engine';
import type { Scenario } from './schema';
import { createSimulation } from './simulation';
import { expectedArrivals, peakRate } from './traffic';
import type { RunSummary } from './types';

/**
 * The largest run accepted. The engine simulates a few million requests per second of CPU, so
 * this is minutes of work; beyond it a caller gets a reason instead of a hang.
 */
export const MAX_RUN_REQUESTS = 1e9;
/** At most this many simulated seconds (one per-second tick each). */
export const MAX_RUN_SECONDS = 366 * 86_400;

/** Why a scenario is too large to run headless, or null if it is fine. */
export function refusal(s: Scenario): string | null {
  const { timeline, ...traffic } = s.traffic;
  const durationMs = s.durationSeconds * 1000;
  let estimate = expectedArrivals(traffic, durationMs);
  // A timeline can raise the rate: bound it by the highest rate it mentions.
  for (const c of timeline) {
    const rate = peakRate({ ...traffic, ...Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) });
    estimate = Math.max(estimate, rate * Math.max(0, s.durationSeconds - c.atSeconds));
  }
  if (estimate > MAX_RUN_REQUESTS) {
    return `scenario would simulate about ${estimate.toExponential(2)} requests; runs are limited to ${MAX_RUN_REQUESTS.toExponential(0)} (a few minutes of CPU). Lower traffic.requestsPerSecond or durationSeconds.`;
  }
  return null;
}

/** Run a validated scenario to its end; `onProgress` gets the fraction done. Throws if refused. */
export function runScenario(s: Scenario, options: EngineOptions & { onProgress?: (fraction: number) => void } = {}): RunSummary {
  const reason = refusal(s);
  if (reason) throw new Error(reason);
  const sim = createSimulation(s, { observe: false, seriesCapacity: 0, ...options });
  const endMs = s.durationSeconds * 1000;
  const chunks = options.onProgress ? 200 : 1;
  for (let i = 1; i <= chunks; i++) {
    sim.advanceTo((endMs * i) / chunks);
    options.onProgress?.(i / chunks);
  }
  return sim.summary();
}
