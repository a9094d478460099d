/**
 * Where the request dots are, computed only from the snapshot's simulated times, so pause, speed
 * and seeded replays draw exactly the same picture. Pure: the live diagram's edges draw what
 * `dotsByEdge` returns, and the animated SVG files are recorded from the same legs and bounces.
 */
import type { InFlightView, Snapshot, ThrottleCause } from '@/simulations';

export type DotKind = 'request' | 'response' | 'throttled';
/** The edges that carry dots: the synchronous path. */
export type DotEdge = 'client-gateway' | 'gateway-function' | 'function-database';

export interface Dot {
  /** 0 at the edge's source, 1 at its target. */
  progress: number;
  kind: DotKind;
  /** The request it draws (none for a refusal's bounce, which has left the pipeline). */
  id?: number;
}

/** One stretch of a request's trip drawn on an edge: over `during` (fractions of its phase), progress goes `from` → `to`. */
export interface Leg {
  edge: DotEdge;
  kind: Exclude<DotKind, 'throttled'>;
  during: [number, number];
  from: number;
  to: number;
}

/**
 * Each phase of a request as dots: in at the gateway, on to the function, out to the table and
 * back within the database phase, and back through the gateway to the client. INIT and the
 * handler happen inside the function node: its cells show them.
 */
export const PHASE_LEGS: Record<InFlightView['phase'], readonly Leg[]> = {
  gateway: [{ edge: 'client-gateway', kind: 'request', during: [0, 1], from: 0, to: 1 }],
  wait: [{ edge: 'gateway-function', kind: 'request', during: [0, 1], from: 0, to: 1 }],
  init: [],
  handler: [],
  database: [
    { edge: 'function-database', kind: 'request', during: [0, 0.5], from: 0, to: 1 },
    { edge: 'function-database', kind: 'response', during: [0.5, 1], from: 1, to: 0 },
  ],
  response: [
    { edge: 'gateway-function', kind: 'response', during: [0, 0.5], from: 1, to: 0 },
    { edge: 'client-gateway', kind: 'response', during: [0.5, 1], from: 1, to: 0 },
  ],
};

/** How long a 429 bounce stays on screen, in wall-clock ms (converted to simulated ms by speed). */
export const BOUNCE_WALL_MS = 400;
/** Most dots one edge draws. */
export const MAX_DOTS_PER_EDGE = 60;

/** Where a refusal bounces: refused at the gateway, failed at the table, or refused or timed out at the function. */
export function bounceEdge(cause: ThrottleCause): DotEdge {
  return cause === 'gateway' ? 'client-gateway' : cause === 'database' ? 'function-database' : 'gateway-function';
}

/** A bounce's progress `f` of the way through it: forward to the wall (0.9), then back, a visible rebound. */
export function bounceProgress(f: number): number {
  return f < 0.5 ? 0.9 * 2 * f : 0.9 * (2 - 2 * f);
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The dots on each pipeline edge at the snapshot's time. */
export function dotsByEdge(snapshot: Snapshot, speed: number): Record<DotEdge, Dot[]> {
  const out: Record<DotEdge, Dot[]> = { 'client-gateway': [], 'gateway-function': [], 'function-database': [] };
  const push = (edge: DotEdge, dot: Dot) => {
    const list = out[edge];
    if (list.length < MAX_DOTS_PER_EDGE) list.push(dot);
  };
  const now = snapshot.timeMs;
  for (const r of snapshot.inFlight) {
    const span = r.phaseEndMs - r.phaseStartMs;
    const p = span > 0 ? clamp01((now - r.phaseStartMs) / span) : 1;
    const legs = PHASE_LEGS[r.phase];
    // The leg under way; at a phase's very end, its last.
    const leg = legs.find((l) => p < l.during[1]) ?? legs.at(-1);
    if (!leg) continue;
    const f = (p - leg.during[0]) / (leg.during[1] - leg.during[0]);
    push(leg.edge, { progress: leg.from + (leg.to - leg.from) * clamp01(f), kind: leg.kind, id: r.id });
  }
  const bounceMs = BOUNCE_WALL_MS * speed;
  for (let i = snapshot.recentThrottles.length - 1; i >= 0; i--) {
    const t = snapshot.recentThrottles[i];
    const age = now - t.timeMs;
    if (age < 0 || age >= bounceMs) continue;
    push(bounceEdge(t.cause), { progress: bounceProgress(age / bounceMs), kind: 'throttled' });
  }
  return out;
}

/** How many requests one dot stands for (1 when every in-flight request has its own dot). */
export function requestsPerDot(snapshot: Snapshot): number {
  const drawn = snapshot.inFlight.length;
  return drawn === 0 ? 1 : Math.max(1, Math.round(snapshot.totals.inFlight / drawn));
}
