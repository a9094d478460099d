/**
 * A mergeable log-bucketed histogram for latencies in ms (HDR-like). Buckets grow by 2%, and a
 * value is reported as its bucket's geometric midpoint, so any percentile is within 1% of a
 * value that really occurred at that rank. Counts only: merging two histograms is adding arrays.
 */

const MIN_MS = 0.001;
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);
/** Covers 0.001 ms .. ~1.5e8 ms (more than a day). */
export const HISTOGRAM_BUCKETS = 1300;

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
    let i = valueMs <= MIN_MS ? 0 : Math.floor(Math.log(valueMs / MIN_MS) / LOG_GROWTH);
    if (i >= HISTOGRAM_BUCKETS) i = HISTOGRAM_BUCKETS - 1;
    this.counts[i] += 1;
    if (i < this.lo) this.lo = i;
    if (i > this.hi) this.hi = i;
    this.count += 1;
    this.sum += valueMs;
    if (valueMs < this.min) this.min = valueMs;
    if (valueMs > this.max) this.max = valueMs;
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
        const mid = MIN_MS * Math.exp((i + 0.5) * LOG_GROWTH);
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
