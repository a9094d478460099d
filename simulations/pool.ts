/**
 * A function's execution environments: Lambda's model of one function, used twice by the engine,
 * for the API function and for the SQS queue's consumer.
 *
 * Modelled: an environment serves one invocation at a time; a request takes a provisioned
 * environment first, else the most recently used idle one, else starts a new one (a cold start,
 * its INIT drawn from the runtime's profile), if the function's concurrency and (optionally) its
 * scaling rate allow; idle on-demand environments are reclaimed at the idle timeout, either by a
 * timer event at that very moment (the API function, whose counts are drawn every second) or
 * lazily, when the function next needs one (the consumer, whose environments are only counted);
 * provisioned environments are initialized ahead, never reclaimed, and retire when the target is
 * lowered (at once if idle, when they finish otherwise).
 * Left out: placement across Availability Zones, the ~1% of environments Lambda recycles early,
 * and SnapStart.
 *
 * The other compute models (issue 19) are settings of this same pool (`setPlatform`), on a path of
 * their own (`multi`) so that on-demand Lambda's stays as it was, bit for bit:
 * - capacity: an instance takes up to `perInstance` requests at once. `busy` counts requests (the
 *   function's concurrency), `inUse[e]` an instance's; an instance is idle when it holds none. A
 *   request takes an instance already serving with a free slot first (the stack of such
 *   instances, the most recently pushed on top: packing keeps the others empty so they are
 *   reclaimed), then the most recently used idle one, then starts one;
 * - start-up: the `startup` sampler is the platform's (a container's start on Cloud Run, an
 *   isolate's few ms on Workers) and, with `startOnRequest`, runs on the request path as a cold
 *   start does; Lambda Managed Instances start none for a request (`startOnRequest` false: a
 *   request that finds every slot taken is refused), and `launch` adds capacity ahead, off the
 *   request path, when core.ts's per-second scaler asks;
 * - billing: each busy stretch of an instance (from its first request in flight to its last
 *   finishing, start-up included) is added to `busyBilledMs`, rounded up to `billIncrementMs`
 *   (Cloud Run bills this way); time alive is core.ts's `live` integral (Managed Instances).
 *
 * Everything is struct-of-arrays over environment slots with a free list, so the hot path
 * allocates nothing; `acquire` and `release` are small so V8 inlines them into the engine.
 */
import { K_PROV_READY, K_RECLAIM, type EventQueue } from './events';
import type { TokenBucket } from './gateway';
import type { EventLog } from './observe';
import type { Sampler } from './random';
import type { EnvironmentView } from './types';
import { growF64, growFreeList, growI32, growU8, settleNumberFields } from './typed';

const ENV_FREE = 0;
const ENV_BUSY = 1;
const ENV_IDLE = 2;
/** A provisioned environment initializing with no request (a target raised mid-run). */
const ENV_PROV_INIT = 3;

/** `acquire` refused: the function's concurrency is all in use. */
export const REFUSED_LIMIT = -1;
/** `acquire` refused: no new environment may start yet (the scaling rate). */
export const REFUSED_SCALING = -2;
/** Added to `acquire`'s slot when the environment had to start (a cold start). Above any slot (environments are event indexes, < 2^27). */
export const STARTED = 1 << 28;

const DOUBLES = new Set(['idleTimeoutMs', 'initMs', 'busyBilledMs']);

/** The environments of one function (see the module comment). */
export class FunctionPool {
  // Per environment (slot-indexed).
  state = new Uint8Array(0);
  uid = new Int32Array(0);
  /** Busy: since it took its request; idle: since it went idle; initializing: since it started. */
  since = new Float64Array(0);
  initEnd = new Float64Array(0);
  served = new Float64Array(0);
  prov = new Uint8Array(0);
  /** Requests an instance holds (the multi-request path only). */
  inUse = new Int32Array(0);
  /** When an instance's current busy stretch began (the multi-request path only). */
  private busyStart = new Float64Array(0);
  /** Where an instance sits in `partial`, or −1. */
  private partialPos = new Int32Array(0);
  capacity = 0;
  private free = new Int32Array(0);
  private freeN = 0;
  /** Slots below this may be in use (views scan up to it). */
  highWater = 0;
  private nextUid = 1;
  /** Idle on-demand environments, a deque ordered by idle-since: MRU on top, LRU at the bottom. */
  private idleRing = new Int32Array(64);
  private idleHead = 0;
  idleN = 0;
  private provIdle = new Int32Array(64);
  private provIdleN = 0;
  /** Environments that started INIT and may still be in it (pruned when counted). */
  private initList: number[] = [];
  /** Instances serving at least one request with a slot free, a stack (the multi-request path). */
  private partial = new Int32Array(64);
  private partialN = 0;

