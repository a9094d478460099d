/**
 * The discrete-event core. Requests live in struct-of-arrays pools and events are ints in typed
 * arrays, so the hot path allocates nothing per request. Four event sources are merged by
 * (time, seq): the single pending arrival, a FIFO of invocations (arrival + constant gateway
 * delay, so already in order), the heap (function completions, ticks, timers), and a FIFO of
 * responses (completion + constant gateway delay).
 */
import { COLD_START_P99_TO_MEAN, coldStartMeanMs, DB_LATENCY_P99_TO_MEAN, LIMITS, PRICES } from './facts';
import { EventFifo, EventHeap } from './heap';
import { Histogram } from './histogram';
import { costFromUsage, emptyUsage, MB_MS_PER_GB_SECOND, provisionedBilledMs, snsBilledPublishes, sqsBilledRequests, type CostBreakdown, type Usage } from './pricing';
import { createStream, Sampler, type DistributionSpec, type RandomStream } from './random';
import type { Scenario, TrafficChange } from './schema';
import { ServerFleet } from './server';
import { ArrivalGenerator } from './traffic';
import { CLIENT_STATUS } from './types';
import type {
  AsyncView,
  EngineEvent,
  EnvironmentView,
  InFlightView,
  LatencySummary,
  RequestTrace,
  RunSummary,
  Snapshot,
  ThrottleCause,
} from './types';

/** Per-second series columns, in order. */
export const SERIES_COLUMNS = [
  'timeSeconds',
  'targetRps',
  'arrivals',
  'completed',
  'throttledGateway',
  'throttledConcurrency',
  'throttledScalingRate',
  'throttledDatabase',
  'throttledTimeout',
  'throttledGatewayTimeout',
  'coldStarts',
  'live',
  'busy',
  'idle',
  'initializing',
  'meanConcurrency',
  'peakConcurrency',
  'latencyP50Ms',
  'latencyP95Ms',
  'latencyP99Ms',
  'queueDepth',
  'costGatewayUsd',
  'costFunctionRequestsUsd',
  'costFunctionComputeUsd',
  'costProvisionedUsd',
  'costDatabaseUsd',
  'costOtherUsd',
  'costTotalUsd',
  'serverInstances',
  'serverCostUsd',
] as const;

/** A per-second row, keyed by column. */
export type SeriesRow = Record<(typeof SERIES_COLUMNS)[number], number>;

/** How the engine is observed; the CLI and benchmarks turn the UI extras off. */
export interface EngineOptions {
  /** Keep traces, in-flight samples, recent throttles and the event log (for the UI). Default true. */
  observe?: boolean;
  /** Trace every n-th request (manual requests always). Default 1. */
  traceEvery?: number;
  /** How many recent traces to keep. Default 50. */
  traceCapacity?: number;
  /** Per-second rows kept for `series()`. Default 3600. A headless run (observe off) with none and no `onSecond` also skips the recent-latency window. */
  seriesCapacity?: number;
  /** Events kept in the log. Default 200. */
  eventCapacity?: number;
  /** Called once per simulated second with the row (a reused array in SERIES_COLUMNS order). */
  onSecond?: (row: Float64Array) => void;
  /** Max in-flight requests returned by `snapshot().inFlight`. Default 300. */
  inFlightSample?: number;
  /** Max environments listed in `snapshot().environments` (counts always cover all). Default 2000. */
  environmentViews?: number;
}

const CAUSES: ThrottleCause[] = ['gateway', 'concurrency', 'scalingRate', 'database', 'timeout', 'gatewayTimeout'];
const C_GATEWAY = 0;
const C_CONCURRENCY = 1;
const C_SCALING = 2;
const C_DATABASE = 3;
const C_TIMEOUT = 4;
const C_GATEWAY_TIMEOUT = 5;

// Heap payload = (index << 3) | kind.
const K_DONE = 0;
const K_TICK = 1;
const K_RECLAIM = 2;
const K_TRAFFIC = 3;
const K_BATCH = 4;
const K_PROV_READY = 5;
const K_GATEWAY_TIMEOUT = 6;

const ENV_FREE = 0;
const ENV_BUSY = 1;
const ENV_IDLE = 2;
const ENV_PROV_INIT = 3;

const RF_COLD = 1;
const RF_TRACED = 2;
const RF_DB_THROTTLED = 4;
const RF_INVOKED = 8;
const RF_MANUAL = 16;
const RF_PROV_ENV = 32;
/** Drawn in a snapshot's in-flight sample: a reader may pick it, so its trace is kept a while. */
const RF_SHOWN = 64;
/** Handler + database ran past the function's timeout: cut there, billed to it, the client gets 502. */
const RF_FN_TIMEOUT = 128;
/** The function outlasted the gateway's integration timeout: the client got 504 while it ran on. */
const RF_GW_TIMEOUT = 256;
/** How many finished, drawn requests are kept for a late `watchTrace` (a few frames' worth). */
const SHOWN_CAPACITY = 1024;

/** A bounded list that overwrites its oldest item when full: the UI's recent traces and events. */
class Ring<T> {
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

// Constants read on the hot path, copied out of the facts once (a property chain, or a getter
// when a bundler wraps the module, per request is measurable).
const INIT_BILLED_CAP_MS = LIMITS.initBilledCapMs.value;
const DB_BURST_SECONDS = LIMITS.dynamoBurstSeconds.value;
const SCALING_ENVS = LIMITS.scalingRateEnvironments.value;

/** INIT as billed: rounded up to the ms, at most the cap (0 for a warm start). */
function billedInitMs(initMs: number): number {
  return initMs > 0 ? Math.ceil(initMs < INIT_BILLED_CAP_MS ? initMs : INIT_BILLED_CAP_MS) : 0;
}
const SCALING_RATE_PER_MS = LIMITS.scalingRateEnvironments.value / LIMITS.scalingRateWindowMs.value;

/** Engine fields that hold times or amounts (see settleNumberFields). */
const DOUBLE_FIELDS = new Set(['nowMs', 'nextTickMs', 'targetMs', 'nextTrafficMs', 'nextArrivalMs', 'gatewayInMs', 'gatewayOutMs', 'idleTimeoutMs', 'fnTimeoutMs', 'gwTimeoutMs', 'cpuScale', 'readUnitsPerRequest', 'writeUnitsPerRequest', 's3Ms', 'gwRatePerMs', 'gwBurst', 'asyncShare', 'gwTokens', 'gwLastMs', 'scTokens', 'scLastMs', 'rcuTokens', 'wcuTokens', 'dbLastMs', 'lastIntegralMs', 'areaBusy', 'areaLive', 'provPeriodStartMs', 'provClosedMbMs', 'secAreaBusyStart']);

const SCALE_MILESTONES = [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000];
const RECENT_SECONDS = 10;
/** Seconds without a waiting message before SQS pollers scale back (AWS: "when traffic is low"; the span is a model choice). */
const SQS_QUIET_TICKS = 60;
const MAX_ENV_VIEWS = 2000;

function growF64(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}
function growI32(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}
function growU8(a: Uint8Array, n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}

function growU16(a: Uint16Array, n: number): Uint16Array<ArrayBuffer> {
  const b = new Uint16Array(n);
  b.set(a);
  return b;
}

/**
 * V8 tracks, per field, whether it holds small integers or doubles and whether it was ever written
 * after construction; when either changes once the hot path is optimized, the optimized code is
 * thrown away (and every later engine in the process starts on a different map). This settles
 * each number field of `target` before anything runs: written once more, as a double where
 * `isDouble` says so (times, amounts), else as an integer.
 */
function settleNumberFields(target: object, isDouble: (key: string) => boolean): void {
  const fields = target as Record<string, unknown>;
  for (const k of Object.keys(fields)) {
    const v = fields[k];
    if (typeof v !== 'number') continue;
    fields[k] = isDouble(k) ? 0.5 : v + 1;
    fields[k] = v;
  }
}

/** An empty usage record settled as doubles: its counters take fractions and pass 2^30 mid-run. */
function doubleUsage(): Usage {
  const u = emptyUsage();
  settleNumberFields(u, () => true);
  return u;
}

function summarize(h: Histogram): LatencySummary {
  return { p50: h.quantile(0.5), p95: h.quantile(0.95), p99: h.quantile(0.99), mean: h.mean() };
}

/** The engine behind `createSimulation`; use the factory, not this class. */
export class Engine {
  readonly scenario: Scenario;
  // Number fields are initialized at declaration, so V8 types them (see random.ts's Sfc32Stream).
  private readonly observe: boolean = true;
  /** Keep the last seconds' latency (the UI and series rows read it; a bare headless run does not). */
  private readonly keepRecent: boolean = true;
  private readonly traceEvery: number = 1;
  private readonly seriesCapacity: number = 0;
  private readonly inFlightSample: number = 0;
  private readonly environmentViews: number = 0;
  private readonly onSecond?: (row: Float64Array) => void;

