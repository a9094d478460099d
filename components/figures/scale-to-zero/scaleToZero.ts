/**
 * The `scale-to-zero` figure's model: a minute of steady traffic, then none. The environments it
 * opened sit idle until the idle timeout reclaims them and the function has scaled to zero; a
 * request sent after that cold-starts. A simulated minute passes each second.
 */
import type { ScenarioInput } from '@/simulations';

export const SCALE_TO_ZERO = {
  idleChoices: [60, 300, 600] as const,
  initialIdle: 300,
  rps: 8,
  trafficSeconds: 60,
  /** A minute a second. */
  speed: 60,
  /** The chart's window, in simulated seconds. */
  windowSeconds: 900,
  warmupMs: 90_000,
  seed: 17,
} as const;

export function scaleToZeroScenario(idleSeconds: number): ScenarioInput {
  return {
    seed: SCALE_TO_ZERO.seed,
    durationSeconds: 3600,
    traffic: { pattern: 'steady', requestsPerSecond: SCALE_TO_ZERO.rps, timeline: [{ atSeconds: SCALE_TO_ZERO.trafficSeconds, requestsPerSecond: 0 }] },
    function: { idleTimeoutSeconds: idleSeconds, durationMs: { distribution: 'lognormal', mean: 300, p99: 900 } },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    server: { enabled: false },
  };
}
