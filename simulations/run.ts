/**
 * Headless runs (CLI, benchmarks): the guard that refuses runs too large to finish, and a loop
 * that advances in chunks so a caller can show progress.
 */
import type { EngineOptions } from './engine';
import type { Scenario } from './schema';
import { createSimulation } from './simulation';
import { expectedArrivals, peakRateOfRun } from './traffic';
import type { RunSummary } from './types';

/**
 * The largest run accepted: the expected number of arrivals, integrated exactly from the traffic
 * and its timeline. The engine simulates roughly 0.5–3 million requests per second of CPU (less
 * with many cold starts or throttles), so this is minutes of work or more; beyond it a caller
 * gets a reason instead of a hang.
 */
export const MAX_RUN_REQUESTS = 1e9;
/**
 * At most this many requests in flight at once (70–100 bytes of state each, so under 500 MB): a
 * request waits in the gateway for its latency, so a high rate times a long gateway latency
 * holds millions at a time whatever the run's length.
 */
export const MAX_IN_FLIGHT = 5e6;

/**
 * A bound on the requests in flight at once: those inside the gateway's latency (the traffic's
 * peak rate, or what the gateway's token bucket admits in that time: its rate plus its burst),
 * plus the environments the function may run.
 */
export function peakInFlight(s: Scenario): number {
  const latencySeconds = s.gateway.latencyMs / 1000;
  const inGateway = Math.min(peakRateOfRun(s.traffic) * latencySeconds, s.gateway.rateLimitRps * latencySeconds + s.gateway.burst);
  return inGateway + s.function.concurrencyLimit;
}

/** Why a scenario is too large to run headless, or null if it is fine. */
export function refusal(s: Scenario): string | null {
  const estimate = expectedArrivals(s.traffic, s.durationSeconds * 1000);
  if (estimate > MAX_RUN_REQUESTS) {
    return `scenario would simulate about ${estimate.toExponential(2)} requests; runs are limited to ${MAX_RUN_REQUESTS.toExponential(0)} (minutes to tens of minutes of CPU). Lower traffic.requestsPerSecond or durationSeconds.`;
  }
  const inFlight = peakInFlight(s);
  if (inFlight > MAX_IN_FLIGHT) {
    return `scenario could hold about ${inFlight.toExponential(2)} requests in flight at once (peak rate × gateway.latencyMs, plus function.concurrencyLimit); runs are limited to ${MAX_IN_FLIGHT.toExponential(0)} (memory). Lower traffic.requestsPerSecond, gateway.rateLimitRps or gateway.latencyMs.`;
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