  // Streams: one per source so that one knob does not move another source's draws.
  private readonly arrivalsStream: RandomStream;
  private readonly durationsStream: RandomStream;
  private readonly coldStream: RandomStream;
  private readonly dbStream: RandomStream;
  /** Which requests hand work to the async path. */
  private readonly asyncStream: RandomStream;
  /** The queue consumer's handler times and cold starts: streams of their own, so a consumer setting moves no message. */
  private readonly consumerStream: RandomStream;
  private readonly consumerColdStream: RandomStream;

  private readonly gen: ArrivalGenerator;
  private readonly heap = new EventHeap(1024);
  private readonly invokeFifo = new EventFifo(256);
  private readonly respondFifo = new EventFifo(256);
  private seq = 0;
  nowMs = 0;
  /** The pending per-second tick, and the end of the advance in progress. */
  private nextTickMs = 1000;
  private targetMs = 0;
  /** Headless runs handle gateway arrivals in batches (see arrivalBatch). */
  private readonly batchArrivals: boolean = false;
  /** Earliest pending traffic change (Infinity if none), and all pending change times. */
  private nextTrafficMs = Infinity;
  /** Pending traffic changes by (time, seq), the order the main heap releases them in. */
  private readonly trafficTimes = new EventHeap(16);
  private lastArrivalId = 0;
  private nextArrivalMs = Infinity;
  private nextArrivalSeq = 0;
  private trafficChanges: TrafficChange[] = [];

  // Derived configuration (refreshed by applyConfig).
  private memoryMB = 0;
  private gatewayInMs = 0;
  private gatewayOutMs = 0;
  private idleTimeoutMs = 0;
  private fnTimeoutMs = 0;
  private gwTimeoutMs = 0;
  private concurrencyLimit = 0;
  /** The account's limit less the queue consumer's running batches: what the API function may use now. */
  private apiLimit = 0;
  private scalingLimited = true;
  private cpuScale = 1;
  private drawDuration!: Sampler;
  private drawColdStart!: Sampler;
  private drawDbLatency!: Sampler;
  private drawConsumer!: Sampler;
  private dbOps = 0;
  private readUnitsPerRequest = 0;
  private writeUnitsPerRequest = 0;
  private s3Ms = 0;
  private asyncEnabled = false;
  private gwRatePerMs = 0;
  private gwBurst = 0;
  private dbProvisioned = false;
  private s3Reads = 0;
  private s3Writes = 0;
  private asyncShare = 0;
  /** Billed requests per message (each 64 KB chunk of a payload is one request). */
  private sqsChunks = 1;
  private snsChunks = 1;
  private messageSizeKB = 1;
  /** SNS publishes made (usage.snsPublishes counts the billed requests: 64 KB chunks). */
  private snsPublished = 0;

  // Token buckets.
  private gwTokens = 0;
  private gwLastMs = 0;
  private scTokens = 0;
  private scLastMs = 0;
  private rcuTokens = 0;
  private wcuTokens = 0;
  private dbLastMs = 0;

  // Requests: struct of arrays, slot-indexed, free-listed.
  private rqCap = 0;
  private rqId = new Float64Array(0);
  private rqArrival = new Float64Array(0);
  private rqInvoke = new Float64Array(0);
  private rqInit = new Float64Array(0);
  private rqHandler = new Float64Array(0);
  private rqDb = new Float64Array(0);
  private rqDone = new Float64Array(0);
  private rqEnv = new Int32Array(0);
  private rqFlags = new Uint16Array(0);
  private rqPos = new Int32Array(0);
  private rqFree = new Int32Array(0);
  private rqFreeN = 0;
  private active = new Int32Array(0);
  private activeN = 0;

  // Environments: struct of arrays.
  private envCap = 0;
  private envState = new Uint8Array(0);
  private envUid = new Int32Array(0);
  private envSince = new Float64Array(0);
  private envInitEnd = new Float64Array(0);
  private envServed = new Float64Array(0);
  private envProv = new Uint8Array(0);
  private envFree = new Int32Array(0);
  private envFreeN = 0;
  private envHighWater = 0;
  private nextEnvUid = 1;
  /** On-demand idle environments, a deque ordered by idle-since: MRU on top, LRU at the bottom. */
  private idleRing = new Int32Array(64);
  private idleHead = 0;
  private idleN = 0;
  private provIdle = new Int32Array(64);
  private provIdleN = 0;
  private initList: number[] = [];

  // Counts.
  private live = 0;
  private busy = 0;
  private idle = 0;
  private provLive = 0;
  private provTarget = 0;
  private provRetire = 0;
  private reclaimed = 0;
  private reclaimPending = false;
  private reclaimGen = 0;
  arrivals = 0;
  completed = 0;
  private throttledBy = new Float64Array(CAUSES.length);
  private coldStarts = 0;
  private databaseCounter = 0;
  private nextRequestId = 1;
  private peakConcurrency = 0;
  private peakLive = 0;

  // Time integrals.
  private lastIntegralMs = 0;
  private areaBusy = 0;
  private areaLive = 0;

  // Usage.
  private readonly usage: Usage = doubleUsage();
  private provPeriodStartMs = 0;
  private provClosedMbMs = 0;

  // Latency.
  private readonly latency = new Histogram();
  private readonly recent: Histogram[] = [];
  private recentIdx = 0;
  private recentCur: Histogram;

  // Per-second accounting.
  private secArrivals = 0;
  private secCompleted = 0;
  private readonly secThrottled = new Float64Array(CAUSES.length);
  private secColdStarts = 0;
  private secPeakConcurrency = 0;
  private secAreaBusyStart = 0;
  private readonly row = new Float64Array(SERIES_COLUMNS.length);
  private readonly seriesCols: Float64Array[];
  private seriesHead = 0;
  private seriesN = 0;

  // Async path.
  private queueDepth = 0;
  private peakQueueDepth = 0;
  private consumersBusy = 0;
  /** The scenario's cap on concurrent batches. */
  private consumerConcurrency = 0;
  /** Batches Lambda's pollers allow right now: 5 at first, +5 a second while a backlog remains, back toward 5 after a quiet minute. */
  private pollers = 0;
  /** Consecutive ticks that found the queue empty. */
  private quietTicks = 0;
  private batchSize = 1;
  private asyncEnqueued = 0;
  private asyncProcessed = 0;
  /**
   * The consumer is a second function (same runtime, memory and idle timeout as the API's) with
   * environments of its own: the times its idle ones last finished a batch, oldest first. A
   * batch takes the newest; once the newest is past the idle timeout, all of them are (they are
   * older), so they are reclaimed together and the batch cold-starts.
   */
  private consumerIdle = new Float64Array(8);
  private consumerIdleN = 0;
  private consumerColdStarts = 0;
  private drawConsumerInit!: Sampler;

  private readonly fleet: ServerFleet;

  // Observation (UI only).
  private readonly traces: Ring<RequestTrace>;
  /** Finished requests that were drawn in a snapshot, kept for a late `watchTrace` (a few frames' worth). */
  private readonly shown = new Ring<RequestTrace>(SHOWN_CAPACITY);
  private watchId = -1;
  private watched: RequestTrace | null = null;
  private readonly events: Ring<EngineEvent>;
  private eventSeq = 0;
  private readonly throttleTimes = new Float64Array(100);
  private readonly throttleCauses = new Uint8Array(100);
  private throttleHead = 0;
  private throttleN = 0;
  private lastMilestone = 0;

