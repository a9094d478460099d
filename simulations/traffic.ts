/**
 * Traffic: the arrival rate over time for each pattern, and the next-arrival generator.
 * Poisson arrivals with a time-varying rate are drawn by thinning (Lewis & Shedler) inside short
 * segments with a tight rate bound, so a constant rate costs one exponential draw per arrival and
 * a varying one only a few rejected candidates; a rate so low that thinning would walk thousands
 * of segments hands over to inverting the rate's exact integral. Uniform arrivals come each time
 * that integral grows by one. Only the `arrivals` stream is used here.
 */
import { dcosTurns, dsinTurns } from './dmath';
import type { RandomStream } from './random';
import type { Scenario, TrafficChange } from './schema';

/** The traffic fields in force (the scenario's traffic minus its timeline). */
export type TrafficConfig = Omit<Scenario['traffic'], 'timeline'>;

/** Diurnal and ramp patterns are cut into this many segments per period so thinning bounds stay tight. */
const SEGMENTS_PER_CURVE = 96;
/** Empty segments thinning may walk before it hands over to inverting the integral. */
const THINNING_WALK = 10_000;

/** Rate in requests per second at pattern time `tpMs` (ms since the pattern started). */
export function rateAt(c: TrafficConfig, tpMs: number): number {
  const r = c.requestsPerSecond;
  switch (c.pattern) {
    case 'steady':
      return r;
    case 'idle':
      return 0;
    case 'ramp': {
      const rampMs = c.rampSeconds * 1000;
      if (tpMs >= rampMs || rampMs <= 0) return r;
      return c.startRequestsPerSecond + ((r - c.startRequestsPerSecond) * tpMs) / rampMs;
    }
    case 'spike': {
      const s = c.spikeStartSeconds * 1000;
      const e = s + c.spikeDurationSeconds * 1000;
      return tpMs >= s && tpMs < e ? spikePeak(c) : r;
    }
    case 'diurnal': {
      const periodMs = c.periodSeconds * 1000;
      return r * (1 - c.amplitude * dcosTurns((tpMs % periodMs) / periodMs));
    }
    case 'bursty': {
      const on = c.onSeconds * 1000;
      const cycle = on + c.offSeconds * 1000;
      return tpMs % cycle < on ? burstOnRate(c) : burstOffRate(c);
    }
  }
}

/** A spike's peak: `peakRequestsPerSecond`, else 10 × the base. */
function spikePeak(c: TrafficConfig): number {
  return c.peakRequestsPerSecond ?? c.requestsPerSecond * 10;
}

/** Bursty on-rate: the peak when one is given, else `requestsPerSecond` (then off means silence). */
function burstOnRate(c: TrafficConfig): number {
  return c.peakRequestsPerSecond ?? c.requestsPerSecond;
}

/** Bursty off-rate: `requestsPerSecond` as the base under a given peak, else 0. */
function burstOffRate(c: TrafficConfig): number {
  return c.peakRequestsPerSecond === undefined ? 0 : c.requestsPerSecond;
}

