/**
 * The async path: a share of successful requests publish to SNS and/or send a message to SQS,
 * and a second function, the queue's consumer, drains the queue in batches.
 *
 * Modelled: SNS publishes and SQS sends billed per 64 KB chunk; Lambda's SQS pollers (5 batches
 * at first, 300 more a minute while a backlog remains, up to the event source's maximum
 * concurrency, back to 5 after a quiet minute); the consumer as a FunctionPool of its own (the
 * API function's runtime, memory and idle timeout; its environments cold-start and are reclaimed
 * like the API function's), whose running batches count against the account's concurrency limit
 * the API function shares; a batch of n messages takes n per-message handler draws. Left out:
 * SNS subscribers other than the queue, visibility timeouts and redelivery, dead-letter queues,
 * message retention, FIFO queues, batch windows, partial batch failures.
 */
import { Meter, sqsBatchRequests } from './billing';
import { K_BATCH, type EventQueue } from './events';
import { LIMITS } from './facts';
import { FunctionPool, STARTED } from './pool';
import { snsBilledPublishes, sqsBilledRequests } from './pricing';
import { Sampler, type DistributionSpec, type RandomStream } from './random';
import type { Scenario } from './schema';
import type { AsyncView } from './types';
import { growI32, settleNumberFields } from './typed';

/** Seconds without a waiting message before SQS pollers scale back (AWS: "when traffic is low"; the span is a model choice). */
const SQS_QUIET_TICKS = 60;

const DOUBLES = new Set(['share', 'messageSizeKB', 'pollers']);

/** SNS, SQS and the queue's consumer. */
export class AsyncPath {
  /** Work flows (the path is on, with SQS or SNS, and a share above 0). */
  active = false;
  /** The scenario turns the path on (its state is reported even when no work flows). */
  private shown = false;
  private share = 0;
  private sns = false;
  private sqs = false;
  /** Billed requests per message (each 64 KB chunk of a payload is one request). */
  private sqsChunks = 1;
  private snsChunks = 1;
  private messageSizeKB = 1;
  private batchSize = 1;
  private memoryMB = 0;
  /** The scenario's cap on concurrent batches. */
  private consumerConcurrency = 0;
  /** Batches Lambda's pollers allow right now: 5 at first, +5 a second while a backlog remains, back toward 5 after a quiet minute. */
  private pollers = 0;
  /** Consecutive ticks that found the queue empty. */
  private quietTicks = 0;

  queueDepth = 0;
  private peakQueueDepth = 0;
  private enqueued = 0;
  private processed = 0;
  /** SNS publishes made (usage.snsPublishes counts the billed requests: 64 KB chunks). */
  private snsPublished = 0;

  /** The consumer function: environments of its own, reclaimed lazily (only counted, never drawn). */
  declare readonly consumer: FunctionPool;
  /** Messages in the batch each consumer environment is running. */
  private batchOf = new Int32Array(64);
  private declare work: Sampler;
  private declare readonly queue: EventQueue;
  /** The API function: the account's limit is shared with it. */
  private declare readonly api: FunctionPool;
  private declare readonly meter: Meter;
  /** Which requests hand work on. */
  private declare readonly pick: RandomStream;
  /** The consumer's handler times, and its cold starts: streams of their own, so a consumer setting moves no message. */
  private declare readonly workStream: RandomStream;
  private declare readonly coldStream: RandomStream;

  constructor(queue: EventQueue, api: FunctionPool, meter: Meter, pick: RandomStream, workStream: RandomStream, coldStream: RandomStream, s: Scenario, coldStart: DistributionSpec) {
    this.queue = queue;
    this.api = api;
    this.meter = meter;
    this.pick = pick;
    this.workStream = workStream;
    this.coldStream = coldStream;
    this.work = new Sampler(s.async.consumerDurationMs as DistributionSpec, workStream);
    this.consumer = new FunctionPool(queue, new Sampler(coldStart, coldStream), { timedReclaim: false, scaling: null, log: null });
    settleNumberFields(this, (k) => DOUBLES.has(k));
  }

