/**
 * The `lifecycle` figure: one function's environments over about twenty minutes, as a timeline a
 * reader scrubs. The record comes from an engine run at build time (lifecycleRecord.ts); this
 * module only lays it out, so the live figure carries no engine.
 */

export const LIFECYCLE = {
  seed: 2,
  memoryMB: 1024,
  /** The measured default (AWS documents none). */
  idleTimeoutSeconds: 600,
  /** A cold start, two warm reuses, then silence past the idle timeout, and a cold start again. */
  requestsAtMs: [500, 2000, 4500, 900_000],
  /** How long after sending a request the run is advanced before reading its trace (all four finish well within). */
  settleMs: 5000,
  endMs: 960_000,
} as const;

export type LifeKind = 'init' | 'invoke' | 'frozen' | 'gone';

export interface LifeSegment {
  kind: LifeKind;
  startMs: number;
  endMs: number;
  /** The environment (null when none exists). */
  envId: number | null;
  /** Milliseconds billed for this phase (INIT, or the handler and its database call). */
  billedMs?: number;
  /** Which of the four requests (1-based). */
  request?: number;
  cold?: boolean;
}

export interface LifecycleRecord {
  segments: LifeSegment[];
  memoryMB: number;
  idleTimeoutSeconds: number;
  endMs: number;
}

/**
 * Display weight of a phase: the timeline is not to scale (a 100 ms invocation and a ten-minute
 * freeze would not both be visible), so busy phases get room by their length and idle ones a
 * fixed share; the labels give the real times.
 */
export function weight(s: LifeSegment): number {
  const ms = s.endMs - s.startMs;
  if (s.kind === 'init' || s.kind === 'invoke') return Math.max(2, Math.min(3, ms / 60));
  return ms > 60_000 ? 3 : 1.6;
}

/** Each segment's span on a 0…1 display axis. */
export function layout(record: LifecycleRecord): { seg: LifeSegment; from: number; to: number }[] {
  const total = record.segments.reduce((n, s) => n + weight(s), 0);
  let at = 0;
  return record.segments.map((seg) => {
    const from = at / total;
    at += weight(seg);
    return { seg, from, to: at / total };
  });
}

/** The simulated time at display position `p` (0…1). */
export function timeAt(record: LifecycleRecord, p: number): number {
  const parts = layout(record);
  const part = parts.find((x) => p <= x.to) ?? parts[parts.length - 1];
  const f = part.to > part.from ? (p - part.from) / (part.to - part.from) : 0;
  return part.seg.startMs + Math.max(0, Math.min(1, f)) * (part.seg.endMs - part.seg.startMs);
}

/** The segment under simulated time `t`. */
export function segmentAt(record: LifecycleRecord, t: number): LifeSegment {
  return record.segments.find((s) => t < s.endMs) ?? record.segments[record.segments.length - 1];
}

/** Billed ms up to time `t`: whole phases before it, and the running one pro rata (it is billed when it ends, rounded up). */
export function billedUpTo(record: LifecycleRecord, t: number): number {
  let ms = 0;
  for (const s of record.segments) {
    if (s.billedMs === undefined || s.startMs >= t) continue;
    ms += t >= s.endMs ? s.billedMs : 0;
  }
  return ms;
}
