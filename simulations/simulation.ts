/**
 * `createSimulation(scenario)`: the small instance the UI, the CLI and the tests drive.
 * Only simulated time exists: the caller advances it; pausing is not calling.
 */
import { Engine, type EngineOptions, type SeriesRow } from './engine';
import { mergeScenario, parseScenario, parseTrafficChange, type Scenario, type ScenarioInput, type TrafficChange } from './schema';
import type { RunSummary, Snapshot } from './types';

/** The instance returned by `createSimulation`. */
export interface Simulation {
  /** Process every event up to simulated time `ms` (cheap for small steps). */
  advanceTo(ms: number): void;
  /** Advance by `ms` of simulated time. */
  advanceBy(ms: number): void;
  /** Current simulated time in ms. */
  readonly timeMs: number;
  /** The validated scenario in force. */
  readonly scenario: Scenario;
  /** Plain, serializable state for the UI. */
  snapshot(): Snapshot;
  /** The run summary (what the CLI prints). */
  summary(): RunSummary;
  /** Per-second rows kept in the ring (oldest first); `last` limits to the most recent. */
  series(last?: number): SeriesRow[];
  /** Change traffic now (the slider): any subset of the traffic fields. */
  setTraffic(change: TrafficChange): void;
  /** Change traffic at simulated time `atMs` (clamped to now). */
  schedule(atMs: number, change: TrafficChange): void;
  /** Send one request now; it is always traced (and watched, see `watchTrace`). Returns its id. */
  sendRequest(): number;
  /** Keep request `id`'s trace in `snapshot().traces` once it finishes, however many follow it (null: none). */
  watchTrace(id: number | null): void;
  /** Live change of function, database, S3, async, gateway throttle or pricing settings. */
  setConfig(partial: ScenarioInput): void;
  /** Start again from t = 0 with the same or a new scenario. */
  reset(scenario?: ScenarioInput): void;
}

/** Fields that cannot change mid-run (they would re-time events already queued or change what was billed); reset instead. */
const NOT_LIVE: readonly string[] = [
  'seed',
  // The compute model and an instance's capacity shape the pool itself (its instances hold requests by it).
  'platform',
  'function.maxConcurrencyPerInstance',
  'traffic',
  'gateway.type',
  'gateway.latencyMs',
  'function.architecture',
  'server',
];

function validate(input: ScenarioInput | Scenario | undefined): Scenario {
  const r = parseScenario(input ?? {});
  if (!r.ok) throw new Error(`Invalid scenario: ${r.error}`);
  return r.scenario;
}

function changedPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (a === b) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out: string[] = [];
    for (const k of keys) out.push(...changedPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k));
    return out;
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix];
}

/** The furthest a run can go: 366 simulated days (a tick each second; beyond, advancing would take minutes). */
export const MAX_SIMULATED_MS = 366 * 86_400_000;

/** Create a simulation from a scenario (any subset of fields; throws with the field named if invalid). */
export function createSimulation(scenario?: ScenarioInput | Scenario, options: EngineOptions = {}): Simulation {
  let engine = new Engine(validate(scenario), options);

  return {
    advanceTo(ms: number) {
      if (!Number.isFinite(ms)) throw new Error(`advanceTo: ms must be a finite number (got ${ms})`);
      if (ms > MAX_SIMULATED_MS) throw new RangeError(`advanceTo: ms must be at most ${MAX_SIMULATED_MS} (366 days; got ${ms})`);
      engine.advanceTo(ms);
    },
    advanceBy(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`advanceBy: ms must be a finite number ≥ 0 (got ${ms})`);
      if (engine.nowMs + ms > MAX_SIMULATED_MS) throw new RangeError(`advanceBy: a run goes at most ${MAX_SIMULATED_MS} ms (366 days); it is at ${engine.nowMs}`);
      engine.advanceTo(engine.nowMs + ms);
    },
    get timeMs() {
      return engine.nowMs;
    },
    get scenario() {
      return engine.scenario;
    },
    snapshot: () => engine.snapshot(),
    summary: () => engine.summary(),
    series: (last?: number) => engine.series(last),
    setTraffic(change: TrafficChange) {
      engine.applyTraffic(parseTrafficChange(change), engine.nowMs);
    },
    schedule(atMs: number, change: TrafficChange) {
      if (!Number.isFinite(atMs)) throw new Error(`schedule: atMs must be a finite number (got ${atMs})`);
      engine.scheduleTraffic(atMs, parseTrafficChange(change));
    },
    sendRequest() {
      const id = engine.onArrival(engine.nowMs, true);
      engine.watchTrace(id);
      return id;
    },
    watchTrace: (id: number | null) => engine.watchTrace(id ?? -1),
    setConfig(partial: ScenarioInput) {
      const next = validate(mergeScenario(engine.scenario, partial));
      const changed = changedPaths(engine.scenario, next);
      const blocked = changed.find((p) => NOT_LIVE.some((n) => p === n || p.startsWith(`${n}.`)));
      if (blocked) throw new Error(`setConfig: ${blocked} cannot change during a run; call reset() with the new scenario instead`);
      engine.reconfigure(next);
    },
    reset(next?: ScenarioInput) {
      engine = new Engine(next === undefined ? engine.scenario : validate(next), options);
    },
  };
}
