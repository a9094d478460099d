/**
 * What an observed run keeps for the UI and nothing else reads: the log of notable events, the
 * recent traces (and the one a reader is watching), the last refusals. Headless runs (the CLI,
 * benchmarks) keep none of it. Modelled: nothing; this module only remembers.
 */
import type { EngineEvent, RequestTrace, ThrottleCause } from './types';

/** A bounded list that overwrites its oldest item when full: the UI's recent traces and events. */
export class Ring<T> {
  private readonly items: T[] = [];
  private head = 0;

  constructor(private readonly capacity: number) {}

  push(item: T): void {
    if (this.items.length < this.capacity) this.items.push(item);
    else {
      this.items[this.head] = item;
      this.head = (this.head + 1) % this.capacity;
    }
  }

  /** The items, oldest first. */
  ordered(): T[] {
    return this.items.length < this.capacity ? this.items.slice() : [...this.items.slice(this.head), ...this.items.slice(0, this.head)];
  }

  find(match: (item: T) => boolean): T | undefined {
    return this.items.find(match);
  }
}

/** Live-environment counts at which a `scaleUp` event is logged. */
const SCALE_MILESTONES = [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000];

/** Notable moments, in order; the UI writes the sentences. */
export class EventLog {
  private readonly events: Ring<EngineEvent>;
  private seq = 0;
  private lastMilestone = 0;

  constructor(capacity: number) {
    this.events = new Ring(Math.max(1, capacity));
  }

  add(t: number, kind: EngineEvent['kind'], extra: Partial<EngineEvent>): void {
    this.events.push({ seq: this.seq++, timeMs: t, kind, ...extra });
  }

  /** The API function reached `live` environments: log each milestone passed for the first time since it last scaled to zero. */
  milestone(t: number, live: number): void {
    for (const m of SCALE_MILESTONES) {
      if (live >= m && m > this.lastMilestone) {
        this.lastMilestone = m;
        if (m > 1) this.add(t, 'scaleUp', { count: m });
      }
    }
  }

  /** The API function's last environment was reclaimed. */
  scaledToZero(t: number): void {
    this.add(t, 'scaleToZero', {});
    this.lastMilestone = 0;
  }

  ordered(): EngineEvent[] {
    return this.events.ordered();
  }
}

/** How many finished, drawn requests are kept for a late `watchTrace` (a few frames' worth). */
const SHOWN_CAPACITY = 1024;
/** Refusals kept for the diagram's flashes. */
const THROTTLE_RING = 100;

/** Traces and refusals of an observed run. */
export class Observations {
  private readonly traces: Ring<RequestTrace>;
  /** Finished requests that were drawn in a snapshot, kept for a late `watchTrace` (a few frames' worth). */
  private readonly shown = new Ring<RequestTrace>(SHOWN_CAPACITY);
  private watchId = -1;
  private watched: RequestTrace | null = null;
  private readonly throttleTimes = new Float64Array(THROTTLE_RING);
  private readonly throttleCauses = new Uint8Array(THROTTLE_RING);
  private throttleHead = 0;
  private throttleN = 0;

  constructor(traceCapacity: number) {
    this.traces = new Ring(Math.max(1, traceCapacity));
  }

  /**
   * Keep request `id`'s trace when it finishes, even after it leaves the ring of recent traces
   * (at 1,000 requests/s the ring turns over in a twentieth of a simulated second, far less than
   * a frame): the request a reader picked stays inspectable. −1 watches nothing.
   */
  watch(id: number): void {
    this.watchId = id;
    // A drawn request may have finished (and left the ring) before the reader's pick arrived.
    this.watched = this.traces.find((t) => t.id === id) ?? this.shown.find((t) => t.id === id) ?? null;
  }

  /** A finished request's trace; `shown` when a snapshot drew it (a reader may pick it late). */
  push(tr: RequestTrace, shown = false): void {
    if (tr.id === this.watchId) this.watched = tr;
    this.traces.push(tr);
    if (shown) this.shown.push(tr);
  }

  /** Recent traces, oldest first, then the watched one if it has left the ring. */
  ordered(): RequestTrace[] {
    const out = this.traces.ordered();
    const w = this.watched;
    if (w !== null && !out.includes(w)) out.push(w);
    return out;
  }

  /** A refusal at `t` (cause index into CAUSES), for the diagram's flashes. */
  throttled(t: number, cause: number): void {
    this.throttleTimes[this.throttleHead] = t;
    this.throttleCauses[this.throttleHead] = cause;
    this.throttleHead = (this.throttleHead + 1) % THROTTLE_RING;
    if (this.throttleN < THROTTLE_RING) this.throttleN++;
  }

  /** The last refusals, oldest first. */
  recentThrottles(causes: readonly ThrottleCause[]): { timeMs: number; cause: ThrottleCause }[] {
    const out: { timeMs: number; cause: ThrottleCause }[] = [];
    for (let k = 0; k < this.throttleN; k++) {
      const i = (this.throttleHead - this.throttleN + k + THROTTLE_RING) % THROTTLE_RING;
      out.push({ timeMs: this.throttleTimes[i], cause: causes[this.throttleCauses[i]] });
    }
    return out;
  }
}