  // Counts.
  live = 0;
  busy = 0;
  idle = 0;
  provLive = 0;
  provTarget = 0;
  /** Provisioned environments to retire when they finish (the target was lowered while they worked). */
  private provRetire = 0;
  reclaimed = 0;
  coldStarts = 0;
  peakLive = 0;
  /** The highest `busy` before the current second (see `peakBusy()`). */
  private peakBusyBefore = 0;
  /** The highest `busy` since the last `startSecond`. */
  secPeakBusy = 0;

  // Settings.
  /** How many invocations may run at once (the API function: the account's limit less the consumer's batches). */
  limit = 0;
  idleTimeoutMs = 0;
  /** Start-up cost of a new environment (INIT); the owner sets it before the first `acquire`. */
  declare startup: Sampler;
  /** Scaling-rate bucket: one token per new environment. Null: no such limit. */
  private declare readonly scaling: TokenBucket | null;
  scalingLimited = false;
  /** Reclaim idle environments by timer events (true) or when next needed (false). */
  private readonly timedReclaim: boolean = true;
  private reclaimPending = false;
  private reclaimGen = 0;

  // The compute model (setPlatform); on-demand Lambda's values by default.
  /** Another platform than on-demand Lambda: acquire and release take the multi-request path. */
  multi = false;
  /** Requests one instance takes at once. */
  perInstance = 1;
  /** A request that finds no free slot starts an instance (false: it is refused, REFUSED_SCALING). */
  startOnRequest = true;
  /** Billable busy time of instances whose busy stretch has ended, each rounded up to `billIncrementMs`. */
  busyBilledMs = 0;
  billIncrementMs = 1;

  /** INIT of the last `acquire` that started an environment. Read right after it (a field, not a return value: V8 boxes a returned double when it does not inline). */
  initMs = 0;

  /** Where notable moments go (cold starts, reclaims…): the API function in an observed run; null otherwise. */
  private declare readonly log: EventLog | null;

  private declare readonly queue: EventQueue;

  // Object fields are `declare`d and set here first: a field declared bare starts out undefined,
  // and V8 then stops tracking which class it holds (every use checks it again).
  constructor(queue: EventQueue, startup: Sampler, opts: { timedReclaim: boolean; scaling: TokenBucket | null; log: EventLog | null }) {
    this.queue = queue;
    this.startup = startup;
    this.timedReclaim = opts.timedReclaim;
    this.scaling = opts.scaling;
    this.log = opts.log;
    this.grow(64);
    settleNumberFields(this, (k) => DOUBLES.has(k));
  }

  /**
   * An environment for an invocation now (the queue's clock), busy from now: its slot, or its slot
   * + STARTED when it had to start (a cold start: read its INIT from `initMs`), or REFUSED_LIMIT /
   * REFUSED_SCALING. (An int, and no argument: this runs for every request, and when V8 does not
   * inline it a double passed or returned would be boxed.)
   */
  acquire(): number {
    // The limit caps invocations in progress, warm or cold: after it is lowered mid-run, idle
    // environments beyond it do not let more through.
    if (this.busy >= this.limit) return REFUSED_LIMIT;
    if (this.multi) return this.acquireMulti();
    // The common case here; the rest in acquireOther. On-demand environments take the spill-over
    // from provisioned ones, the most recently used idle one first, so surplus ones stay idle and get reclaimed.
    if (this.idleN === 0 || this.provIdleN > 0 || !this.timedReclaim) return this.acquireOther();
    const e = this.popIdleTop();
    this.idle--;
    this.occupy(e);
    return e;
  }

