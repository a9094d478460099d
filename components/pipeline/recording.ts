/**
 * A run of the engine recorded for the animated SVG: what the live diagram would draw, as exact
 * timelines. The run is advanced one wall-clock frame at a time at the chosen playback speed, and
 * from each snapshot it keeps each request's phases (their exact start and end, so a dot's legs
 * are known to the millisecond, not just at frames), each environment's state changes (exact, from
 * `sinceMs`; a reclaim at the frame it is first missed), and each refusal's bounce. Pure: no DOM.
 */
import { createSimulation, type InFlightView, type Scenario, type ScenarioInput } from '@/simulations';
import { BOUNCE_WALL_MS, PHASE_LEGS, bounceEdge, bounceProgress, type DotEdge, type DotKind } from '@/components/simulator/dots';
import { CELL } from './flow/layout';

export type CellState = 'initializing' | 'busy' | 'idle';

export interface RecordingOptions {
  /** Simulated seconds per wall second, as the simulator's speed (0.1 is slow motion). */
  speed: number;
  /** Wall frames a second the run is sampled at. Default 60. */
  fps?: number;
  /** Most requests drawn as dots (every n-th arrival beyond it). Default 160. */
  maxRequests?: number;
  /** Most bounces drawn. Default 60. */
  maxBounces?: number;
}

/** A dot's move along an edge, in simulated ms from the run's start (it may run past the loop's end). */
export interface DotMove {
  edge: DotEdge;
  kind: DotKind;
  startMs: number;
  endMs: number;
  /** Progress along the edge at `startMs` and at `endMs` (a bounce goes out to the wall and back: see `progressAt`). */
  from: number;
  to: number;
}

/** Where a move's dot is at simulated time `t` (within the move). */
export function progressAt(move: DotMove, t: number): number {
  const f = Math.min(1, Math.max(0, (t - move.startMs) / (move.endMs - move.startMs)));
  return move.kind === 'throttled' ? bounceProgress(f) : move.from + (move.to - move.from) * f;
}

export interface RecordedDot {
  /** `r<id>` for a request, `b<n>` for a bounce. */
  key: string;
  moves: DotMove[];
}

export interface RecordedCell {
  envId: number;
  /** Where it sits in the Function node's grid (a free slot when it started). */
  slot: number;
  /** State from each time on (simulated ms); null once reclaimed. */
  changes: { atMs: number; state: CellState | null }[];
}

export interface Recording {
  scenario: Scenario;
  speed: number;
  fps: number;
  /** Simulated length of the loop: the scenario's durationSeconds. */
  durationMs: number;
  /** Every n-th arrival has a dot (1: all). */
  requestStride: number;
  dots: RecordedDot[];
  cells: RecordedCell[];
  /** Environments that never got a cell (more than CELL.max at once). */
  undrawnEnvironments: number;
  /** True when the run ends as it began (no environments, nothing in flight), so the loop has no seam. */
  seamless: boolean;
  end: { environments: number; inFlight: number };
}

/** Playback speeds the simulator offers, slowest first; the default picks one for the loop's length. */
const SPEEDS = [0.1, 1, 10, 60, 600];

/** The slowest of the simulator's speeds at which `durationMs` plays in at most `maxWallMs` (default a minute). */
export function defaultSpeed(durationMs: number, maxWallMs = 60_000): number {
  return SPEEDS.find((s) => durationMs / s <= maxWallMs) ?? SPEEDS.at(-1)!;
}