  constructor(scenario: Scenario, options: EngineOptions = {}) {
    this.scenario = scenario;
    this.observe = options.observe ?? true;
    this.batchArrivals = !this.observe;
    this.traceEvery = Math.max(1, Math.floor(options.traceEvery ?? 1));
    this.traces = new Ring(Math.max(1, options.traceCapacity ?? 50));
    this.seriesCapacity = Math.max(0, Math.floor(options.seriesCapacity ?? 3600));
    this.events = new Ring(Math.max(1, options.eventCapacity ?? 200));
    this.inFlightSample = Math.max(0, options.inFlightSample ?? 300);
    this.environmentViews = Math.max(0, Math.floor(options.environmentViews ?? MAX_ENV_VIEWS));
    this.onSecond = options.onSecond;
    this.keepRecent = this.observe || this.seriesCapacity > 0 || this.onSecond !== undefined;
    this.seriesCols = SERIES_COLUMNS.map(() => new Float64Array(this.seriesCapacity));
    for (let i = 0; i < RECENT_SECONDS; i++) this.recent.push(new Histogram());
    this.recentCur = this.recent[0];

    const seed = scenario.seed;
    this.arrivalsStream = createStream(seed, 'arrivals');
    this.durationsStream = createStream(seed, 'durations');
    this.coldStream = createStream(seed, 'coldStarts');
    this.dbStream = createStream(seed, 'database');
    this.asyncStream = createStream(seed, 'async');
    this.consumerStream = createStream(seed, 'consumer');
    this.consumerColdStream = createStream(seed, 'consumerColdStarts');

    const { timeline, ...traffic } = scenario.traffic;
    this.gen = new ArrivalGenerator(traffic, this.arrivalsStream);
    this.fleet = new ServerFleet(scenario.server, traffic);

    this.growRequests(256);
    this.growEnvs(64);
    this.applyConfig(scenario);
    this.gwTokens = scenario.gateway.burst;
    this.scTokens = LIMITS.scalingRateEnvironments.value;
    this.rcuTokens = scenario.database.readCapacityUnits;
    this.wcuTokens = scenario.database.writeCapacityUnits;

    for (const change of timeline) {
      const { atSeconds, ...rest } = change;
      this.scheduleTraffic(atSeconds * 1000, rest);
    }
    this.setProvisioned(scenario.function.provisionedConcurrency, true);
    this.heap.push(1000, this.seq++, K_TICK);
    this.nextArrivalMs = this.gen.next(0);
    this.nextArrivalSeq = this.seq++;
    settleNumberFields(this, (k) => DOUBLE_FIELDS.has(k));
  }

  // ---------------------------------------------------------------- configuration

  /** Refresh the derived constants from a (validated) scenario. */
  applyConfig(s: Scenario): void {
    const f = s.function;
    this.memoryMB = f.memoryMB;
    this.gatewayInMs = s.gateway.latencyMs / 2;
    this.gatewayOutMs = s.gateway.latencyMs - this.gatewayInMs;
    this.idleTimeoutMs = f.idleTimeoutSeconds * 1000;
    this.fnTimeoutMs = f.timeoutSeconds * 1000;
    this.gwTimeoutMs = s.gateway.type === 'http' ? LIMITS.gatewayTimeoutHttpMs.value : LIMITS.gatewayTimeoutRestMs.value;
    this.concurrencyLimit = f.concurrencyLimit;
    this.apiLimit = this.concurrencyLimit - this.consumersBusy;
    this.scalingLimited = f.scalingRateLimit;
    // CPU-bound work is given at 1,769 MB (1 vCPU); CPU share is proportional to memory, ≤ 6 vCPUs.
    const vcpus = Math.min(LIMITS.maxVcpus.value, f.memoryMB / LIMITS.memoryPerVcpuMB.value);
    this.cpuScale = f.cpuBound ? 1 / vcpus : 1;
    this.drawDuration = new Sampler(f.durationMs as DistributionSpec, this.durationsStream);
    const coldMean = coldStartMeanMs(f.runtime, f.architecture, f.memoryMB);
    const coldSpec: DistributionSpec = (f.coldStartMs as DistributionSpec | undefined) ?? {
      distribution: 'lognormal',
      mean: coldMean,
      p99: coldMean * COLD_START_P99_TO_MEAN.value,
    };
    this.drawColdStart = new Sampler(coldSpec, this.coldStream);
    // The consumer's cold starts have their own stream, so turning the queue on moves no API cold start.
    this.drawConsumerInit = new Sampler(coldSpec, this.consumerColdStream);
    const db = s.database;
    this.dbOps = db.readsPerRequest + db.writesPerRequest;
    // "Single-digit milliseconds": lognormal with p99 at DB_LATENCY_P99_TO_MEAN × the mean (an assumption).
    this.drawDbLatency = new Sampler({ distribution: 'lognormal', mean: db.latencyMs, p99: db.latencyMs * DB_LATENCY_P99_TO_MEAN.value }, this.dbStream);
    const readUnit = Math.ceil(db.itemSizeKB / LIMITS.dynamoReadUnitKB.value) * (db.consistency === 'eventual' ? 0.5 : 1);
    const writeUnit = Math.ceil(db.itemSizeKB / LIMITS.dynamoWriteUnitKB.value);
    this.readUnitsPerRequest = db.readsPerRequest * readUnit;
    this.writeUnitsPerRequest = db.writesPerRequest * writeUnit;
    this.s3Ms = (s.s3.readsPerRequest + s.s3.writesPerRequest) * s.s3.latencyMs;
    this.s3Reads = s.s3.readsPerRequest;
    this.s3Writes = s.s3.writesPerRequest;
    this.dbProvisioned = db.mode === 'provisioned' && this.dbOps > 0;
    this.gwRatePerMs = s.gateway.rateLimitRps / 1000;
    this.gwBurst = s.gateway.burst;
    this.asyncEnabled = s.async.enabled && (s.async.sqs || s.async.sns) && s.async.share > 0;
    this.asyncShare = s.async.share;
    this.sqsChunks = sqsBilledRequests(s.async.messageSizeKB);
    this.snsChunks = snsBilledPublishes(s.async.messageSizeKB);
    this.messageSizeKB = s.async.messageSizeKB;
    this.batchSize = s.async.batchSize;
    this.consumerConcurrency = s.async.consumerConcurrency;
    this.pollers = Math.min(this.consumerConcurrency, Math.max(this.pollers, LIMITS.sqsPollersInitial.value));
    this.drawConsumer = new Sampler(s.async.consumerDurationMs as DistributionSpec, this.consumerStream);
  }

  /** Replace the scenario's live-changeable settings (validated by the caller). */
  reconfigure(next: Scenario): void {
    this.integrate(this.nowMs);
    const prev = this.scenario;
    if (next.function.memoryMB !== prev.function.memoryMB) this.closeProvisionedPeriod();
    const oldTimeout = this.idleTimeoutMs;
    (this as { scenario: Scenario }).scenario = next;
    this.applyConfig(next);
    if (this.idleTimeoutMs !== oldTimeout) {
      // Deadlines moved: invalidate the pending timer and arm a fresh one.
      this.reclaimGen++;
      this.reclaimPending = false;
      this.armReclaim();
    }
    if (next.gateway.burst < this.gwTokens) this.gwTokens = next.gateway.burst;
    if (next.function.provisionedConcurrency !== this.provTarget) this.setProvisioned(next.function.provisionedConcurrency, false);
    if (this.asyncEnabled) this.startConsumers(this.nowMs);
  }

  // ---------------------------------------------------------------- pools

  private growRequests(n: number): void {
    const old = this.rqCap;
    this.rqId = growF64(this.rqId, n);
    this.rqArrival = growF64(this.rqArrival, n);
    this.rqInvoke = growF64(this.rqInvoke, n);
    this.rqInit = growF64(this.rqInit, n);
    this.rqHandler = growF64(this.rqHandler, n);
    this.rqDb = growF64(this.rqDb, n);
    this.rqDone = growF64(this.rqDone, n);
    this.rqEnv = growI32(this.rqEnv, n);
    this.rqFlags = growU16(this.rqFlags, n);
    this.rqPos = growI32(this.rqPos, n);
    this.active = growI32(this.active, n);
    const free = new Int32Array(n);
    free.set(this.rqFree.subarray(0, this.rqFreeN));
    let k = this.rqFreeN;
    for (let i = n - 1; i >= old; i--) free[k++] = i;
    this.rqFree = free;
    this.rqFreeN = k;
    this.rqCap = n;
  }

  private allocRequest(): number {
    if (this.rqFreeN === 0) this.growRequests(this.rqCap * 2);
    const slot = this.rqFree[--this.rqFreeN];
    if (this.observe) {
      // The active list only feeds the UI's in-flight sample.
      this.rqPos[slot] = this.activeN;
      this.active[this.activeN++] = slot;
    }
    return slot;
  }

  private freeRequest(slot: number): void {
    if (this.observe) {
      const pos = this.rqPos[slot];
      const last = this.active[--this.activeN];
      this.active[pos] = last;
      this.rqPos[last] = pos;
    }
    this.rqFree[this.rqFreeN++] = slot;
  }

  private growEnvs(n: number): void {
    const old = this.envCap;
    this.envState = growU8(this.envState, n);
    this.envUid = growI32(this.envUid, n);
    this.envSince = growF64(this.envSince, n);
    this.envInitEnd = growF64(this.envInitEnd, n);
    this.envServed = growF64(this.envServed, n);
    this.envProv = growU8(this.envProv, n);
    const free = new Int32Array(n);
    free.set(this.envFree.subarray(0, this.envFreeN));
    let k = this.envFreeN;
    for (let i = n - 1; i >= old; i--) free[k++] = i;
    this.envFree = free;
    this.envFreeN = k;
    this.envCap = n;
  }

