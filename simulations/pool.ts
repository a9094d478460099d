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
 * SnapStart, and environments that serve several requests at once.
 *
 * Where the next compute models go (issue 19): the environment's capacity (one request now: an
 * environment is idle or busy; with more, `busy` would count requests, an environment would stay
 * in the idle deque while it has a free slot, and `acquire` would prefer one already running),
 * its start-up cost (the `startup` sampler: Lambda's INIT now, a few ms for an isolate), and how
 * it is billed (billing.ts reads a pool's invocations now; per-instance time would read `live`).
 *
 * Everything is struct-of-arrays over environment slots with a free list, so the hot path
 * allocates nothing; `acquire` and `release` are small so V8 inlines them into the engine.
 */
import { K_PROV_READY, K_RECLAIM, type EventQueue } from './events';
import type { TokenBucket } from './gateway';
import type { EventLog } from './observe';
import { COLD_START_P99_TO_MEAN, coldStartMeanMs, LIMITS } from './facts';
import type { DistributionSpec, Sampler } from './random';
import type { Scenario } from './schema';
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

const DOUBLES = new Set(['idleTimeoutMs', 'initMs']);

/**
 * How a Lambda function's memory scales its handler's time: CPU-bound work is given at 1,769 MB
 * (1 vCPU) and CPU share is proportional to memory, up to 6 vCPUs; other work is as given.
 */
export function cpuTimeScale(s: Scenario): number {
  const f = s.function;
  const vcpus = Math.min(LIMITS.maxVcpus.value, f.memoryMB / LIMITS.memoryPerVcpuMB.value);
  return f.cpuBound ? 1 / vcpus : 1;
}

/** A Lambda function's cold start (INIT): the scenario's override, else its runtime's profile for its architecture and memory. */
export function lambdaColdStart(s: Scenario): DistributionSpec {
  const f = s.function;
  if (f.coldStartMs) return f.coldStartMs as DistributionSpec;
  const mean = coldStartMeanMs(f.runtime, f.architecture, f.memoryMB);
  return { distribution: 'lognormal', mean, p99: mean * COLD_START_P99_TO_MEAN.value };
}

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
    const e = this.allocEnv(t, false);
    const initMs = this.startup.draw();
    this.initEnd[e] = t + initMs;
    // Those done with INIT leave the list when it is counted (each second, in a run that keeps a series), or here.
    if (this.initList.length >= 256) this.countInitializing(t);
    this.initList.push(e);
    this.coldStarts++;
    this.initMs = initMs;
    if (this.log) this.log.add(t, 'coldStart', { envId: this.uid[e], ms: initMs });
    this.occupy(e);
    return e + STARTED;
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
        const e = this.allocEnv(t, true);
        if (atStart) {
          // Initialized ahead of the run: ready at t = 0.
          this.state[e] = ENV_IDLE;
          this.initEnd[e] = t;
          this.idle++;
          this.pushProvIdle(e);
        } else {
          const initMs = this.startup.draw();
          this.state[e] = ENV_PROV_INIT;
          this.initEnd[e] = t + initMs;
          this.initList.push(e);
          this.queue.schedule(t + initMs, K_PROV_READY, e);
        }
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

  /** Provisioned environment `e` finished initializing at `t`. */
  onProvisionedReady(t: number, e: number): void {
    if (this.state[e] !== ENV_PROV_INIT) return;
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
