/**
 * Where the request dots are, computed only from the snapshot's simulated times, so pause, speed
 * and seeded replays draw exactly the same picture. Pure: the edge component draws what this returns.
 */
import type { Snapshot } from '@/simulations';

export type DotKind = 'request' | 'response' | 'throttled';

export interface Dot {
  /** 0 at the edge's source, 1 at its target. */
  progress: number;
  kind: DotKind;
  /** The request it draws (none for a refusal's bounce, which has left the pipeline). */
  id?: number;
}

/** How long a 429 bounce stays on screen, in wall-clock ms (converted to simulated ms by speed). */
export const BOUNCE_WALL_MS = 400;
/** Most dots one edge draws. */
export const MAX_DOTS_PER_EDGE = 60;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The dots on each pipeline edge at the snapshot's time. */
export function dotsByEdge(snapshot: Snapshot, speed: number): Record<string, Dot[]> {
  const out: Record<string, Dot[]> = { 'client-gateway': [], 'gateway-function': [], 'function-database': [] };
  const push = (edge: string, dot: Dot) => {
    const list = out[edge];
    if (list && list.length < MAX_DOTS_PER_EDGE) list.push(dot);
  };
  const now = snapshot.timeMs;
  for (const r of snapshot.inFlight) {
    const span = r.phaseEndMs - r.phaseStartMs;
    const p = span > 0 ? clamp01((now - r.phaseStartMs) / span) : 1;
    switch (r.phase) {
      case 'gateway':
        push('client-gateway', { progress: p, kind: 'request', id: r.id });
        break;
      case 'wait':
        push('gateway-function', { progress: p, kind: 'request', id: r.id });
        break;
      case 'database':
        // Out to the table and back within the phase.
        push('function-database', p < 0.5 ? { progress: 2 * p, kind: 'request', id: r.id } : { progress: 2 - 2 * p, kind: 'response', id: r.id });
        break;
      case 'response':
        if (p < 0.5) push('gateway-function', { progress: 1 - 2 * p, kind: 'response', id: r.id });
        else push('client-gateway', { progress: 2 - 2 * p, kind: 'response', id: r.id });
        break;
      default:
        // init and handler happen inside the function node: its cells show them.
        break;
    }
  }
  const bounceMs = BOUNCE_WALL_MS * speed;
  for (let i = snapshot.recentThrottles.length - 1; i >= 0; i--) {
    const t = snapshot.recentThrottles[i];
    const age = now - t.timeMs;
    if (age < 0 || age >= bounceMs) continue;
    const f = age / bounceMs;
    // Forward to the wall, then back: a visible rebound.
    const progress = f < 0.5 ? 0.9 * 2 * f : 0.9 * (2 - 2 * f);
    // Refused at the gateway, failed at the table, or refused or timed out at the function.
    const edge = t.cause === 'gateway' ? 'client-gateway' : t.cause === 'database' ? 'function-database' : 'gateway-function';
    push(edge, { progress, kind: 'throttled' });
  }
  return out;
}

/** How many requests one dot stands for (1 when every in-flight request has its own dot). */
export function requestsPerDot(snapshot: Snapshot): number {
  const drawn = snapshot.inFlight.length;
  return drawn === 0 ? 1 : Math.max(1, Math.round(snapshot.totals.inFlight / drawn));
}