  private allocEnv(t: number, provisioned: boolean): number {
    if (this.envFreeN === 0) this.growEnvs(this.envCap * 2);
    const e = this.envFree[--this.envFreeN];
    if (e + 1 > this.envHighWater) this.envHighWater = e + 1;
    this.envUid[e] = this.nextEnvUid++;
    this.envSince[e] = t;
    this.envServed[e] = 0;
    this.envProv[e] = provisioned ? 1 : 0;
    this.live++;
    if (this.live > this.peakLive) this.peakLive = this.live;
    if (provisioned) this.provLive++;
    if (this.observe) this.checkMilestone(t);
    return e;
  }

  private destroyEnv(e: number): void {
    this.envState[e] = ENV_FREE;
    if (this.envProv[e]) this.provLive--;
    this.live--;
    this.envFree[this.envFreeN++] = e;
  }

  private pushIdle(e: number): void {
    if (this.idleN === this.idleRing.length) {
      const cap = this.idleRing.length;
      const b = new Int32Array(cap * 2);
      for (let k = 0; k < this.idleN; k++) b[k] = this.idleRing[(this.idleHead + k) % cap];
      this.idleRing = b;
      this.idleHead = 0;
    }
    let i = this.idleHead + this.idleN;
    if (i >= this.idleRing.length) i -= this.idleRing.length;
    this.idleRing[i] = e;
    this.idleN++;
  }

  private popIdleTop(): number {
    this.idleN--;
    let i = this.idleHead + this.idleN;
    if (i >= this.idleRing.length) i -= this.idleRing.length;
    return this.idleRing[i];
  }

  // ---------------------------------------------------------------- the loop

  /** Advance simulated time to `targetMs`, processing every event at or before it. */
  advanceTo(targetMs: number): void {
    if (!(targetMs > this.nowMs)) return;
    this.targetMs = targetMs;
    // The loop runs in bounded calls: a function entered often is optimized and replaced at its
    // next call, where one long-running loop waits on on-stack replacement with thin feedback.
    while (!this.runEvents(targetMs)) {}
    // No integration at the advance's end: the time integrals split only at events, so a run
    // advanced in 1 step or in 200 sums the same terms in the same order (bit-identical means);
    // readers add the open stretch since the last event (areaNow).
    this.nowMs = targetMs;
  }

  /** Process up to a few thousand events at or before `targetMs`; true when none is left. */
  private runEvents(targetMs: number): boolean {
    const heap = this.heap;
    const inv = this.invokeFifo;
    const rsp = this.respondFifo;
    for (let budget = 4096; budget > 0; budget--) {
      let bt = this.nextArrivalMs;
      let bs = this.nextArrivalSeq;
      let src = 0;
      let t = inv.size > 0 ? inv.peekTime() : Infinity;
      if (t < bt || (t === bt && inv.peekSeq() < bs)) {
        bt = t;
        bs = inv.peekSeq();
        src = 1;
      }
      t = heap.size > 0 ? heap.peekTime() : Infinity;
      if (t < bt || (t === bt && heap.peekSeq() < bs)) {
        bt = t;
        bs = heap.peekSeq();
        src = 2;
      }
      t = rsp.size > 0 ? rsp.peekTime() : Infinity;
      if (t < bt || (t === bt && rsp.peekSeq() < bs)) {
        bt = t;
        src = 3;
      }
      if (bt > targetMs) return true;
      if (src === 0) {
        if (this.batchArrivals) {
          this.arrivalBatch(bt, targetMs);
          continue;
        }
        if (bt > this.lastIntegralMs) this.integrate(bt);
        this.nowMs = bt;
        this.onArrival(bt, false);
        this.nextArrivalMs = this.gen.next(bt);
        this.nextArrivalSeq = this.seq++;
        continue;
      }
      // A response moves no environment, so it does not split the integrals: headless runs apply
      // most responses inline (no event), and the split points must not depend on which.
      if (src !== 3 && bt > this.lastIntegralMs) this.integrate(bt);
      this.nowMs = bt;
      if (src === 1) {
        const slot = inv.peekPayload();
        inv.pop();
        this.onInvoke(slot);
      } else if (src === 2) {
        const p = heap.peekPayload();
        heap.pop();
        this.onHeapEvent(p);
      } else {
        const slot = rsp.peekPayload();
        rsp.pop();
        this.onRespond(bt, slot);
      }
    }
    return false;
  }

  /**
   * Headless: gateway arrivals depend only on the arrival stream (they read nothing the function
   * side writes), so they are handled in a batch up to the next point where their counters are
   * read (the next tick, the end of this advance) or the stream changes (a traffic change). Their
   * invocations still run in time order through the invoke FIFO — except that one whose time
   * comes before anything else pending (an empty FIFO and an earlier time than the heap's next
   * event) runs at once, at its own time.
   */
  private arrivalBatch(first: number, targetMs: number): void {
    const inv = this.invokeFifo;
    const heap = this.heap;
    const gen = this.gen;
    const gatewayInMs = this.gatewayInMs;
    let limit = this.nextTickMs < this.nextTrafficMs ? this.nextTickMs : this.nextTrafficMs;
    if (targetMs < limit) limit = targetMs;
    let a = first;
    for (;;) {
      const slot = this.arrive(a, false);
      const invokeSeq = this.seq++;
      if (slot >= 0) {
        const it = a + gatewayInMs;
        // With no gateway delay the batch's first arrival (the earliest pending event) invokes at
        // once, as in an observed run, even when a tick falls at the very same time.
        if (inv.size === 0 && (it < heap.peekTime() || (gatewayInMs === 0 && a === first)) && it <= targetMs) {
          if (it > this.lastIntegralMs) this.integrate(it);
          this.nowMs = it;
          this.onInvoke(slot);
        } else inv.push(it, invokeSeq, slot);
      }
      a = gen.next(a);
      // Ties with the tick or a traffic change go after it; the FIFO cap bounds memory at very high rates.
      if (!(a < limit || (a === targetMs && a < this.nextTickMs && a < this.nextTrafficMs)) || inv.size >= 8192) break;
    }
    this.nextArrivalMs = a;
    this.nextArrivalSeq = this.seq++;
  }

  /** The busy and live time integrals up to `now`, without closing the open stretch. */
  private areaNow(now: number): { busy: number; live: number } {
    const dt = now > this.lastIntegralMs ? now - this.lastIntegralMs : 0;
    return { busy: this.areaBusy + this.busy * dt, live: this.areaLive + this.live * dt };
  }

  private integrate(t: number): void {
    const dt = t - this.lastIntegralMs;
    if (dt > 0) {
      this.areaBusy += this.busy * dt;
      this.areaLive += this.live * dt;
      this.lastIntegralMs = t;
    }
  }

  /** The heap's next event, at `nowMs` (times pass through fields, not arguments: a double argument to a call V8 does not inline is boxed). */
  private onHeapEvent(p: number): void {
    const t = this.nowMs;
    const kind = p & 7;
    const idx = p >> 3;
    switch (kind) {
      case K_DONE:
        this.onDone(idx);
        return;
      case K_TICK:
        this.onTick(t);
        return;
      case K_RECLAIM:
        if (idx === this.reclaimGen) this.onReclaim(t);
        return;
      case K_TRAFFIC: {
        const times = this.trafficTimes;
        times.pop();
        this.nextTrafficMs = times.size > 0 ? times.peekTime() : Infinity;
        this.applyTraffic(this.trafficChanges[idx], t);
        return;
      }
      case K_BATCH:
        this.onBatchDone(t, idx);
        return;
      case K_PROV_READY:
        this.onProvisionedReady(t, idx);
        return;
      case K_GATEWAY_TIMEOUT:
        this.onGatewayTimeout(t, idx);
        return;
    }
  }

  // ---------------------------------------------------------------- request path

  /** A request reaches the gateway (a manual one, or from outside the loop). Returns its id. */
  onArrival(t: number, manual: boolean): number {
    // A manual request comes between advances: close the integrals before it can start work.
    if (manual && t > this.lastIntegralMs) this.integrate(t);
    const slot = this.arrive(t, manual);
    if (slot >= 0) {
      // With no gateway delay the invocation follows its arrival at once.
      if (this.gatewayInMs === 0) this.onInvoke(slot);
      else this.invokeFifo.push(t + this.gatewayInMs, this.seq++, slot);
    }
    return this.lastArrivalId;
  }