/** The traffic in force after `change`: its defined fields replace the current ones. */
function withChange(config: TrafficConfig, change: TrafficChange): TrafficConfig {
  const next = { ...config };
  for (const [k, v] of Object.entries(change)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  return next;
}

/**
 * Expected number of arrivals over [fromMs, toMs) of pattern time: the exact integral of the
 * rate, in closed form for every pattern (a sampled sum misses short spikes and on-phases).
 */
export function arrivalsIn(c: TrafficConfig, fromMs: number, toMs: number): number {
  const a = fromMs;
  const b = toMs;
  if (!(b > a)) return 0;
  const r = c.requestsPerSecond;
  let ms: number; // the integral of the rate over [a, b), in requests × ms / s
  switch (c.pattern) {
    case 'steady':
      ms = r * (b - a);
      break;
    case 'idle':
      ms = 0;
      break;
    case 'ramp': {
      const rampMs = c.rampSeconds * 1000;
      if (rampMs <= 0) {
        ms = r * (b - a);
        break;
      }
      const s0 = c.startRequestsPerSecond;
      const e = Math.min(b, rampMs);
      ms = e > a ? s0 * (e - a) + ((r - s0) * (e - a) * (e + a)) / (2 * rampMs) : 0;
      if (b > rampMs) ms += r * (b - Math.max(a, rampMs));
      break;
    }
    case 'spike': {
      const s = c.spikeStartSeconds * 1000;
      const e = s + c.spikeDurationSeconds * 1000;
      const overlap = Math.max(0, Math.min(b, e) - Math.max(a, s));
      ms = r * (b - a) + (spikePeak(c) - r) * overlap;
      break;
    }
    case 'diurnal': {
      const periodMs = c.periodSeconds * 1000;
      const w = (2 * Math.PI) / periodMs;
      ms = r * (b - a) - ((r * c.amplitude) / w) * (dsinTurns((b % periodMs) / periodMs) - dsinTurns((a % periodMs) / periodMs));
      break;
    }
    case 'bursty': {
      const on = c.onSeconds * 1000;
      const cycle = on + c.offSeconds * 1000;
      const onUpTo = (x: number) => Math.floor(x / cycle) * on + Math.min(x % cycle, on);
      const onMs = onUpTo(b) - onUpTo(a);
      ms = burstOnRate(c) * onMs + burstOffRate(c) * (b - a - onMs);
      break;
    }
  }
  return Math.max(0, ms / 1000);
}

/** The highest rate a pattern reaches at any time (requests per second). */
export function peakRate(c: TrafficConfig): number {
  const r = c.requestsPerSecond;
  switch (c.pattern) {
    case 'steady':
      return r;
    case 'idle':
      return 0;
    case 'ramp':
      return Math.max(r, c.startRequestsPerSecond);
    case 'spike':
      return Math.max(r, spikePeak(c));
    case 'diurnal':
      return r * (1 + c.amplitude);
    case 'bursty':
      return Math.max(burstOnRate(c), burstOffRate(c));
  }
}

/**
 * The traffic in force through a run, stretch by stretch, as the engine applies it: the
 * scenario's from 0, then after each timeline change in time order (a stable sort: changes at
 * the same time apply in the order given, as the engine's queue does), each merged into the
 * traffic before it; a new pattern restarts the pattern clock (`originMs`).
 */
function trafficStretches(traffic: Scenario['traffic']): { config: TrafficConfig; startMs: number; originMs: number }[] {
  const { timeline, ...base } = traffic;
  const out = [{ config: base as TrafficConfig, startMs: 0, originMs: 0 }];
  for (const { atSeconds, ...change } of [...timeline].sort((p, q) => p.atSeconds - q.atSeconds)) {
    const prev = out[out.length - 1];
    const at = Math.max(0, atSeconds * 1000);
    out.push({ config: withChange(prev.config, change), startMs: at, originMs: change.pattern !== undefined ? at : prev.originMs });
  }
  return out;
}

/** The highest rate of a whole run: the scenario's traffic and every state its timeline makes. */
export function peakRateOfRun(traffic: Scenario['traffic']): number {
  return trafficStretches(traffic).reduce((peak, s) => Math.max(peak, peakRate(s.config)), 0);
}

/**
 * Expected arrivals of a whole run of `durationMs`, each stretch of traffic integrated exactly.
 * For the up-front refusal of runs too large to finish.
 */
export function expectedArrivals(traffic: Scenario['traffic'], durationMs: number): number {
  const stretches = trafficStretches(traffic);
  let total = 0;
  for (let i = 0; i < stretches.length && stretches[i].startMs < durationMs; i++) {
    const { config, startMs, originMs } = stretches[i];
    const endMs = i + 1 < stretches.length ? Math.min(stretches[i + 1].startMs, durationMs) : durationMs;
    total += arrivalsIn(config, startMs - originMs, endMs - originMs);
  }
  return total;
}

/** Segments of pattern time over [fromMs, toMs) (a pattern's pieces: each on or off phase, a curve's 96 per period). */
function segmentsIn(c: TrafficConfig, fromMs: number, toMs: number): number {
  const span = toMs - fromMs;
  if (!(span > 0)) return 0;
  switch (c.pattern) {
    case 'steady':
    case 'idle':
      return 1;
    case 'spike':
      return 3;
    case 'ramp': {
      const rampMs = c.rampSeconds * 1000;
      return 1 + (rampMs > 0 && fromMs < rampMs ? Math.ceil(((Math.min(toMs, rampMs) - fromMs) / rampMs) * SEGMENTS_PER_CURVE) : 0);
    }
    case 'bursty': {
      const cycleMs = (c.onSeconds + c.offSeconds) * 1000;
      return (c.offSeconds > 0 ? 2 : 1) * (Math.ceil(span / cycleMs) + 1);
    }
    case 'diurnal':
      return Math.ceil((span / (c.periodSeconds * 1000)) * SEGMENTS_PER_CURVE) + 1;
  }
}

/**
 * At most how many segments the arrival generator walks in a run of `durationMs` with
 * `arrivals` arrivals (beyond the one each arrival is drawn in, part of an arrival's cost): every
 * segment of every stretch of traffic, but never more than THINNING_WALK (then the inversion's
 * few hundred) per arrival. For the up-front
 * refusal of runs too large to finish: a year of 1 ms bursts is tens of billions of segments
 * whatever its rate.
 */
export function segmentWalkBound(traffic: Scenario['traffic'], durationMs: number, arrivals: number): number {
  const stretches = trafficStretches(traffic);
  let segments = 0;
  let n = 0;
  for (let i = 0; i < stretches.length && stretches[i].startMs < durationMs; i++, n++) {
    const { config, startMs, originMs } = stretches[i];
    const endMs = i + 1 < stretches.length ? Math.min(stretches[i + 1].startMs, durationMs) : durationMs;
    segments += segmentsIn(config, startMs - originMs, endMs - originMs);
  }
  return Math.min(segments, (arrivals + n) * (THINNING_WALK + 4 * SEGMENTS_PER_CURVE + 8));
}

/**
 * A segment of pattern time starting at `tpMs`: where it ends, the rate bound inside it, and
 * whether the rate is constant there (then no thinning draw is needed).
 */
function segment(c: TrafficConfig, tpMs: number, out: { endMs: number; bound: number; constant: boolean }): void {
  switch (c.pattern) {
    case 'steady':
    case 'idle':
      out.endMs = Infinity;
      out.bound = rateAt(c, tpMs);
      out.constant = true;
      return;
    case 'ramp': {
      const rampMs = c.rampSeconds * 1000;
      if (tpMs >= rampMs || rampMs <= 0) {
        out.endMs = Infinity;
        out.bound = c.requestsPerSecond;
        out.constant = true;
        return;
      }
      const step = rampMs / SEGMENTS_PER_CURVE;
      const end = Math.min(rampMs, (Math.floor(tpMs / step) + 1) * step);
      out.endMs = end <= tpMs ? rampMs : end;
      // Linear inside the segment, so the bound is the larger end.
      const atEnd = c.startRequestsPerSecond + ((c.requestsPerSecond - c.startRequestsPerSecond) * out.endMs) / rampMs;
      out.bound = Math.max(rateAt(c, tpMs), atEnd) * (1 + 1e-12);
      out.constant = false;
      return;
    }
    case 'spike': {
      const s = c.spikeStartSeconds * 1000;
      const e = s + c.spikeDurationSeconds * 1000;
      out.endMs = tpMs < s ? s : tpMs < e ? e : Infinity;
      out.bound = rateAt(c, tpMs);
      out.constant = true;
      return;
    }
    case 'bursty': {
      const on = c.onSeconds * 1000;
      const cycle = on + c.offSeconds * 1000;
      const start = tpMs - (tpMs % cycle);
      out.endMs = tpMs % cycle < on ? start + on : start + cycle;
      if (out.endMs <= tpMs) out.endMs = tpMs + cycle; // float guard
      out.bound = rateAt(c, tpMs);
      out.constant = true;
      return;
    }
    case 'diurnal': {
      const periodMs = c.periodSeconds * 1000;
      const step = periodMs / SEGMENTS_PER_CURVE;
      const k = Math.floor(tpMs / step);
      let end = (k + 1) * step;
      if (end <= tpMs) end = tpMs + step;
      out.endMs = end;
      // The rate is a cosine: inside one small segment its maximum is at an end, unless the
      // segment holds the crest (at half a period).
      let bound = Math.max(rateAt(c, tpMs), rateAt(c, end));
      const crest = Math.floor(tpMs / periodMs) * periodMs + periodMs / 2;
      if (crest >= tpMs && crest <= end) bound = c.requestsPerSecond * (1 + c.amplitude);
      out.bound = bound * (1 + 1e-12);
      out.constant = false;
      return;
    }
  }
}

/** Generates arrival times one at a time; holds the pattern in force and its origin. */
export class ArrivalGenerator {
  config: TrafficConfig;
  /** Simulated time (ms) at which the current pattern started; pattern time = t − origin. */
  originMs = 0;
  private readonly seg = { endMs: 0, bound: 0, constant: true };
  /**
   * A constant-rate Poisson segment in force, cached: [startMs, endMs) of pattern time and its
   * mean gap. Valid until the config changes. A constant segment's bound is its rate wherever
   * in it a draw starts, so this skips only recomputation, never changes a draw.
   */
  /** Where the last draw started (an arrival, a change or 0): uniform spacing carries on from it across a change. */
  private lastFromMs = 0;
  /** Uniform: the part of the next arrival's expected count already gone by at `lastFromMs`. */
  private uniformCarry = 0;
  /** The next draw starts at a traffic change (not at an arrival), so the carry holds. */
  private carryPending = false;
  private fastStart = Infinity;
  private fastEnd = -Infinity;
  private fastGapMs = 0;
  /** The answer of `nextFrom` (see `next`): a double field, so it starts as one. */
  private drawnMs = 0.5;

  constructor(
    config: TrafficConfig,
    private readonly stream: RandomStream,
  ) {
    this.config = { ...config };
  }

  /** Apply a change at time `nowMs`; a new pattern restarts the pattern clock. */
  apply(change: TrafficChange, nowMs: number): void {
    if (this.config.arrivals === 'uniform') {
      // The count since the last arrival carries over, so a change (even to the same rate) does not restart the spacing.
      const done = this.uniformCarry + arrivalsIn(this.config, this.lastFromMs - this.originMs, nowMs - this.originMs);
      // At 1 the arrival was due at this very instant (a tie with the change): it comes now.
      this.uniformCarry = done < 1 ? done : 1;
      this.carryPending = true;
    }
    if (change.pattern !== undefined) this.originMs = nowMs;
    this.config = withChange(this.config, change);
    this.fastStart = Infinity;
    this.fastEnd = -Infinity;
  }

  /** Target rate now (requests per second). */
  rateNow(nowMs: number): number {
    return rateAt(this.config, nowMs - this.originMs);
  }

  /** First arrival after `fromMs` (Infinity if the rate stays 0 for ever). */
  next(fromMs: number): number {
    // Small on purpose (the common case), so that callers inline it.
    const origin = this.originMs;
    let tp = fromMs - origin;
    if (tp >= this.fastStart && tp < this.fastEnd) {
      const cand = tp + this.stream.exponential(this.fastGapMs);
      if (cand < this.fastEnd) return cand + origin;
      tp = this.fastEnd;
    }
    // Read back from a field, not returned: a double returned by a call V8 does not inline comes
    // boxed, and merged with the common case's value it would box that one too, at every arrival.
    this.nextFrom(tp);
    return this.drawnMs;
  }

  /** First arrival after pattern time `tp`, through the segments, into `drawnMs`. */
  private nextFrom(tp: number): void {
    this.drawnMs = this.firstAfter(tp);
  }

  /** First arrival after pattern time `tp`, through the segments. */
  private firstAfter(tp: number): number {
    const c = this.config;
    const origin = this.originMs;
    // Evenly spaced: one arrival each time the expected count grows by exactly one, so the
    // spacing follows a varying rate and carries across segment edges.
    if (c.arrivals === 'uniform') {
      // Drawn from an arrival, nothing has gone by yet; drawn from a change, the carry counts.
      if (!this.carryPending) this.uniformCarry = 0;
      this.carryPending = false;
      this.lastFromMs = tp + origin;
      return this.invert(tp, 1 - this.uniformCarry) + origin;
    }
    const seg = this.seg;
    for (let walked = 0; walked < THINNING_WALK; walked++) {
      segment(c, tp, seg);
      const bound = seg.bound;
      if (!(bound > 0)) {
        if (seg.endMs === Infinity) return Infinity;
        tp = seg.endMs;
        continue;
      }
      if (seg.constant) {
        this.fastStart = tp;
        this.fastEnd = seg.endMs;
        this.fastGapMs = 1000 / bound;
      }
      const cand = tp + this.stream.exponential(1000 / bound);
      if (cand >= seg.endMs) {
        tp = seg.endMs;
        continue;
      }
      if (seg.constant || this.stream.next() * bound <= rateAt(c, cand)) return cand + origin;
      tp = cand;
    }
    // A rate so low that thinning walks thousands of segments without an arrival (a tiny rate
    // with a short period): the process has no memory, so the next arrival from here is where
    // the expected count grows by a fresh Exp(1) draw, found by inverting the exact integral.
    return this.invert(tp, this.stream.exponential(1)) + origin;
  }

  /**
   * The pattern time where the expected number of arrivals since `tp` reaches `count`
   * (Infinity if it never does): whole periods of a periodic pattern are skipped at once, then
   * the segments are walked and the one that holds it is solved (exactly where the rate is
   * constant, by bisection of the closed-form integral where it varies).
   */
  private invert(tp: number, count: number): number {
    const c = this.config;
    const seg = this.seg;
    let left = count;
    const period = c.pattern === 'diurnal' ? c.periodSeconds * 1000 : c.pattern === 'bursty' ? (c.onSeconds + c.offSeconds) * 1000 : 0;
    if (period > 0) {
      const perPeriod = arrivalsIn(c, 0, period);
      if (!(perPeriod > 0)) return Infinity;
      const skip = Math.floor(left / perPeriod) - 1;
      if (skip > 0) {
        left -= skip * perPeriod;
        tp += skip * period;
      }
    }
    // After the skip at most two periods remain (2 × 96 diurnal segments); a ramp has 96.
    for (let walked = 0; walked < 4 * SEGMENTS_PER_CURVE + 8; walked++) {
      segment(c, tp, seg);
      if (seg.endMs === Infinity) {
        const rate = rateAt(c, tp);
        return rate > 0 ? tp + (left * 1000) / rate : Infinity;
      }
      const inSegment = arrivalsIn(c, tp, seg.endMs);
      if (left <= inSegment && inSegment > 0) {
        if (seg.constant) return Math.min(tp + (left * 1000) / seg.bound, seg.endMs);
        // Newton's method on the integral (its slope is the rate), kept inside a shrinking
        // bracket and falling back to bisection when a step would leave it.
        let lo = tp;
        let hi = seg.endMs;
        let t = tp + (hi - tp) * (left / inSegment);
        for (let i = 0; i < 100; i++) {
          const excess = arrivalsIn(c, tp, t) - left;
          if (excess < 0) lo = t;
          else hi = t;
          // A billionth of an arrival: far below any visible spacing, and reachable in doubles.
          if (Math.abs(excess) <= 1e-9 * Math.max(1, left)) return t;
          const rate = rateAt(c, t);
          let next = rate > 0 ? t - (excess * 1000) / rate : NaN;
          if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
          if (!(next > lo && next < hi)) return hi;
          t = next;
        }
        return hi;
      }
      left -= inSegment;
      tp = seg.endMs;
    }
    return Infinity;
  }
}
