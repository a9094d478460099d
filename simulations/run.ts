/**
 * Headless runs (CLI, benchmarks): the guard that refuses runs too large to finish, and a loop
 * that advances in chunks so a caller can show progress.
 */
import type { EngineOptions } from './engine';
import type { Scenario } from './schema';
import { createSimulation } from './simulation';
import { expectedArrivals } from './traffic';
import type { RunSummary } from './types';

/**
 * The largest run accepted: the expected number of arrivals, integrated exactly from the traffic
 * and its timeline. The engine simulates roughly 0.5–3 million requests per second of CPU (less
 * with many cold starts or throttles), so this is minutes of work or more; beyond it a caller
 * gets a reason instead of a hang.
 */
export const MAX_RUN_REQUESTS = 1e9;
/** At most this many simulated seconds (one per-second tick each). */
export const MAX_RUN_SECONDS = 366 * 86_400;

/** Why a scenario is too large to run headless, or null if it is fine. */
export function refusal(s: Scenario): string | null {
  const estimate = expectedArrivals(s.traffic, s.durationSeconds * 1000);
  if (estimate > MAX_RUN_REQUESTS) {
    return `scenario would simulate about ${estimate.toExponential(2)} requests; runs are limited to ${MAX_RUN_REQUESTS.toExponential(0)} (minutes to tens of minutes of CPU). Lower traffic.requestsPerSecond or durationSeconds.`;
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
