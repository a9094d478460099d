/**
 * Headless runs (CLI, benchmarks): the guard that refuses runs too large to finish, and a loop
 * that advances in chunks so a caller can show progress.
 */
import type { EngineOptions } from './engine';
import type { Scenario } from './schema';
import { createSimulation } from './simulation';
import { expectedArrivals, peakRateOfRun, segmentWalkBound } from './traffic';
import type { RunSummary } from './types';

/**
 * CPU cost of a run's parts, in microseconds: an arrival (0.29 measured for the default scenario
 * at 1,000/s for an hour), a segment of traffic the arrival generator walks (0.03 for 1 ms bursts,
 * 0.1 for a diurnal curve with a 1 s period, whose segments each draw a candidate), a simulated
 * second (0.05 over 30 idle days). Measured with runScenario's CPU time on the development VM
 * (2026-12-02, Node 20), then rounded up for heavier scenarios (the async path, cold starts) and
 * slower machines.
 */
const MICROSECONDS_PER = { arrival: 0.5, segment: 0.2, second: 0.1 };

/**
 * The longest run accepted, in estimated CPU seconds: a few minutes. The engine's CPU use is that
 * of arrivals, traffic segments and simulated seconds; beyond this a caller gets a reason instead
 * of a wait it did not expect (a 30-day month at 100 requests/s, 2.6·10⁸ arrivals, is about two).
 */
export const MAX_RUN_CPU_SECONDS = 300;

/** What a headless run will cost: its expected arrivals, the traffic segments it walks at most, its simulated seconds, and the CPU seconds they add up to. */
export function runWork(s: Scenario): { arrivals: number; segments: number; seconds: number; cpuSeconds: number } {
  const durationMs = s.durationSeconds * 1000;
  const arrivals = expectedArrivals(s.traffic, durationMs);
  const segments = segmentWalkBound(s.traffic, durationMs, arrivals);
  const seconds = s.durationSeconds;
  const cpuSeconds = (arrivals * MICROSECONDS_PER.arrival + segments * MICROSECONDS_PER.segment + seconds * MICROSECONDS_PER.second) / 1e6;
  return { arrivals, segments, seconds, cpuSeconds };
}

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
  const work = runWork(s);
  if (work.cpuSeconds > MAX_RUN_CPU_SECONDS) {
    const minutes = Math.ceil(work.cpuSeconds / 60);
    const fromSegments = work.segments * MICROSECONDS_PER.segment > work.arrivals * MICROSECONDS_PER.arrival;
    const what = `about ${work.arrivals.toExponential(2)} requests and up to ${work.segments.toExponential(2)} traffic segments`;
    const advice = fromSegments
      ? `most of it walking the traffic pattern's short pieces (bursty onSeconds + offSeconds, a diurnal periodSeconds, each ramp): lengthen them or shorten durationSeconds`
      : 'lower traffic.requestsPerSecond or durationSeconds';
    return `scenario would take about ${minutes} minutes of CPU (${what}); runs are limited to about ${MAX_RUN_CPU_SECONDS / 60} minutes, ${advice}.`;
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