  /** Gateway side of an arrival: counts, throttle, request slot (or −1 if throttled). The caller schedules the invocation. */
  private arrive(t: number, manual: boolean): number {
    const id = this.nextRequestId++;
    this.lastArrivalId = id;
    this.arrivals++;
    this.secArrivals++;
    // Account-level token bucket: `rateLimitRps` tokens per second, at most `burst` banked.
    let tokens = this.gwTokens + (t - this.gwLastMs) * this.gwRatePerMs;
    if (tokens > this.gwBurst) tokens = this.gwBurst;
    this.gwLastMs = t;
    const traced = this.observe && (manual || id % this.traceEvery === 0);
    if (tokens < 1) {
      this.gwTokens = tokens;
      this.throttle(t, C_GATEWAY);
      if (traced) this.pushTrace(this.throttleTrace(id, t, 'gateway', 0, manual));
      return -1;
    }
    this.gwTokens = tokens - 1;
    this.usage.gatewayRequests++;
    const slot = this.allocRequest();
    this.rqArrival[slot] = t;
    this.rqFlags[slot] = (traced ? RF_TRACED : 0) | (manual ? RF_MANUAL : 0);
    if (this.observe) {
      // Ids, invoke and done times only feed traces and the in-flight view.
      this.rqId[slot] = id;
      this.rqInvoke[slot] = t + this.gatewayInMs;
      this.rqEnv[slot] = -1;
    }
    return slot;
  }

  /** The request in `slot` reaches the function, at `nowMs`. */
  private onInvoke(slot: number): void {
    const t = this.nowMs;
    let e = -1;
    let initMs = 0;
    let flags = this.rqFlags[slot] | RF_INVOKED;
    // The limit caps requests in progress, warm or cold: after it is lowered mid-run, idle
    // environments beyond it do not let more requests through.
    // The limit is the account's: the queue consumer's running batches count against it too.
    if (this.busy >= this.apiLimit) {
      this.throttleInvoke(t, slot, C_CONCURRENCY);
      return;
    }
    if (this.provIdleN > 0) {
      // Provisioned environments serve first; on-demand ones take the spill-over.
      e = this.provIdle[--this.provIdleN];
      this.idle--;
      flags |= RF_PROV_ENV;
    } else if (this.idleN > 0) {
      // The most recently used idle environment: surplus ones stay idle and get reclaimed.
      e = this.popIdleTop();
      this.idle--;
    } else {
      if (this.scalingLimited) {
        // 1,000 new environments per 10 s per function, as a token bucket.
        let sc = this.scTokens + (t - this.scLastMs) * SCALING_RATE_PER_MS;
        if (sc > SCALING_ENVS) sc = SCALING_ENVS;
        this.scLastMs = t;
        if (sc < 1) {
          this.scTokens = sc;
          this.throttleInvoke(t, slot, C_SCALING);
          return;
        }
        this.scTokens = sc - 1;
      }
      e = this.allocEnv(t, false);
      initMs = this.drawColdStart.draw();
      this.envInitEnd[e] = t + initMs;
      this.initList.push(e);
      this.coldStarts++;
      this.secColdStarts++;
      flags |= RF_COLD;
      if (this.observe) this.logEvent(t, 'coldStart', { envId: this.envUid[e], ms: initMs });
    }
    this.envState[e] = ENV_BUSY;
    this.envSince[e] = t;
    this.busy++;
    if (this.busy > this.peakConcurrency) this.peakConcurrency = this.busy;
    if (this.busy > this.secPeakConcurrency) this.secPeakConcurrency = this.busy;

    let handlerMs = this.drawDuration.draw() * this.cpuScale;
    let dbMs = this.s3Ms;
    for (let k = 0; k < this.dbOps; k++) dbMs += this.drawDbLatency.draw();
    if (this.dbProvisioned) {
      // Provisioned capacity: RCU/WCU per second; a request over capacity fails as throttled.
      const db = this.scenario.database;
      const dt = (t - this.dbLastMs) / 1000;
      this.dbLastMs = t;
      // Unused capacity is kept for bursts, up to 300 seconds of it (the run starts with one second's).
      this.rcuTokens = Math.min(db.readCapacityUnits * DB_BURST_SECONDS, this.rcuTokens + dt * db.readCapacityUnits);
      this.wcuTokens = Math.min(db.writeCapacityUnits * DB_BURST_SECONDS, this.wcuTokens + dt * db.writeCapacityUnits);
      if (this.rcuTokens >= this.readUnitsPerRequest && this.wcuTokens >= this.writeUnitsPerRequest) {
        this.rcuTokens -= this.readUnitsPerRequest;
        this.wcuTokens -= this.writeUnitsPerRequest;
      } else flags |= RF_DB_THROTTLED;
    } else {
      this.usage.readRequestUnits += this.readUnitsPerRequest;
      this.usage.writeRequestUnits += this.writeUnitsPerRequest;
    }
    if (this.s3Reads > 0 || this.s3Writes > 0) {
      this.usage.s3Gets += this.s3Reads;
      this.usage.s3Puts += this.s3Writes;
    }
    if (handlerMs + dbMs > this.fnTimeoutMs) {
      // Lambda stops the invocation at its timeout (INIT has a limit of its own).
      flags |= RF_FN_TIMEOUT;
      if (handlerMs > this.fnTimeoutMs) handlerMs = this.fnTimeoutMs;
      dbMs = this.fnTimeoutMs - handlerMs;
    }
    if (initMs + handlerMs + dbMs > this.gwTimeoutMs) {
      // The gateway stops waiting (504) while the function runs on.
      flags |= RF_GW_TIMEOUT;
      this.heap.push(t + this.gwTimeoutMs, this.seq++, (slot << 3) | K_GATEWAY_TIMEOUT);
    }
    this.rqFlags[slot] = flags;
    this.rqEnv[slot] = e;
    if (this.observe) this.rqInvoke[slot] = t;
    this.rqInit[slot] = initMs;
    this.rqHandler[slot] = handlerMs;
    this.rqDb[slot] = dbMs;
    const done = t + initMs + handlerMs + dbMs;
    if (this.observe) this.rqDone[slot] = done;
    this.heap.push(done, this.seq++, (slot << 3) | K_DONE);
  }

  private throttleInvoke(t: number, slot: number, cause: number): void {
    this.throttle(t, cause);
    if (this.rqFlags[slot] & RF_TRACED) {
      const tr = this.throttleTrace(this.rqId[slot], this.rqArrival[slot], CAUSES[cause], t - this.rqArrival[slot], (this.rqFlags[slot] & RF_MANUAL) !== 0);
      tr.costUsd = this.gatewayUnitPrice();
      this.pushTrace(tr, (this.rqFlags[slot] & RF_SHOWN) !== 0);
    }
    this.freeRequest(slot);
  }

  /** The request in `slot` finishes in the function, at `nowMs`. */
  private onDone(slot: number): void {
    const t = this.nowMs;
    const e = this.rqEnv[slot];
    const flags = this.rqFlags[slot];
    // 1 ms billing granularity; INIT billed as duration since 2025-08-01 (capped at 10 s).
    const init = this.rqInit[slot];
    const billedInit = billedInitMs(init);
    const billedRun = Math.ceil(this.rqHandler[slot] + this.rqDb[slot]);
    const mem = this.memoryMB;
    this.usage.functionRequests++;
    if (flags & RF_PROV_ENV) this.usage.provisionedDurationMbMs += mem * billedRun;
    else {
      this.usage.onDemandMbMs += mem * (billedInit + billedRun);
      this.usage.initMbMs += mem * billedInit;
    }
    this.busy--;
    this.envServed[e] += 1;
    if (!(flags & (RF_DB_THROTTLED | RF_FN_TIMEOUT))) this.databaseCounter++;
    this.envSince[e] = t;
    if (this.envProv[e]) {
      if (this.provRetire > 0) {
        this.provRetire--;
        this.destroyEnv(e);
      } else {
        this.envState[e] = ENV_IDLE;
        this.idle++;
        this.provIdle[this.provIdleN++] = e;
      }
    } else {
      this.envState[e] = ENV_IDLE;
      this.idle++;
      this.pushIdle(e);
      if (!this.reclaimPending) this.armReclaim();
    }
    if (this.asyncEnabled) this.afterDoneAsync(t, flags);
    if (flags & RF_GW_TIMEOUT) {
      // The client had its 504 already: nothing goes back.
      this.freeRequest(slot);
      return;
    }
    const respondMs = t + this.gatewayOutMs;
    // The response only moves counters and histograms, which nothing reads before the next
    // tick or the end of this advance; headless, it is applied now instead of queued (same
    // state at every point where state is observable; the UI keeps the exact queue for its
    // in-flight view and traces).
    if (!this.observe && respondMs < this.nextTickMs && respondMs <= this.targetMs) this.onRespond(respondMs, slot);
    else this.respondFifo.push(respondMs, this.seq++, slot);
  }

