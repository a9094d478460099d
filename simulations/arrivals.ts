/**
 * Arrivals at the gateway: the one pending arrival (drawn lazily from traffic.ts's generator), and
 * the traffic changes waiting to apply (the scenario's timeline, `schedule` and `setTraffic`).
 * Modelled: a change applies at its time, in the order given for equal times, and redraws the
 * pending arrival (Poisson arrivals are memoryless; uniform ones carry their spacing over).
 * Left out: clients that retry or back off after a refusal (arrivals never depend on the run).
 */
import { EventHeap } from './heap';
import { K_TRAFFIC, type EventQueue } from './events';
import type { TrafficChange } from './schema';
import { ArrivalGenerator, type TrafficConfig } from './traffic';
import type { RandomStream } from './random';
import { settleNumberFields } from './typed';

/** The pending arrival and the pending traffic changes. */
export class Arrivals {
  declare readonly gen: ArrivalGenerator;
  /** The pending arrival's time (Infinity if the traffic stays at 0) and its place in the (time, seq) order. */
  nextMs: number = 0.5;
  nextSeq = 0;
  /** The earliest pending traffic change (Infinity if none). */
  nextChangeMs: number = 0.5;
  /** Pending traffic changes by (time, seq), the order the event queue releases them in. */
  private readonly changeTimes = new EventHeap(16);
  private readonly changes: TrafficChange[] = [];

  private declare readonly queue: EventQueue;

  constructor(traffic: TrafficConfig, stream: RandomStream, queue: EventQueue) {
    this.queue = queue;
    this.gen = new ArrivalGenerator(traffic, stream);
    this.nextMs = Infinity;
    this.nextChangeMs = Infinity;
    settleNumberFields(this, (k) => k.endsWith('Ms'));
  }

  /** Draw the pending arrival: the first after `t`. */
  drawAfter(t: number): void {
    this.nextMs = this.gen.next(t);
    this.nextSeq = this.queue.seq++;
  }

  /** Queue a traffic change at absolute simulated time `atMs` (not before `nowMs`). */
  schedule(atMs: number, change: TrafficChange, nowMs: number): void {
    this.changes.push(change);
    const at = Math.max(atMs, nowMs);
    if (at < this.nextChangeMs) this.nextChangeMs = at;
    const seq = this.queue.seq;
    this.queue.schedule(at, K_TRAFFIC, this.changes.length - 1);
    this.changeTimes.push(at, seq, 0);
  }

  /** The scheduled change `index` is due (the event queue released it): it leaves the pending ones. */
  take(index: number): TrafficChange {
    const times = this.changeTimes;
    times.pop();
    this.nextChangeMs = times.peekTime();
    return this.changes[index];
  }

  /** Apply a change at `t`; the pending arrival is redrawn. */
  apply(change: TrafficChange, t: number): void {
    this.gen.apply(change, t);
    this.drawAfter(t);
  }
}
