/**
 * The `statelessness` figure's model: a visit counter kept two ways. Each environment counts the
 * visits it served in its own memory (the engine's per-environment `memoryCounter`); the handler
 * also adds one to a counter in DynamoDB (the engine's `databaseCounter`: every request whose
 * write succeeded). Rushes of visitors open several environments; between rushes the spare ones
 * sit idle past a short idle timeout and are reclaimed, memory and all.
 */
import type { EnvironmentView, ScenarioInput, TrafficChange } from '@/simulations';

export const STATELESSNESS = {
  /** Short, so a reader sees environments reclaimed within a minute (the default is ten minutes). */
  idleTimeoutSeconds: 15,
  warmupMs: 40_000,
  /** Reclaimed environments stay on screen this long (simulated ms), with what they lost. */
  ghostMs: 8_000,
  seed: 5,
} as const;

/** Quiet traffic with a rush of twelve visits a second every thirty seconds. */
export const BASE_TRAFFIC: TrafficChange = { pattern: 'bursty', requestsPerSecond: 0.5, peakRequestsPerSecond: 12, onSeconds: 4, offSeconds: 26 };

/** A rush starting now (a new pattern restarts the pattern clock), then back to the quiet rhythm. */
export const RUSH: TrafficChange = { pattern: 'spike', requestsPerSecond: 0.5, peakRequestsPerSecond: 12, spikeStartSeconds: 0, spikeDurationSeconds: 4 };

export function statelessnessScenario(): ScenarioInput {
  return {
    seed: STATELESSNESS.seed,
    durationSeconds: 3600,
    traffic: BASE_TRAFFIC,
    function: { durationMs: { distribution: 'lognormal', mean: 400, p99: 1200 }, idleTimeoutSeconds: STATELESSNESS.idleTimeoutSeconds },
    database: { readsPerRequest: 0, writesPerRequest: 1 },
    server: { enabled: false },
  };
}

/** An environment that was reclaimed, with the count its memory held. */
export interface Ghost {
  id: number;
  lostCount: number;
  atMs: number;
}

/** Environments in the order they started (ids grow), so a card keeps its place. */
export function byAge(envs: readonly EnvironmentView[]): EnvironmentView[] {
  return [...envs].sort((a, b) => a.id - b.id);
}

/** Environments present in `before` and gone in `after`: reclaimed between two frames. */
export function reclaimedBetween(before: readonly EnvironmentView[], after: readonly EnvironmentView[], atMs: number): Ghost[] {
  const still = new Set(after.map((e) => e.id));
  return before.filter((e) => !still.has(e.id)).map((e) => ({ id: e.id, lostCount: e.memoryCounter, atMs }));
}
