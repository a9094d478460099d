/**
 * A mergeable log-bucketed histogram for latencies in ms, HDR-style: the bucket is read straight
 * from the float's bits (exponent + top 6 mantissa bits), so recording costs no Math.log. Each
 * power of two is cut in 64 sub-buckets (width ≤ 1/64 of the value) and a value is reported as
 * its bucket's midpoint, so any percentile is within 0.8% of a value that really occurred at
 * that rank. Counts only: merging two histograms is adding arrays. Assumes little-endian float
 * layout, true of every platform Node and browsers run on.
 */
import { pow2 } from './dmath';


const SUB_BITS = 6;
const SUB = 1 << SUB_BITS;
/** Smallest resolved value: 2^-10 ms (~1 µs); everything below shares bucket 0. */
const MIN_EXP = 1023 - 10;
/** Largest resolved value: 2^28 ms (~3 days); everything above shares the last bucket. */
const MAX_EXP = 1023 + 28;
/** Number of buckets. */
export const HISTOGRAM_BUCKETS = (MAX_EXP - MIN_EXP) * SUB;
const MIN_MS = pow2(MIN_EXP - 1023);

const scratch = new Float64Array(1);
const scratchHi = new Uint32Array(scratch.buffer);

/** Bucket index of a value in ms. */
export function bucketOf(valueMs: number): number {
  if (!(valueMs > MIN_MS)) return 0;
  scratch[0] = valueMs;
  const hi = scratchHi[1];
  const i = (((hi >>> 20) & 0x7ff) - MIN_EXP) * SUB + ((hi >>> (20 - SUB_BITS)) & (SUB - 1));
  return i < HISTOGRAM_BUCKETS ? i : HISTOGRAM_BUCKETS - 1;
}

/** Midpoint of bucket i. */
function bucketMid(i: number): number {
  const e = Math.floor(i / SUB) + MIN_EXP - 1023;
  return pow2(e) * (1 + ((i % SUB) + 0.5) / SUB);
}

/** Latency histogram with an exact count, sum, min and max beside the buckets. */
export class Histogram {
  readonly counts = new Float64Array(HISTOGRAM_BUCKETS);
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  /** Touched bucket range, so clearing and scanning a sparse histogram is cheap. */
  lo = HISTOGRAM_BUCKETS;
  hi = -1;

  /** Record one value in ms. */
  record(valueMs: number): void {
    this.recordAt(bucketOf(valueMs), valueMs);
  }

  /** Record a value whose bucket the caller already computed (one bucketOf for several histograms). */
  recordAt(i: number, valueMs: number): void {
    this.counts[i] += 1;
    if (i < this.lo) this.lo = i;
    if (i > this.hi) this.hi = i;
    this.count += 1;
    this.sum += valueMs;
    if (valueMs < this.min) this.min = valueMs;
    if (valueMs > this.max) this.max = valueMs;
  }

  /** Record one value in ms here and in `other` (one bucket computation for both). */
  recordBoth(other: Histogram, valueMs: number): void {
    const i = bucketOf(valueMs);
    this.recordAt(i, valueMs);
    other.recordAt(i, valueMs);
  }

  /** Add another histogram's counts into this one. */
  merge(other: Histogram): void {
    for (let i = other.lo; i <= other.hi; i++) this.counts[i] += other.counts[i];
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** Value at quantile q in [0, 1] (the nearest-rank definition); 0 when empty. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = this.lo; i <= this.hi; i++) {
      seen += this.counts[i];
      if (seen >= rank) {
        if (i === 0) return Math.min(this.max, MIN_MS);
        const mid = bucketMid(i);
        // Clamp to the exact extremes: a constant distribution then reports its exact value.
        return Math.min(this.max, Math.max(this.min, mid));
      }
    }
    return this.max;
  }

  /** Mean of recorded values (exact). */
  mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }

  /** Forget everything, touching only used buckets. */
  clear(): void {
    if (this.hi >= this.lo) this.counts.fill(0, this.lo, this.hi + 1);
    this.lo = HISTOGRAM_BUCKETS;
    this.hi = -1;
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}