  /** A provisioned environment; else a lazily reclaimed pool's newest idle one if still within the idle timeout; else a new one (a cold start), or REFUSED_SCALING. */
  private acquireOther(): number {
    const t = this.queue.nowMs;
    if (this.provIdleN > 0) {
      // Provisioned environments serve first.
      const e = this.provIdle[--this.provIdleN];
      this.idle--;
      this.occupy(e);
      return e;
    }
    if (this.idleN > 0 && this.timedReclaim) {
      const e = this.popIdleTop();
      this.idle--;
      this.occupy(e);
      return e;
    }
    if (this.idleN > 0) {
      if (this.topIdleSince() + this.idleTimeoutMs > t) {
        const e = this.popIdleTop();
        this.idle--;
        this.occupy(e);
        return e;
      }
      // The newest idle one is past the timeout, so all of them are (they are older): reclaimed now.
      while (this.idleN > 0) this.reclaimBottom();
    }
    if (this.scaling !== null && this.scalingLimited && !this.scaling.take(t)) return REFUSED_SCALING;
    const e = this.coldStart(t);
    this.occupy(e);
    return e + STARTED;
  }

  /** A new environment at `t` for the request at hand (a cold start): its INIT drawn, counted and logged. Returns its slot. */
  private coldStart(t: number): number {
    const e = this.allocEnv(t, false);
    const initMs = this.startup.draw();
    this.initEnd[e] = t + initMs;
    // Those done with INIT leave the list when it is counted (each second, in a run that keeps a series), or here.
    if (this.initList.length >= 256) this.countInitializing(t);
    this.initList.push(e);
    this.coldStarts++;
    this.initMs = initMs;
    if (this.log) this.log.add(t, 'coldStart', { envId: this.uid[e], ms: initMs });
    return e;
  }

  /**
   * The multi-request path's `acquire` (see the module comment): an instance already serving with
   * a free slot, else the most recently used idle one, else a new one if the platform starts one
   * for a request.
   */
  private acquireMulti(): number {
    const t = this.queue.nowMs;
    let e: number;
    let started = 0;
    if (this.partialN > 0) {
      e = this.partial[this.partialN - 1];
      if (++this.inUse[e] === this.perInstance) this.removePartial(e);
    } else if (this.idleN > 0) {
      e = this.popIdleTop();
      this.idle--;
      this.takeEmpty(e, t);
    } else {
      if (!this.startOnRequest) return REFUSED_SCALING;
      e = this.coldStart(t);
      this.takeEmpty(e, t);
      started = STARTED;
    }
    if (++this.busy > this.secPeakBusy) this.secPeakBusy = this.busy;
    return e + started;
  }

  /** An empty instance takes its first request at `t`: a busy stretch begins. */
  private takeEmpty(e: number, t: number): void {
    this.state[e] = ENV_BUSY;
    this.since[e] = t;
    this.busyStart[e] = t;
    this.inUse[e] = 1;
    if (this.perInstance > 1) this.pushPartial(e);
  }

  /** The multi-request path's `release`: a slot frees; an instance left with none goes idle, its busy stretch billed. */
  private releaseMulti(e: number): void {
    const n = --this.inUse[e];
    if (n > 0) {
      // It was full: it has a free slot again.
      if (n === this.perInstance - 1) this.pushPartial(e);
      return;
    }
    if (this.perInstance > 1) this.removePartial(e);
    const t = this.queue.nowMs;
    this.busyBilledMs += this.billedStretchMs(t - this.busyStart[e]);
    this.since[e] = t;
    this.state[e] = ENV_IDLE;
    this.idle++;
    this.pushIdle(e);
    if (this.timedReclaim && !this.reclaimPending) this.armReclaim();
  }

  /** A busy stretch as billed: rounded up to the billing increment (a hair of float error is not a whole increment). */
  private billedStretchMs(ms: number): number {
    const inc = this.billIncrementMs;
    return Math.ceil(ms / inc - 1e-9) * inc;
  }

  /** Billable time of the busy stretches still open at `now`, each rounded as it would be if it ended now. */
  openBusyBilledMs(now: number): number {
    let ms = 0;
    for (let e = 0; e < this.highWater; e++) if (this.state[e] === ENV_BUSY && this.inUse[e] > 0) ms += this.billedStretchMs(now - this.busyStart[e]);
    return ms;
  }

  /** Instances serving at least one request (on-demand Lambda: environments busy, INIT included). */
  busyInstances(): number {
    if (!this.multi) return this.busy;
    let n = 0;
    for (let e = 0; e < this.highWater; e++) if (this.state[e] === ENV_BUSY) n++;
    return n;
  }

