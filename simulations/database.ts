/**
 * The data a handler reads and writes: DynamoDB, and optionally S3.
 *
 * Modelled: each call's latency (lognormal, p99 at an assumed multiple of the mean), request
 * units by item size and consistency, on-demand billing per unit, and provisioned capacity as one
 * token bucket per unit type that keeps up to 300 s of unused capacity for bursts (a call over it
 * is refused: the handler fails, the client gets 502); S3 calls at a constant latency, billed per
 * GET and PUT. Left out: on-demand's own throttling (a table's previous peak ×2), adaptive and
 * auto scaling of provisioned capacity, hot partitions, transactions, retries by the SDK, and
 * global tables.
 */
import { DB_LATENCY_P99_TO_MEAN, LIMITS } from './facts';
import { dynamoUnits } from './billing';
import type { EventQueue } from './events';
import { TokenBucket } from './gateway';
import type { Usage } from './pricing';
import { Sampler, type RandomStream } from './random';
import type { Scenario } from './schema';
import { settleNumberFields } from './typed';

const DB_BURST_SECONDS = LIMITS.dynamoBurstSeconds.value;
const DOUBLES = new Set(['readUnitsPerRequest', 'writeUnitsPerRequest', 's3Ms', 'ms']);

/** DynamoDB and S3 as one request's handler sees them. */
export class Database {
  /** DynamoDB calls per request. */
  ops = 0;
  readUnitsPerRequest = 0;
  writeUnitsPerRequest = 0;
  /** S3's part of a request's time (constant). */
  s3Ms = 0;
  s3Reads = 0;
  s3Writes = 0;
  provisioned = false;
  private declare readonly rcu: TokenBucket;
  private declare readonly wcu: TokenBucket;
  private declare latency: Sampler;

  /** On demand with no S3 calls: `call` meters units and nothing else. */
  private simple = true;
  /** The last `call`'s time (database and S3), and whether it was refused. */
  ms = 0;
  refused = false;

  private declare readonly stream: RandomStream;
  private declare readonly usage: Usage;
  /** The clock: calls happen now. */
  private declare readonly queue: EventQueue;

  constructor(s: Scenario, stream: RandomStream, usage: Usage, queue: EventQueue) {
    this.stream = stream;
    this.usage = usage;
    this.queue = queue;
    // Provisioned capacity: units per second, up to 300 seconds of it banked; the run starts with one second's.
    const db = s.database;
    this.rcu = new TokenBucket(db.readCapacityUnits, 1000, db.readCapacityUnits * DB_BURST_SECONDS, db.readCapacityUnits);
    this.wcu = new TokenBucket(db.writeCapacityUnits, 1000, db.writeCapacityUnits * DB_BURST_SECONDS, db.writeCapacityUnits);
    this.configure(s);
    settleNumberFields(this, (k) => DOUBLES.has(k));
  }

  /** Apply the scenario's database and S3 settings (all live). */
  configure(s: Scenario): void {
    const db = s.database;
    this.ops = db.readsPerRequest + db.writesPerRequest;
    // "Single-digit milliseconds": lognormal with p99 at DB_LATENCY_P99_TO_MEAN × the mean (an assumption).
    this.latency = new Sampler({ distribution: 'lognormal', mean: db.latencyMs, p99: db.latencyMs * DB_LATENCY_P99_TO_MEAN.value }, this.stream);
    const unit = dynamoUnits(db);
    this.readUnitsPerRequest = db.readsPerRequest * unit.read;
    this.writeUnitsPerRequest = db.writesPerRequest * unit.write;
    this.s3Ms = (s.s3.readsPerRequest + s.s3.writesPerRequest) * s.s3.latencyMs;
    this.s3Reads = s.s3.readsPerRequest;
    this.s3Writes = s.s3.writesPerRequest;
    this.provisioned = db.mode === 'provisioned' && this.ops > 0;
    this.simple = !this.provisioned && this.s3Reads === 0 && this.s3Writes === 0;
    this.rcu.rate = db.readCapacityUnits;
    this.rcu.capacity = db.readCapacityUnits * DB_BURST_SECONDS;
    this.wcu.rate = db.writeCapacityUnits;
    this.wcu.capacity = db.writeCapacityUnits * DB_BURST_SECONDS;
  }

  /** One request's calls, now: sets `ms` (their time) and `refused` (provisioned capacity ran out), and meters them. */
  call(): void {
    let ms = this.s3Ms;
    for (let k = 0; k < this.ops; k++) ms += this.latency.draw();
    this.ms = ms;
    this.refused = false;
    if (this.simple) {
      // The common case, kept small so V8 inlines this method into the engine's hot path.
      const u = this.usage;
      u.readRequestUnits += this.readUnitsPerRequest;
      u.writeRequestUnits += this.writeUnitsPerRequest;
    } else this.meterOther();
  }

  /** Provisioned capacity, or S3 calls. */
  private meterOther(): void {
    const u = this.usage;
    if (this.provisioned) {
      // Provisioned capacity: a request over it fails as throttled (both unit types must be there).
      const t = this.queue.nowMs;
      this.rcu.refill(t);
      this.wcu.refill(t);
      if (this.rcu.tokens >= this.readUnitsPerRequest && this.wcu.tokens >= this.writeUnitsPerRequest) {
        this.rcu.tokens -= this.readUnitsPerRequest;
        this.wcu.tokens -= this.writeUnitsPerRequest;
      } else this.refused = true;
    } else {
      u.readRequestUnits += this.readUnitsPerRequest;
      u.writeRequestUnits += this.writeUnitsPerRequest;
    }
    if (this.s3Reads > 0 || this.s3Writes > 0) {
      u.s3Gets += this.s3Reads;
      u.s3Puts += this.s3Writes;
    }
  }
}
