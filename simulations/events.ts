/**
 * What a timed event is, for the event queue (heap.ts): an int payload holding a kind in its low
 * KIND_BITS bits and an index above them (a request slot, an environment, a traffic change…).
 * Order is never decided here: the queue orders by (time, seq), with seq an integer counter.
 *
 * Kinds take 4 bits: 7 of 16 are used, so a timed feature to come (a dead-letter queue's retry,
 * a reserved-concurrency change, another platform's scale-down) has room. An index may go up to
 * 2^27 − 1 (134 million), far above the 5·10⁶ requests a run may hold in flight (run.ts).
 */

import { EventHeap } from './heap';

export const KIND_BITS = 4;
export const KIND_MASK = (1 << KIND_BITS) - 1;
/** The largest index a payload can carry. */
export const MAX_EVENT_INDEX = (1 << (31 - KIND_BITS)) - 1;

/** A request finishes in the API function (index: its request slot). */
export const K_DONE = 0;
/** The per-second tick (no index). */
export const K_TICK = 1;
/** The API function's oldest idle environment reaches the idle timeout (index: the reclaim timer's generation). */
export const K_RECLAIM = 2;
/** A scheduled traffic change applies (index: the change). */
export const K_TRAFFIC = 3;
/** A queue consumer's batch finishes (index: the consumer's environment). */
export const K_BATCH = 4;
/** A provisioned environment started during the run is ready (index: the environment). */
export const K_PROV_READY = 5;
/** API Gateway stops waiting for a request (index: its request slot). */
export const K_GATEWAY_TIMEOUT = 6;

/**
 * The timed events, the sequence counter every source of events shares (`seq` orders events at
 * the same time by when they were scheduled, across the heap, the engine's FIFOs and its pending
 * arrival), and the clock: the time of the event being handled, which the parts read as "now"
 * (a field rather than an argument: V8 boxes a double passed to a call it does not inline).
 */
export class EventQueue {
  readonly heap = new EventHeap(1024);
  seq = 0;
  nowMs: number = 0.5;

  constructor() {
    this.nowMs = 0;
  }

  /** Schedule an event of `kind` about `index` at simulated time `time`. */
  schedule(time: number, kind: number, index: number): void {
    this.heap.push(time, this.seq++, (index << KIND_BITS) | kind);
  }
}