  /**
   * Set the compute model: requests per instance, whether a request may start an instance, and
   * the billing increment of busy stretches. Before the first request (the platform is fixed for
   * a run; `reset` makes a new pool).
   */
  setPlatform(opts: { multi: boolean; perInstance: number; startOnRequest: boolean; billIncrementMs: number }): void {
    this.multi = opts.multi;
    this.perInstance = opts.perInstance;
    this.startOnRequest = opts.startOnRequest;
    this.billIncrementMs = opts.billIncrementMs;
  }

  /** Add `n` instances ahead of demand at `t` (Managed Instances' scaler), ready after the start-up time, or at once `atStart`. */
  launch(n: number, t: number, atStart: boolean): void {
    for (let i = 0; i < n; i++) {
      const e = this.allocEnv(t, false);
      this.inUse[e] = 0;
      const initMs = this.startAhead(e, t, atStart, false);
      if (!atStart && this.log) this.log.add(t, 'scaleUp', { envId: this.uid[e], ms: initMs });
    }
  }

  /** Retire the longest-idle instances idle for `idleMs` or more at `t`, keeping at least `keep` alive (Managed Instances' scale-in). */
  retireIdle(t: number, keep: number, idleMs: number): void {
    while (this.idleN > 0 && this.live > keep) {
      const e = this.idleRing[this.idleHead];
      if (this.since[e] + idleMs > t) break;
      if (this.log) this.log.add(t, 'reclaimed', { envId: this.uid[e], ms: t - this.since[e] });
      this.reclaimBottom();
    }
  }

  private pushPartial(e: number): void {
    if (this.partialN === this.partial.length) this.partial = growI32(this.partial, this.partial.length * 2);
    this.partialPos[e] = this.partialN;
    this.partial[this.partialN++] = e;
  }

  private removePartial(e: number): void {
    const i = this.partialPos[e];
    const last = this.partial[--this.partialN];
    this.partial[i] = last;
    this.partialPos[last] = i;
    this.partialPos[e] = -1;
  }

  private occupy(e: number): void {
    this.state[e] = ENV_BUSY;
    this.since[e] = this.queue.nowMs;
    if (++this.busy > this.secPeakBusy) this.secPeakBusy = this.busy;
  }

  /** Environment `e` finished its invocation now: idle (or retired, for a provisioned one over the target). */
  release(e: number): void {
    this.busy--;
    this.served[e] += 1;
    if (this.multi) {
      this.releaseMulti(e);
      return;
    }
    this.since[e] = this.queue.nowMs;
    if (this.prov[e]) {
      this.releaseProvisioned(e);
      return;
    }
    this.state[e] = ENV_IDLE;
    this.idle++;
    this.pushIdle(e);
    if (this.timedReclaim && !this.reclaimPending) this.armReclaim();
  }

  private releaseProvisioned(e: number): void {
    if (this.provRetire > 0) {
      this.provRetire--;
      this.destroyEnv(e);
    } else {
      this.state[e] = ENV_IDLE;
      this.idle++;
      this.pushProvIdle(e);
    }
  }

  /** A new idle timeout: the pending reclaim timer is replaced by one at the new deadline. */
  setIdleTimeout(ms: number): void {
    if (ms === this.idleTimeoutMs) return;
    this.idleTimeoutMs = ms;
    if (!this.timedReclaim) return;
    this.reclaimGen++;
    this.reclaimPending = false;
    this.armReclaim();
  }

  /** Start a second's accounting: its peak starts at the invocations running now. */
  startSecond(): void {
    if (this.secPeakBusy > this.peakBusyBefore) this.peakBusyBefore = this.secPeakBusy;
    this.secPeakBusy = this.busy;
  }

  /** The most invocations in progress at once so far (the function's peak concurrency). */
  peakBusy(): number {
    return this.secPeakBusy > this.peakBusyBefore ? this.secPeakBusy : this.peakBusyBefore;
  }

  // ---------------------------------------------------------------- reclaim

  private armReclaim(): void {
    if (this.idleN === 0) return;
    const bottom = this.idleRing[this.idleHead];
    this.reclaimPending = true;
    this.queue.schedule(this.since[bottom] + this.idleTimeoutMs, K_RECLAIM, this.reclaimGen);
  }