  /** The response reaches the client at `t` (inline at completion in headless runs, see above). */
  private onRespond(t: number, slot: number): void {
    const flags = this.rqFlags[slot];
    if (flags & (RF_DB_THROTTLED | RF_FN_TIMEOUT)) this.throttle(t, flags & RF_DB_THROTTLED ? C_DATABASE : C_TIMEOUT);
    else {
      if (this.keepRecent) this.latency.recordBoth(this.recentCur, t - this.rqArrival[slot]);
      else this.latency.record(t - this.rqArrival[slot]);
      this.completed++;
      this.secCompleted++;
    }
    if (flags & RF_TRACED) this.pushTrace(this.completedTrace(slot, t), (flags & RF_SHOWN) !== 0);
    this.freeRequest(slot);
  }

  /** The gateway gives up on the request in `slot` (504) at `t`; the function runs on, and `onDone` frees it. */
  private onGatewayTimeout(t: number, slot: number): void {
    this.throttle(t, C_GATEWAY_TIMEOUT);
    const flags = this.rqFlags[slot];
    if (flags & RF_TRACED) this.pushTrace(this.completedTrace(slot, t), (flags & RF_SHOWN) !== 0);
  }

  private throttle(t: number, cause: number): void {
    this.throttledBy[cause]++;
    this.secThrottled[cause]++;
    if (this.observe) {
      this.throttleTimes[this.throttleHead] = t;
      this.throttleCauses[this.throttleHead] = cause;
      this.throttleHead = (this.throttleHead + 1) % this.throttleTimes.length;
      if (this.throttleN < this.throttleTimes.length) this.throttleN++;
    }
  }

  // ---------------------------------------------------------------- environments

  private armReclaim(): void {
    if (this.idleN === 0) return;
    const bottom = this.idleRing[this.idleHead];
    this.reclaimPending = true;
    this.heap.push(this.envSince[bottom] + this.idleTimeoutMs, this.seq++, (this.reclaimGen << 3) | K_RECLAIM);
  }

  private onReclaim(t: number): void {
    this.reclaimPending = false;
    // Idle-since grows from bottom to top, so the due environments are a prefix from the bottom.
    while (this.idleN > 0) {
      const e = this.idleRing[this.idleHead];
      if (this.envSince[e] + this.idleTimeoutMs > t) break;
      this.idleHead++;
      if (this.idleHead === this.idleRing.length) this.idleHead = 0;
      this.idleN--;
      this.idle--;
      this.reclaimed++;
      if (this.observe) this.logEvent(t, 'reclaimed', { envId: this.envUid[e], ms: t - this.envSince[e] });
      this.destroyEnv(e);
    }
    if (this.observe && this.live === 0) {
      this.logEvent(t, 'scaleToZero', {});
      this.lastMilestone = 0;
    }
    this.armReclaim();
  }

  private setProvisioned(target: number, atStart: boolean): void {
    const t = this.nowMs;
    this.closeProvisionedPeriod();
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
          this.envState[e] = ENV_IDLE;
          this.envInitEnd[e] = t;
          this.idle++;
          this.provIdle = this.provIdle.length > this.provIdleN ? this.provIdle : growI32(this.provIdle, this.provIdle.length * 2);
          this.provIdle[this.provIdleN++] = e;
        } else {
          const initMs = this.drawColdStart.draw();
          this.envState[e] = ENV_PROV_INIT;
          this.envInitEnd[e] = t + initMs;
          this.initList.push(e);
          this.heap.push(t + initMs, this.seq++, (e << 3) | K_PROV_READY);
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

  private onProvisionedReady(t: number, e: number): void {
    if (this.envState[e] !== ENV_PROV_INIT) return;
    if (this.provRetire > 0) {
      this.provRetire--;
      this.destroyEnv(e);
      return;
    }
    this.envState[e] = ENV_IDLE;
    this.envSince[e] = t;
    this.idle++;
    if (this.provIdleN === this.provIdle.length) this.provIdle = growI32(this.provIdle, this.provIdle.length * 2);
    this.provIdle[this.provIdleN++] = e;
    if (this.observe) this.logEvent(t, 'provisionedReady', { envId: this.envUid[e] });
  }

  /** Close the current provisioned-concurrency billing period (5-minute increments). */
  private closeProvisionedPeriod(): void {
    const t = this.nowMs;
    if (this.provTarget > 0) this.provClosedMbMs += this.provTarget * this.memoryMB * provisionedBilledMs(t - this.provPeriodStartMs);
    this.provPeriodStartMs = t;
  }

  private provisionedEnabledMbMs(): number {
    const open = this.provTarget > 0 ? this.provTarget * this.memoryMB * provisionedBilledMs(this.nowMs - this.provPeriodStartMs) : 0;
    return this.provClosedMbMs + open;
  }

  private countInitializing(t: number): number {
    const list = this.initList;
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (this.envState[e] !== ENV_FREE && this.envInitEnd[e] > t) list[n++] = e;
    }
    list.length = n;
    return n;
  }

  // ---------------------------------------------------------------- async path

  /** A consumer batch of `n` messages finished: its environment goes idle, and the next batch may start. */
  private onBatchDone(t: number, n: number): void {
    this.consumersBusy--;
    this.apiLimit++;
    this.asyncProcessed += n;
    if (this.consumerIdleN === this.consumerIdle.length) this.consumerIdle = growF64(this.consumerIdle, this.consumerIdleN * 2);
    this.consumerIdle[this.consumerIdleN++] = t;
    this.startConsumers(t);
  }

  /** A request finished: it may hand work to the async path, and it frees concurrency a held-back backlog can use. */
  private afterDoneAsync(t: number, flags: number): void {
    if (!(flags & (RF_DB_THROTTLED | RF_FN_TIMEOUT)) && this.asyncStream.next() < this.asyncShare) this.enqueue(t);
    else if (this.queueDepth > 0) this.startConsumers(t);
  }

  private enqueue(t: number): void {
    const a = this.scenario.async;
    if (a.sns) {
      this.snsPublished++;
      this.usage.snsPublishes += this.snsChunks;
    }
    if (a.sqs) {
      this.asyncEnqueued++;
      this.usage.sqsRequests += this.sqsChunks;
      this.queueDepth++;
      if (this.queueDepth > this.peakQueueDepth) this.peakQueueDepth = this.queueDepth;
      this.startConsumers(t);
    }
    // SNS alone: the topic's subscribers are not modelled, so nothing is queued or processed here.
  }

  /**
   * Once a second: SQS pollers grow by 300 a minute while messages wait. "When traffic is low"
   * they scale back to 5: here, after a full minute in which no tick found a message waiting, and
   * never below the batches still running (a queue that is merely empty at one tick is not low traffic).
   */
  private scalePollers(t: number): void {
    const initial = Math.min(this.consumerConcurrency, LIMITS.sqsPollersInitial.value);
    if (this.queueDepth > 0) {
      this.quietTicks = 0;
      this.pollers = Math.min(this.consumerConcurrency, this.pollers + LIMITS.sqsPollerGrowthPerMinute.value / 60);
      this.startConsumers(t);
    } else if (++this.quietTicks >= SQS_QUIET_TICKS) {
      this.pollers = Math.max(initial, Math.min(this.pollers, this.consumersBusy));
    }
  }

  private startConsumers(t: number): void {
    while (this.queueDepth > 0 && this.consumersBusy < this.pollers && this.busy < this.apiLimit) {
      const n = Math.min(this.batchSize, this.queueDepth);
      this.queueDepth -= n;
      this.consumersBusy++;
      this.apiLimit--;
      // One ReceiveMessage, billed per 64 KB chunk of the messages it returns, and one
      // DeleteMessageBatch (receipt handles only: one chunk).
      this.usage.sqsRequests += sqsBilledRequests(n * this.messageSizeKB) + 1;
      let initMs = 0;
      const top = this.consumerIdleN - 1;
      if (top >= 0 && this.consumerIdle[top] + this.idleTimeoutMs > t) this.consumerIdleN = top;
      else {
        this.consumerIdleN = 0;
        initMs = this.drawConsumerInit.draw();
        this.consumerColdStarts++;
      }
      // The handler works through its batch one message after another: a batch of n takes n
      // per-message draws, so batching saves requests and polls, not compute.
      let ms = 0;
      for (let k = 0; k < n; k++) ms += this.drawConsumer.draw();
      // Billed like the API function: INIT (capped) and the handler, each rounded up to the ms.
      const billedInit = billedInitMs(initMs);
      const mbMs = this.memoryMB * (billedInit + Math.ceil(ms));
      this.usage.functionRequests++;
      this.usage.onDemandMbMs += mbMs;
      this.usage.initMbMs += this.memoryMB * billedInit;
      this.usage.consumerRequests++;
      this.usage.consumerMbMs += mbMs;
      this.heap.push(t + initMs + ms, this.seq++, (n << 3) | K_BATCH);
    }
  }