/** Runs `scenario` for its durationSeconds and records what the live diagram would draw. */
export function recordRun(input: ScenarioInput | Scenario, options: RecordingOptions): Recording {
  const fps = options.fps ?? 60;
  const maxRequests = options.maxRequests ?? 160;
  const maxBounces = options.maxBounces ?? 60;
  if (!(options.speed > 0) || !Number.isFinite(options.speed)) throw new Error(`speed must be a positive number (got ${options.speed})`);
  // Every in-flight request and environment is seen, not the live UI's sample of them.
  const sim = createSimulation(input, { observe: true, inFlightSample: 1_000_000, environmentViews: 1_000_000, traceCapacity: 1, eventCapacity: 1, seriesCapacity: 0 });
  const scenario = sim.scenario;
  const durationMs = scenario.durationSeconds * 1000;
  const stepMs = (1000 / fps) * options.speed;

  // Phases seen per request: id → phase → [start, end].
  const phases = new Map<number, Map<InFlightView['phase'], [number, number]>>();
  const cells = new Map<number, RecordedCell>();
  const slots: (number | null)[] = Array.from({ length: CELL.max }, () => null);
  let undrawn = 0;
  const undrawnIds = new Set<number>();
  const bounceTimes: { atMs: number; edge: DotEdge }[] = [];
  // When each environment's INIT ends (from its request's init phase): a cold start stays "busy"
  // from its start, so `sinceMs` does not move when INIT gives way to the handler.
  const initEnds = new Map<number, number>();
  let throttledSeen = 0;

  const observe = () => {
    const snap = sim.snapshot();
    const now = snap.timeMs;
    for (const r of snap.inFlight) {
      let seen = phases.get(r.id);
      if (!seen) phases.set(r.id, (seen = new Map()));
      seen.set(r.phase, [r.phaseStartMs, r.phaseEndMs]);
      if (r.phase === 'init' && r.envId !== undefined) initEnds.set(r.envId, r.phaseEndMs);
    }
    const live = new Set<number>();
    for (const env of snap.environments) {
      live.add(env.id);
      let cell = cells.get(env.id);
      if (!cell) {
        if (undrawnIds.has(env.id)) continue;
        const slot = slots.indexOf(null);
        if (slot < 0) {
          undrawnIds.add(env.id);
          undrawn++;
          continue;
        }
        slots[slot] = env.id;
        cell = { envId: env.id, slot, changes: [] };
        cells.set(env.id, cell);
      }
      const last = cell.changes.at(-1);
      if (last?.state !== env.state) {
        // The exact moment when known (the state's start, or INIT's end), else this frame.
        const exact = last?.state === 'initializing' && env.state === 'busy' ? (initEnds.get(env.id) ?? now) : env.sinceMs;
        cell.changes.push({ atMs: last && exact <= last.atMs ? now : Math.min(now, exact), state: env.state });
      }
    }
    for (const cell of cells.values()) {
      const last = cell.changes.at(-1);
      if (last && last.state !== null && !live.has(cell.envId)) {
        cell.changes.push({ atMs: now, state: null });
        slots[cell.slot] = null;
      }
    }
    // New refusals since the last frame are the newest entries of the recent list.
    const fresh = Math.min(snap.totals.throttled - throttledSeen, snap.recentThrottles.length);
    throttledSeen = snap.totals.throttled;
    for (const t of snap.recentThrottles.slice(snap.recentThrottles.length - fresh)) bounceTimes.push({ atMs: t.timeMs, edge: bounceEdge(t.cause) });
  };

  observe();
  for (let k = 1; ; k++) {
    const t = Math.min(durationMs, k * stepMs);
    sim.advanceTo(t);
    observe();
    if (t >= durationMs) break;
  }
  const endSnap = sim.snapshot();

  // Legs of every n-th request.
  const ids = [...phases.keys()].sort((a, b) => a - b);
  const requestStride = Math.max(1, Math.ceil(ids.length / maxRequests));
  const dots: RecordedDot[] = [];
  for (const id of ids) {
    if (id % requestStride !== 0) continue;
    const moves: DotMove[] = [];
    for (const [phase, [start, end]] of phases.get(id)!) {
      for (const leg of PHASE_LEGS[phase]) {
        const s = start + leg.during[0] * (end - start);
        const e = start + leg.during[1] * (end - start);
        if (e <= s || s >= durationMs) continue;
        moves.push({ edge: leg.edge, kind: leg.kind, startMs: s, endMs: e, from: leg.from, to: leg.to });
      }
    }
    moves.sort((a, b) => a.startMs - b.startMs);
    if (moves.length) dots.push({ key: `r${id}`, moves });
  }
  const bounceStride = Math.max(1, Math.ceil(bounceTimes.length / maxBounces));
  const bounceMs = BOUNCE_WALL_MS * options.speed;
  bounceTimes.forEach((b, i) => {
    if (i % bounceStride !== 0 || b.atMs >= durationMs) return;
    dots.push({ key: `b${i}`, moves: [{ edge: b.edge, kind: 'throttled', startMs: b.atMs, endMs: b.atMs + bounceMs, from: 0, to: 0 }] });
  });

  return {
    scenario,
    speed: options.speed,
    fps,
    durationMs,
    requestStride,
    dots,
    cells: [...cells.values()],
    undrawnEnvironments: undrawn,
    seamless: endSnap.counts.live === 0 && endSnap.totals.inFlight === 0,
    end: { environments: endSnap.counts.live, inFlight: endSnap.totals.inFlight },
  };
}