  /** A reclaim timer fired at `t` (a stale one, from before an idle-timeout change, does nothing). */
  onReclaimTimer(t: number, gen: number): void {
    if (gen !== this.reclaimGen) return;
    this.reclaimPending = false;
    // Idle-since grows from bottom to top, so the due environments are a prefix from the bottom.
    while (this.idleN > 0) {
      const e = this.idleRing[this.idleHead];
      if (this.since[e] + this.idleTimeoutMs > t) break;
      if (this.log) this.log.add(t, 'reclaimed', { envId: this.uid[e], ms: t - this.since[e] });
      this.reclaimBottom();
    }
    if (this.log && this.live === 0) this.log.scaledToZero(t);
    this.armReclaim();
  }

  /** Reclaim the longest-idle environment. */
  private reclaimBottom(): void {
    const e = this.idleRing[this.idleHead];
    this.idleHead++;
    if (this.idleHead === this.idleRing.length) this.idleHead = 0;
    this.idleN--;
    this.idle--;
    this.reclaimed++;
    this.destroyEnv(e);
  }

  /** Idle environments already past the idle timeout at `now` (lazily reclaimed ones not yet dropped). */
  expiredIdle(now: number): number {
    let k = 0;
    const cap = this.idleRing.length;
    while (k < this.idleN) {
      let i = this.idleHead + k;
      if (i >= cap) i -= cap;
      if (this.since[this.idleRing[i]] + this.idleTimeoutMs > now) break;
      k++;
    }
    return k;
  }

  // ---------------------------------------------------------------- provisioned concurrency

  /** Move the provisioned target to `target` at `t`: new environments initialize (ready at once `atStart`), surplus ones retire. */
  setProvisioned(target: number, atStart: boolean, t: number): void {
    const current = this.provTarget;
    this.provTarget = target;
    if (target > current) {
      let add = target - current;
      // Cancel pending retirements first.
      const cancel = Math.min(add, this.provRetire);
      this.provRetire -= cancel;
      add -= cancel;
      for (let i = 0; i < add; i++) {
        // Initialized ahead of the run (ready at t = 0), or from now.
        this.startAhead(this.allocEnv(t, true), t, atStart, true);
      }
    } else if (target < current) {
      let remove = current - target;
      while (remove > 0 && this.provIdleN > 0) {
        const e = this.provIdle[--this.provIdleN];
        this.idle--;
        this.destroyEnv(e);
        remove--;
      }
      // Busy or initializing ones retire when they finish.
      this.provRetire += remove;
    }
  }

  /**
   * Environment `e`, just allocated at `t`, started ahead of demand (provisioned, or launched by
   * Managed Instances' scaler): ready at once `atStart`, else initializing until its ready event.
   * Returns its INIT (0 when ready at once).
   */
  private startAhead(e: number, t: number, atStart: boolean, provisioned: boolean): number {
    if (atStart) {
      this.state[e] = ENV_IDLE;
      this.initEnd[e] = t;
      this.idle++;
      if (provisioned) this.pushProvIdle(e);
      else this.pushIdle(e);
      return 0;
    }
    const initMs = this.startup.draw();
    this.state[e] = ENV_PROV_INIT;
    this.initEnd[e] = t + initMs;
    this.initList.push(e);
    this.queue.schedule(t + initMs, K_PROV_READY, e);
    return initMs;
  }

  /** Provisioned environment `e` finished initializing at `t`. */
  onProvisionedReady(t: number, e: number): void {
    if (this.state[e] !== ENV_PROV_INIT) return;
    if (!this.prov[e]) {
      // An instance launched ahead of demand (Managed Instances) is ready: idle, most recently used.
      this.state[e] = ENV_IDLE;
      this.since[e] = t;
      this.idle++;
      this.pushIdle(e);
      return;
    }
    if (this.provRetire > 0) {
      this.provRetire--;
      this.destroyEnv(e);
      return;
    }
    this.state[e] = ENV_IDLE;
    this.since[e] = t;
    this.idle++;
    this.pushProvIdle(e);
    if (this.log) this.log.add(t, 'provisionedReady', { envId: this.uid[e] });
  }

  // ---------------------------------------------------------------- views

