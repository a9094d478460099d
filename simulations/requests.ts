/**
 * Requests in flight, as a struct of arrays indexed by slot, with a free list: the hot path
 * allocates nothing per request, and a slot is reused once its request is answered. A request's
 * story is here (when it arrived, was invoked, how long INIT, handler and database took, which
 * environment ran it, what happened to it, as flags); the rules that write it live with the
 * gateway, the function pool and the database. Observed runs also keep the list of active slots,
 * which feeds the UI's sample of requests in flight.
 */
import { growF64, growFreeList, growI32, growU16 } from './typed';

// A request's state bits (`flags`): what happened to it so far. The engine reads them as module-local copies (core.ts).
/** Ran on an environment that had to start for it (INIT). */
export const RF_COLD = 1;
/** Its trace is kept (observed runs: every `traceEvery`-th request, and every manual one). */
export const RF_TRACED = 2;
/** A DynamoDB call was refused (provisioned capacity used up): the handler fails, the client gets 502. */
export const RF_DB_THROTTLED = 4;
/** It reached the function (past the gateway's latency). */
export const RF_INVOKED = 8;
/** Sent by the reader (`sendRequest`). */
export const RF_MANUAL = 16;
/** Ran on a provisioned environment (billed at the provisioned duration price, no INIT). */
export const RF_PROV_ENV = 32;
/** Drawn in a snapshot's in-flight sample: a reader may pick it, so its trace is kept a while. */
export const RF_SHOWN = 64;
/** Handler + database ran past the function's timeout: cut there, billed to it, the client gets 502. */
export const RF_FN_TIMEOUT = 128;
/** The function outlasted the gateway's integration timeout: the client got 504 while it ran on. */
export const RF_GW_TIMEOUT = 256;
/** The handler failed (a refused database call, or its timeout): no success, no async work. */
export const RF_FAILED = RF_DB_THROTTLED | RF_FN_TIMEOUT;

/** The requests in flight (see the module comment). Fields are read and written directly on the hot path. */
export class RequestTable {
  capacity = 0;
  id = new Float64Array(0);
  arrival = new Float64Array(0);
  /** When it reached (or will reach) the function; observed runs only. */
  invoke = new Float64Array(0);
  init = new Float64Array(0);
  handler = new Float64Array(0);
  db = new Float64Array(0);
  /** When the function finishes it; observed runs only. */
  done = new Float64Array(0);
  /** The environment (slot in the function pool) that runs it, −1 before. */
  env = new Int32Array(0);
  flags = new Uint16Array(0);
  private pos = new Int32Array(0);
  private free = new Int32Array(0);
  private freeN = 0;
  /** Slots in use, in no order (observed runs). */
  active = new Int32Array(0);
  activeN = 0;
  private readonly trackActive: boolean = false;

  constructor(trackActive: boolean, capacity = 256) {
    this.trackActive = trackActive;
    this.grow(capacity);
  }

  /** A free slot (its fields hold the previous request's values until written). */
  alloc(): number {
    if (this.freeN === 0) this.grow(this.capacity * 2);
    const slot = this.free[--this.freeN];
    // The active list only feeds the UI's in-flight sample.
    if (this.trackActive) this.track(slot);
    return slot;
  }

  /** The request in `slot` is answered (or dropped): the slot may be reused. */
  release(slot: number): void {
    if (this.trackActive) this.untrack(slot);
    this.free[this.freeN++] = slot;
  }

  private track(slot: number): void {
    this.pos[slot] = this.activeN;
    this.active[this.activeN++] = slot;
  }

  private untrack(slot: number): void {
    const pos = this.pos[slot];
    const last = this.active[--this.activeN];
    this.active[pos] = last;
    this.pos[last] = pos;
  }

  private grow(n: number): void {
    const old = this.capacity;
    this.id = growF64(this.id, n);
    this.arrival = growF64(this.arrival, n);
    this.invoke = growF64(this.invoke, n);
    this.init = growF64(this.init, n);
    this.handler = growF64(this.handler, n);
    this.db = growF64(this.db, n);
    this.done = growF64(this.done, n);
    this.env = growI32(this.env, n);
    this.flags = growU16(this.flags, n);
    this.pos = growI32(this.pos, n);
    this.active = growI32(this.active, n);
    this.free = growFreeList(this.free, this.freeN, old, n);
    this.freeN += n - old;
    this.capacity = n;
  }
}
