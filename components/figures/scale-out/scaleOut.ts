/**
 * The `scale-out` figure's model: a sudden spike into a function whose requests take half a
 * second. Lambda adds environments as fast as its scaling rate allows (1,000 per 10 seconds per
 * function) up to the account's concurrency limit; whatever needs more is refused (Lambda's 429,
 * which API Gateway turns into a 500 for the client).
 */
import type { ScenarioInput } from '@/simulations';

export const SCALE_OUT = {
  peak: { min: 1000, max: 10_000, step: 500, initial: 5000 },
  limits: [1000, 3000, 10_000] as const,
  initialLimit: 1000,
  baseRps: 10,
  spikeStartSeconds: 5,
  spikeSeconds: 40,
  durationMeanMs: 500,
  /** The run the figure shows, in simulated seconds. */
  runSeconds: 60,
  seed: 11,
} as const;

export function scaleOutScenario(peak: number, limit: number): ScenarioInput {
  return {
    seed: SCALE_OUT.seed,
    durationSeconds: SCALE_OUT.runSeconds,
    traffic: {
      pattern: 'spike',
      requestsPerSecond: SCALE_OUT.baseRps,
      peakRequestsPerSecond: peak,
      spikeStartSeconds: SCALE_OUT.spikeStartSeconds,
      spikeDurationSeconds: SCALE_OUT.spikeSeconds,
    },
    function: { durationMs: { distribution: 'lognormal', mean: SCALE_OUT.durationMeanMs, p99: SCALE_OUT.durationMeanMs * 3 }, concurrencyLimit: limit },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    server: { enabled: false },
  };
}