  /** Environments in INIT at `t` (with a request or, provisioned, without); prunes the list of those done. */
  countInitializing(t: number): number {
    const list = this.initList;
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (this.state[e] !== ENV_FREE && this.initEnd[e] > t) list[n++] = e;
    }
    if (n !== list.length) list.length = n;
    return n;
  }

  /** Every live environment as the UI draws it (at most `max` listed; the counts cover all). */
  describe(now: number, max: number): { environments: EnvironmentView[]; truncated: boolean; initializing: number; busyReady: number } {
    const environments: EnvironmentView[] = [];
    let truncated = false;
    let initializing = 0;
    let busyReady = 0;
    for (let e = 0; e < this.highWater; e++) {
      const st = this.state[e];
      if (st === ENV_FREE) continue;
      const init = st === ENV_PROV_INIT || (st === ENV_BUSY && this.initEnd[e] > now);
      if (init) initializing++;
      else if (st === ENV_BUSY) busyReady++;
      if (environments.length >= max) {
        truncated = true;
        continue;
      }
      environments.push({
        id: this.uid[e],
        state: init ? 'initializing' : st === ENV_BUSY ? 'busy' : 'idle',
        sinceMs: this.since[e],
        requestsServed: this.served[e],
        memoryCounter: this.served[e],
        provisioned: this.prov[e] === 1,
        requests: this.multi ? (st === ENV_BUSY ? this.inUse[e] : 0) : st === ENV_BUSY ? 1 : 0,
        capacity: this.perInstance,
      });
    }
    return { environments, truncated, initializing, busyReady };
  }

  // ---------------------------------------------------------------- slots

  private allocEnv(t: number, provisioned: boolean): number {
    if (this.freeN === 0) this.grow(this.capacity * 2);
    const e = this.free[--this.freeN];
    if (e + 1 > this.highWater) this.highWater = e + 1;
    this.uid[e] = this.nextUid++;
    this.since[e] = t;
    this.served[e] = 0;
    this.prov[e] = provisioned ? 1 : 0;
    this.live++;
    if (this.live > this.peakLive) this.peakLive = this.live;
    if (provisioned) this.provLive++;
    if (this.log) this.log.milestone(t, this.live);
    return e;
  }

  private destroyEnv(e: number): void {
    this.state[e] = ENV_FREE;
    if (this.prov[e]) this.provLive--;
    this.live--;
    this.free[this.freeN++] = e;
  }

  private grow(n: number): void {
    const old = this.capacity;
    this.state = growU8(this.state, n);
    this.uid = growI32(this.uid, n);
    this.since = growF64(this.since, n);
    this.initEnd = growF64(this.initEnd, n);
    this.served = growF64(this.served, n);
    this.prov = growU8(this.prov, n);
    this.inUse = growI32(this.inUse, n);
    this.busyStart = growF64(this.busyStart, n);
    this.partialPos = growI32(this.partialPos, n);
    this.free = growFreeList(this.free, this.freeN, old, n);
    this.freeN += n - old;
    this.capacity = n;
  }

  private pushIdle(e: number): void {
    if (this.idleN === this.idleRing.length) this.growIdle();
    let i = this.idleHead + this.idleN;
    if (i >= this.idleRing.length) i -= this.idleRing.length;
    this.idleRing[i] = e;
    this.idleN++;
  }

  private growIdle(): void {
    const cap = this.idleRing.length;
    const b = new Int32Array(cap * 2);
    for (let k = 0; k < this.idleN; k++) b[k] = this.idleRing[(this.idleHead + k) % cap];
    this.idleRing = b;
    this.idleHead = 0;
  }

  private topIdleSince(): number {
    let i = this.idleHead + this.idleN - 1;
    if (i >= this.idleRing.length) i -= this.idleRing.length;
    return this.since[this.idleRing[i]];
  }

  private popIdleTop(): number {
    this.idleN--;
    let i = this.idleHead + this.idleN;
    if (i >= this.idleRing.length) i -= this.idleRing.length;
    return this.idleRing[i];
  }

  private pushProvIdle(e: number): void {
    if (this.provIdleN === this.provIdle.length) this.provIdle = growI32(this.provIdle, this.provIdle.length * 2);
    this.provIdle[this.provIdleN++] = e;
  }
}