  // ---------------------------------------------------------------- traffic

  /** Queue a traffic change at absolute simulated time `atMs`. */
  scheduleTraffic(atMs: number, change: TrafficChange): void {
    this.trafficChanges.push(change);
    const at = Math.max(atMs, this.nowMs);
    if (at < this.nextTrafficMs) this.nextTrafficMs = at;
    const seq = this.seq++;
    this.trafficTimes.push(at, seq, 0);
    this.heap.push(at, seq, ((this.trafficChanges.length - 1) << 3) | K_TRAFFIC);
  }

  /** Apply a traffic change now; the pending arrival is redrawn (Poisson arrivals are memoryless). */
  applyTraffic(change: TrafficChange, t: number): void {
    this.gen.apply(change, t);
    this.nextArrivalMs = this.gen.next(t);
    this.nextArrivalSeq = this.seq++;
    if (this.observe) this.logEvent(t, 'trafficChange', { count: this.gen.rateNow(t) });
  }

  /** Target arrival rate now. */
  targetRps(): number {
    return this.gen.rateNow(this.nowMs);
  }

  // ---------------------------------------------------------------- per second

  private onTick(t: number): void {
    this.nextTickMs = t + 1000;
    this.heap.push(t + 1000, this.seq++, K_TICK);
    this.fleet.second(t, this.secArrivals);
    if (this.asyncEnabled) this.scalePollers(t);
    if (this.seriesCapacity > 0 || this.onSecond || this.observe) this.recordRow(t);
    this.secArrivals = 0;
    this.secCompleted = 0;
    this.secThrottled.fill(0);
    this.secColdStarts = 0;
    this.secPeakConcurrency = this.busy;
    this.secAreaBusyStart = this.areaBusy;
    this.recentIdx = (this.recentIdx + 1) % RECENT_SECONDS;
    this.recentCur = this.recent[this.recentIdx];
    this.recentCur.clear();
  }

  /** Build the second's series row (skipped by headless runs that keep no series). */
  private recordRow(t: number): void {
    const initializing = this.countInitializing(t);
    const cost = this.costNow();
    const offered = this.secArrivals;
    const h = this.recent[this.recentIdx];
    const r = this.row;
    r[0] = t / 1000;
    r[1] = this.gen.rateNow(t);
    r[2] = offered;
    r[3] = this.secCompleted;
    const st = this.secThrottled;
    for (let c = 0; c < st.length; c++) r[4 + c] = st[c];
    let i = 4 + st.length;
    r[i++] = this.secColdStarts;
    r[i++] = this.live;
    r[i++] = this.busy;
    r[i++] = this.idle;
    r[i++] = initializing;
    r[i++] = (this.areaBusy - this.secAreaBusyStart) / 1000;
    r[i++] = this.secPeakConcurrency;
    r[i++] = h.quantile(0.5);
    r[i++] = h.quantile(0.95);
    r[i++] = h.quantile(0.99);
    r[i++] = this.queueDepth;
    r[i++] = cost.gateway;
    r[i++] = cost.functionRequests;
    r[i++] = cost.functionCompute;
    r[i++] = cost.provisionedConcurrency;
    r[i++] = cost.database;
    r[i++] = cost.other;
    r[i++] = cost.total;
    r[i++] = this.fleet.instances;
    r[i++] = this.fleet.costUsd().total;
    const cap = this.seriesCapacity;
    if (cap > 0) {
      const at = (this.seriesHead + this.seriesN) % cap;
      for (let c = 0; c < r.length; c++) this.seriesCols[c][at] = r[c];
      if (this.seriesN < cap) this.seriesN++;
      else this.seriesHead = (this.seriesHead + 1) % cap;
    }
    if (this.onSecond) this.onSecond(r);

    if (this.observe) {
      for (let c = 0; c < CAUSES.length; c++) {
        const n = this.secThrottled[c];
        if (n > 0) this.logEvent(t, 'throttled', { count: n, cause: CAUSES[c] });
      }
    }
  }

  // ---------------------------------------------------------------- money

  /** Usage so far, with the time-based parts (provisioned concurrency, provisioned capacity) brought up to now. */
  usageNow(): Usage {
    const u = { ...this.usage };
    u.provisionedEnabledMbMs = this.provisionedEnabledMbMs();
    if (this.scenario.database.mode === 'provisioned') {
      const hours = this.nowMs / 3_600_000;
      u.rcuHours = this.scenario.database.readCapacityUnits * hours;
      u.wcuHours = this.scenario.database.writeCapacityUnits * hours;
      u.capacityHours = hours;
    }
    return u;
  }

  /** Dollars so far: usage × price. */
  costNow(): CostBreakdown {
    const s = this.scenario;
    return costFromUsage(this.usageNow(), {
      architecture: s.function.architecture,
      gatewayType: s.gateway.type,
      freeTier: s.pricing.freeTier,
      hasProvisionedConcurrency: this.provTarget > 0 || this.provClosedMbMs > 0,
    });
  }

  private gatewayUnitPrice(): number {
    return this.scenario.gateway.type === 'http' ? PRICES.httpApiRequest.tiers[0].priceUsd : PRICES.restApiRequest.tiers[0].priceUsd;
  }

  /** One request's share at first-tier prices, no free tier. */
  private requestCostUsd(slot: number): number {
    const flags = this.rqFlags[slot];
    const s = this.scenario;
    const arm = s.function.architecture === 'arm64';
    const billedInit = Math.ceil(Math.min(this.rqInit[slot], INIT_BILLED_CAP_MS));
    const billedRun = Math.ceil(this.rqHandler[slot] + this.rqDb[slot]);
    const gbS = (this.memoryMB * (billedInit + billedRun)) / MB_MS_PER_GB_SECOND;
    const durationPrice =
      flags & RF_PROV_ENV
        ? arm
          ? PRICES.provisionedDurationArm.value
          : PRICES.provisionedDurationX86.value
        : arm
          ? PRICES.lambdaDurationArm.tiers[0].priceUsd
          : PRICES.lambdaDurationX86.tiers[0].priceUsd;
    let cost = PRICES.lambdaRequest.value + gbS * durationPrice + this.gatewayUnitPrice();
    if (s.database.mode === 'onDemand')
      cost += this.readUnitsPerRequest * PRICES.dynamoReadRequestUnit.value + this.writeUnitsPerRequest * PRICES.dynamoWriteRequestUnit.value;
    cost += s.s3.readsPerRequest * PRICES.s3Get.value + s.s3.writesPerRequest * PRICES.s3Put.value;
    return cost;
  }

  // ---------------------------------------------------------------- observation

  private logEvent(t: number, kind: EngineEvent['kind'], extra: Partial<EngineEvent>): void {
    this.events.push({ seq: this.eventSeq++, timeMs: t, kind, ...extra });
  }

  private checkMilestone(t: number): void {
    for (const m of SCALE_MILESTONES) {
      if (this.live >= m && m > this.lastMilestone) {
        this.lastMilestone = m;
        if (m > 1) this.logEvent(t, 'scaleUp', { count: m });
      }
    }
  }

  /**
   * Keep request `id`'s trace when it finishes, even after it leaves the ring of recent traces
   * (at 1,000 requests/s the ring turns over in a twentieth of a simulated second, far less than
   * a frame): the request a reader picked stays inspectable. −1 watches nothing.
   */
  watchTrace(id: number): void {
    this.watchId = id;
    // A drawn request may have finished (and left the ring) before the reader's pick arrived.
    this.watched = this.traces.find((t) => t.id === id) ?? this.shown.find((t) => t.id === id) ?? null;
  }

  /** A finished request's trace; `shown` when a snapshot drew it (a reader may pick it late). */
  private pushTrace(tr: RequestTrace, shown = false): void {
    if (tr.id === this.watchId) this.watched = tr;
    this.traces.push(tr);
    if (shown) this.shown.push(tr);
  }

  private throttleTrace(id: number, arrivalMs: number, cause: ThrottleCause, gatewayMs: number, manual: boolean): RequestTrace {
    return {
      id,
      arrivalMs,
      status: CLIENT_STATUS[cause],
      throttleCause: cause,
      coldStart: false,
      envId: -1,
      gatewayMs,
      waitMs: 0,
      initMs: 0,
      handlerMs: 0,
      databaseMs: 0,
      totalMs: gatewayMs,
      costUsd: 0,
      manual,
    };
  }