  /** Apply the scenario's async settings (all live); `coldStart` is the API function's cold-start profile, which the consumer shares. */
  configure(s: Scenario, coldStart: DistributionSpec): void {
    const a = s.async;
    this.shown = a.enabled;
    this.active = a.enabled && (a.sqs || a.sns) && a.share > 0;
    this.share = a.share;
    this.sns = a.sns;
    this.sqs = a.sqs;
    this.sqsChunks = sqsBilledRequests(a.messageSizeKB);
    this.snsChunks = snsBilledPublishes(a.messageSizeKB);
    this.messageSizeKB = a.messageSizeKB;
    this.batchSize = a.batchSize;
    this.memoryMB = s.function.memoryMB;
    this.consumerConcurrency = a.consumerConcurrency;
    this.pollers = Math.min(this.consumerConcurrency, Math.max(this.pollers, LIMITS.sqsPollersInitial.value));
    this.work = new Sampler(a.consumerDurationMs as DistributionSpec, this.workStream);
    const c = this.consumer;
    c.limit = a.consumerConcurrency;
    c.setIdleTimeout(s.function.idleTimeoutSeconds * 1000);
    c.startup = new Sampler(coldStart, this.coldStream);
  }

  /** A request finished at `t` (`failed`: its handler failed): it may hand work on, and it freed concurrency a held-back backlog can use. */
  afterRequest(t: number, failed: boolean): void {
    if (!failed && this.pick.next() < this.share) this.enqueue(t);
    else if (this.queueDepth > 0) this.startBatches(t);
  }

  private enqueue(t: number): void {
    const u = this.meter.usage;
    if (this.sns) {
      this.snsPublished++;
      u.snsPublishes += this.snsChunks;
    }
    if (this.sqs) {
      this.enqueued++;
      u.sqsRequests += this.sqsChunks;
      this.queueDepth++;
      if (this.queueDepth > this.peakQueueDepth) this.peakQueueDepth = this.queueDepth;
      this.startBatches(t);
    }
    // SNS alone: the topic's subscribers are not modelled, so nothing is queued or processed here.
  }

  /** Start batches while messages wait, the pollers allow one more, and the account has concurrency to spare. */
  startBatches(t: number): void {
    const api = this.api;
    const c = this.consumer;
    while (this.queueDepth > 0 && c.busy < this.pollers && api.busy < api.limit) {
      const n = Math.min(this.batchSize, this.queueDepth);
      this.queueDepth -= n;
      // Never refused: the pollers never allow more than the consumer's limit, and it scales without a rate limit.
      let e = c.acquire();
      let initMs = 0;
      if (e >= STARTED) {
        e -= STARTED;
        initMs = c.initMs;
      }
      api.limit--;
      this.meter.usage.sqsRequests += sqsBatchRequests(n, this.messageSizeKB);
      // The handler works through its batch one message after another: a batch of n takes n
      // per-message draws, so batching saves requests and polls, not compute.
      let ms = 0;
      for (let k = 0; k < n; k++) ms += this.work.draw();
      this.meter.consumerBatch(this.memoryMB, initMs, ms);
      if (e >= this.batchOf.length) this.batchOf = growI32(this.batchOf, c.capacity);
      this.batchOf[e] = n;
      this.queue.schedule(t + initMs + ms, K_BATCH, e);
    }
  }

  /** The batch on consumer environment `e` finished at `t`: the environment goes idle, and the next batch may start. */
  onBatchDone(t: number, e: number): void {
    this.consumer.release(e);
    this.api.limit++;
    this.processed += this.batchOf[e];
    this.startBatches(t);
  }

  /**
   * Once a second, while work flows: SQS pollers grow by 300 a minute while messages wait. "When traffic is low"
   * they scale back to 5: here, after a full minute in which no tick found a message waiting, and
   * never below the batches still running (a queue that is merely empty at one tick is not low traffic).
   */
  onTick(t: number): void {
    const c = this.consumer;
    const initial = Math.min(this.consumerConcurrency, LIMITS.sqsPollersInitial.value);
    if (this.queueDepth > 0) {
      this.quietTicks = 0;
      this.pollers = Math.min(this.consumerConcurrency, this.pollers + LIMITS.sqsPollerGrowthPerMinute.value / 60);
      this.startBatches(t);
    } else if (++this.quietTicks >= SQS_QUIET_TICKS) {
      this.pollers = Math.max(initial, Math.min(this.pollers, c.busy));
    }
  }

  /** The path's state at `now`, or null when the scenario has it off. */
  view(now: number): AsyncView | null {
    if (!this.shown) return null;
    const c = this.consumer;
    return {
      queueDepth: this.queueDepth,
      peakQueueDepth: this.peakQueueDepth,
      enqueued: this.enqueued,
      processed: this.processed,
      snsPublished: this.snsPublished,
      consumersBusy: c.busy,
      consumerConcurrency: this.pollers,
      consumerColdStarts: c.coldStarts,
      // Running a batch, or idle within the idle timeout (lazily reclaimed ones not yet dropped are not live).
      consumerEnvironments: c.live - c.expiredIdle(now),
    };
  }
}