  private completedTrace(slot: number, t: number): RequestTrace {
    const flags = this.rqFlags[slot];
    const arrival = this.rqArrival[slot];
    const tr: RequestTrace = {
      id: this.rqId[slot],
      arrivalMs: arrival,
      status: 200,
      coldStart: (flags & RF_COLD) !== 0,
      envId: this.envUid[this.rqEnv[slot]],
      gatewayMs: this.gatewayInMs + this.gatewayOutMs,
      waitMs: 0,
      initMs: this.rqInit[slot],
      handlerMs: this.rqHandler[slot],
      databaseMs: this.rqDb[slot],
      totalMs: t - arrival,
      costUsd: this.requestCostUsd(slot),
      manual: (flags & RF_MANUAL) !== 0,
    };
    // The client's answer: a 504 if the gateway gave up first, else the handler's failure, if any.
    const cause: ThrottleCause | undefined = flags & RF_GW_TIMEOUT ? 'gatewayTimeout' : flags & RF_DB_THROTTLED ? 'database' : flags & RF_FN_TIMEOUT ? 'timeout' : undefined;
    if (cause) {
      tr.throttleCause = cause;
      tr.status = CLIENT_STATUS[cause];
    }
    return tr;
  }

  private inFlightView(slot: number, now: number): InFlightView {
    const id = this.rqId[slot];
    const flags = this.rqFlags[slot];
    const arrival = this.rqArrival[slot];
    if (!(flags & RF_INVOKED)) return { id, phase: 'gateway', phaseStartMs: arrival, phaseEndMs: arrival + this.gatewayInMs };
    const envId = this.envUid[this.rqEnv[slot]];
    const inv = this.rqInvoke[slot];
    const initEnd = inv + this.rqInit[slot];
    const handlerEnd = initEnd + this.rqHandler[slot];
    const done = this.rqDone[slot];
    if (now < initEnd) return { id, phase: 'init', phaseStartMs: inv, phaseEndMs: initEnd, envId };
    if (now < handlerEnd) return { id, phase: 'handler', phaseStartMs: initEnd, phaseEndMs: handlerEnd, envId };
    if (now < done) return { id, phase: 'database', phaseStartMs: handlerEnd, phaseEndMs: done, envId };
    return { id, phase: 'response', phaseStartMs: done, phaseEndMs: done + this.gatewayOutMs, envId };
  }

  /** Plain-data view of the whole state. */
  snapshot(): Snapshot {
    const now = this.nowMs;
    const environments: EnvironmentView[] = [];
    let truncated = false;
    let nInit = 0;
    let nBusy = 0;
    for (let e = 0; e < this.envHighWater; e++) {
      const st = this.envState[e];
      if (st === ENV_FREE) continue;
      const initializing = st === ENV_PROV_INIT || (st === ENV_BUSY && this.envInitEnd[e] > now);
      if (initializing) nInit++;
      else if (st === ENV_BUSY) nBusy++;
      if (environments.length >= this.environmentViews) {
        truncated = true;
        continue;
      }
      environments.push({
        id: this.envUid[e],
        state: initializing || st === ENV_PROV_INIT ? 'initializing' : st === ENV_BUSY ? 'busy' : 'idle',
        sinceMs: this.envSince[e],
        requestsServed: this.envServed[e],
        memoryCounter: this.envServed[e],
        provisioned: this.envProv[e] === 1,
      });
    }
    const inFlight: InFlightView[] = [];
    if (this.observe && this.inFlightSample > 0) {
      const stride = Math.max(1, Math.ceil(this.activeN / this.inFlightSample));
      for (let i = 0; i < this.activeN && inFlight.length < this.inFlightSample; i += stride) {
        const slot = this.active[i];
        this.rqFlags[slot] |= RF_SHOWN;
        inFlight.push(this.inFlightView(slot, now));
      }
    }
    const recentThrottles: Snapshot['recentThrottles'] = [];
    const cap = this.throttleTimes.length;
    for (let k = 0; k < this.throttleN; k++) {
      const i = (this.throttleHead - this.throttleN + k + cap) % cap;
      recentThrottles.push({ timeMs: this.throttleTimes[i], cause: CAUSES[this.throttleCauses[i]] });
    }
    const recent = new Histogram();
    for (const h of this.recent) recent.merge(h);
    const cost = this.costNow();
    const throttled = this.throttledTotal();
    return {
      timeMs: now,
      requestsPerSecond: this.gen.rateNow(now),
      environments,
      environmentsTruncated: truncated,
      counts: {
        live: this.live,
        busy: nBusy,
        idle: this.idle,
        initializing: nInit,
        reclaimedTotal: this.reclaimed,
        provisioned: this.provLive,
      },
      inFlight,
      recentThrottles,
      totals: {
        arrivals: this.arrivals,
        completed: this.completed,
        throttled,
        throttledBy: this.throttledByRecord(),
        coldStarts: this.coldStarts,
        inFlight: this.arrivals - this.completed - throttled,
      },
      latency: summarize(this.latency),
      recentLatency: summarize(recent),
      meanConcurrency: now > 0 ? this.areaNow(now).busy / now : 0,
      peakConcurrency: this.peakConcurrency,
      cost: { ...cost, perMillionRequests: this.arrivals > 0 ? (cost.total / this.arrivals) * 1e6 : 0 },
      usage: this.usageNow(),
      server: this.fleet.view(),
      databaseCounter: this.databaseCounter,
      async: this.asyncView(),
      events: this.events.ordered(),
      traces: this.orderedTraces(),
    };
  }

  private throttledTotal(): number {
    let n = 0;
    for (const x of this.throttledBy) n += x;
    return n;
  }

  private throttledByRecord(): Record<ThrottleCause, number> {
    return Object.fromEntries(CAUSES.map((c, i) => [c, this.throttledBy[i]])) as Record<ThrottleCause, number>;
  }

  private asyncView(): AsyncView | null {
    if (!this.scenario.async.enabled) return null;
    return {
      queueDepth: this.queueDepth,
      peakQueueDepth: this.peakQueueDepth,
      enqueued: this.asyncEnqueued,
      processed: this.asyncProcessed,
      snsPublished: this.snsPublished,
      consumersBusy: this.consumersBusy,
      consumerConcurrency: this.pollers,
      consumerColdStarts: this.consumerColdStarts,
      consumerEnvironments: this.consumersBusy + this.consumerIdleN - this.consumerExpired(),
    };
  }

  /** Idle consumer environments already past the idle timeout (reclaimed, though not yet dropped from the list). */
  private consumerExpired(): number {
    let k = 0;
    while (k < this.consumerIdleN && this.consumerIdle[k] + this.idleTimeoutMs <= this.nowMs) k++;
    return k;
  }

  /** Recent traces, oldest first, then the watched one if it has left the ring. */
  private orderedTraces(): RequestTrace[] {
    const out = this.traces.ordered();
    const w = this.watched;
    if (w !== null && !out.includes(w)) out.push(w);
    return out;
  }

  /** The per-second rows kept (oldest first), optionally only the last `last`. */
  series(last?: number): SeriesRow[] {
    const n = last === undefined ? this.seriesN : Math.min(last, this.seriesN);
    const out: SeriesRow[] = [];
    for (let k = this.seriesN - n; k < this.seriesN; k++) {
      const i = (this.seriesHead + k) % this.seriesCapacity;
      const row = {} as SeriesRow;
      SERIES_COLUMNS.forEach((name, c) => (row[name] = this.seriesCols[c][i]));
      out.push(row);
    }
    return out;
  }

  /** The run summary (the CLI's JSON). */
  summary(): RunSummary {
    const now = this.nowMs;
    const area = this.areaNow(now);
    const cost = this.costNow();
    const throttled = this.throttledTotal();
    return {
      requests: this.arrivals,
      completed: this.completed,
      throttled,
      throttledBy: this.throttledByRecord(),
      inFlight: this.arrivals - this.completed - throttled,
      coldStarts: this.coldStarts,
      latencyMs: summarize(this.latency),
      meanConcurrency: now > 0 ? area.busy / now : 0,
      peakConcurrency: this.peakConcurrency,
      meanInstances: now > 0 ? area.live / now : 0,
      peakInstances: this.peakLive,
      costUsd: { ...cost, perMillionRequests: this.arrivals > 0 ? (cost.total / this.arrivals) * 1e6 : 0 },
      usage: this.usageNow(),
      server: this.fleet.view(),
      async: this.asyncView(),
      simulatedSeconds: now / 1000,
    };
  }
}
