/**
 * Seeded randomness. One independent stream per source (arrivals, durations, cold starts,
 * database...), so turning one knob does not reshuffle the others. sfc32 is used because it is
 * small, fast with 32-bit integer ops in every JS engine, and passes PractRand; its output is
 * identical in Node and browsers. The distributions use exp and log from dmath.ts, built from
 * exactly rounded arithmetic (Math.exp and Math.log differ between engines, even between Node's
 * V8 and Chromium's), and Math.sqrt, which is exactly rounded everywhere.
 */
import { dexp, dlog } from './dmath';

/** Names of the random streams; each source draws only from its own. */
export type StreamName = 'arrivals' | 'durations' | 'coldStarts' | 'database' | 'async' | 'server';

/** A seeded stream of uniform and shaped random numbers. */
export interface RandomStream {
  /** Uniform in (0, 1): never exactly 0, so `-dlog(u)` is finite. */
  next(): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** Standard normal (Box–Muller, spare cached). */
  normal(): number;
}

/**
 * Tables for exponential draws by the ziggurat method (Marsaglia & Tsang 2000, 256 layers): a
 * draw is one 32-bit word — low 8 bits pick the layer, high 24 bits the point in it — accepted
 * at once ~99% of the time; the rest take the exact edge or tail test. Exact in distribution
 * (to 2^-24 of a layer's width) with no Math.log on the fast path.
 */
const ZIG_M = 16777216; // 2^24
const zigK = new Float64Array(256);
const zigW = new Float64Array(256);
const zigF = new Float64Array(256);
const ZIG_R = 7.697117470131487;
{
  const v = 3.949659822581572e-3;
  let de = ZIG_R;
  let te = de;
  const q = v / dexp(-de);
  zigK[0] = (de / q) * ZIG_M;
  zigK[1] = 0;
  zigW[0] = q / ZIG_M;
  zigW[255] = de / ZIG_M;
  zigF[0] = 1;
  zigF[255] = dexp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -dlog(v / de + dexp(-de));
    zigK[i + 1] = (de / te) * ZIG_M;
    te = de;
    zigF[i] = dexp(-de);
    zigW[i] = de / ZIG_M;
  }
  // Points are taken at j + 0.5 (never 0); accept while that stays inside the inner edge.
  for (let i = 0; i < 256; i++) zigK[i] -= 0.5;
}

/** Hash a string to 32 bits (FNV-1a) so stream names give distinct seeds. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32: spreads a seed into well-mixed state words. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * sfc32 with the state in object fields (not closure variables) so V8 keeps them in registers
 * in the hot loop; normals by Marsaglia's polar method (no trigonometry), spare cached.
 */
class Sfc32Stream implements RandomStream {
  // Initialized here, not only in the constructor: TypeScript emits a bare field declaration as
  // `a;` (defined as undefined), which makes V8 keep the field untyped and box every write.
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number, name: string) {
    const mix = splitmix32((seed >>> 0) ^ hashString(name));
    this.a = mix() | 0;
    this.b = mix() | 0;
    this.c = mix() | 0;
    this.d = mix() | 1;
    // Warm up: sfc32's first outputs are correlated with the seed.
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return ((t >>> 0) + 0.5) * 2.3283064365386963e-10; // / 2^32, exactly
  }

  /** Next raw 32-bit word (unsigned). */
  nextU32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  exponential(mean: number): number {
    const u = this.nextU32();
    const i = u & 255;
    const j = u >>> 8;
    if (j < zigK[i]) return (j + 0.5) * zigW[i] * mean;
    return this.exponentialSlow(i, j) * mean;
  }

  /** The ziggurat's rare path: the base strip's tail, or a point in a layer's ragged edge. */
  private exponentialSlow(i: number, j: number): number {
    for (;;) {
      if (i === 0) {
        const x = (j + 0.5) * zigW[0];
        // The base strip: its rectangle part, else the tail beyond R, which is memoryless: R plus a fresh Exp(1).
        if (x < ZIG_R) return x;
        return ZIG_R + this.exponential(1);
      }
      const x = (j + 0.5) * zigW[i];
      if (zigF[i] + this.next() * (zigF[i - 1] - zigF[i]) < dexp(-x)) return x;
      const u = this.nextU32();
      i = u & 255;
      j = u >>> 8;
      if (j < zigK[i]) return (j + 0.5) * zigW[i];
    }
  }

  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * dlog(s)) / s);
    this.spare = v * m;
    this.hasSpare = true;
    return u * m;
  }
}

/** Create the stream `name` for a scenario seed. */
export function createStream(seed: number, name: StreamName | string): RandomStream {
  return new Sfc32Stream(seed, name);
}

/** z-score of the 99th percentile of a standard normal. */
export const Z99 = 2.3263478740408408;

/**
 * Lognormal parameters (mu, sigma) from a mean and a p99. Solves
 * mean = exp(mu + sigma²/2), p99 = exp(mu + Z99·sigma) for sigma; when p99 is too close to or
 * below the mean to fit, sigma falls back to a small spread.
 */
export function lognormalParams(mean: number, p99: number): { mu: number; sigma: number } {
  // ln(p99/mean) = Z99·σ − σ²/2  →  σ = Z99 − sqrt(Z99² − 2·ln(p99/mean)), the smaller root.
  const k = dlog(p99 / mean);
  let sigma: number;
  if (!(k > 0)) sigma = 0.01;
  else {
    const disc = Z99 * Z99 - 2 * k;
    sigma = disc > 0 ? Z99 - Math.sqrt(disc) : Z99;
  }
  return { mu: dlog(mean) - (sigma * sigma) / 2, sigma };
}

/** A duration distribution as the scenario describes it. */
export interface DistributionSpec {
  distribution: 'constant' | 'exponential' | 'lognormal';
  mean: number;
  p99?: number;
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * dlog(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * dlog(1 - p));
    return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** Quantile-table resolution for lognormal draws. */
const TABLE_SIZE = 4096;
const NO_TABLE = new Float64Array(0);

/**
 * A distribution compiled for fast draws over one stream (no allocation per draw). Lognormal
 * draws use inverse-transform sampling from a 4,096-point quantile table with linear
 * interpolation — one uniform and no Math.exp/log per draw, which is most of the engine's speed —
 * and the exact quantile in the outer 1/4096 at each end so the tail (p99 and beyond) is not
 * clipped. A class with a small `draw` method (not a closure) so the engine's hot path can
 * inline it.
 */
export class Sampler {
  // Every field gets its type's value at declaration (see Sfc32Stream).
  private readonly kind: 0 | 1 | 2 = 0;
  private readonly mean: number = 0;
  private readonly mu: number = 0;
  private readonly sigma: number = 0;
  private readonly table: Float64Array = NO_TABLE;
  /** The last tail draw (see `draw`): a double field, so it starts as one. */
  private tailValue = 0.5;

  constructor(
    spec: DistributionSpec,
    private readonly stream: RandomStream,
  ) {
    this.mean = spec.mean;
    if (spec.distribution === 'constant' || spec.mean <= 0) this.kind = 0;
    else if (spec.distribution === 'exponential') this.kind = 1;
    else {
      this.kind = 2;
      const { mu, sigma } = lognormalParams(spec.mean, spec.p99 ?? spec.mean * 3);
      this.mu = mu;
      this.sigma = sigma;
      const table = new Float64Array(TABLE_SIZE + 1);
      for (let k = 1; k < TABLE_SIZE; k++) table[k] = dexp(mu + sigma * normalQuantile(k / TABLE_SIZE));
      this.table = table;
    }
  }

  /** One draw. */
  draw(): number {
    if (this.kind === 2) {
      const x = this.stream.next() * TABLE_SIZE;
      const k = x | 0;
      if (k !== 0 && k < TABLE_SIZE - 1) {
        const table = this.table;
        const lo = table[k];
        return lo + (table[k + 1] - lo) * (x - k);
      }
      // Read back from a field, not returned: a double returned by a call V8 does not inline
      // comes boxed, and merged with the table's value above it would box that one too, on
      // every draw (a heap allocation per draw).
      this.tail(x);
      return this.tailValue;
    }
    if (this.kind === 0) return this.mean;
    return this.stream.exponential(this.mean);
  }

  /** The lognormal's two outer table cells (1 draw in 2,048), computed exactly into `tailValue`; kept out of `draw` so inlining it stays cheap. */
  private tail(x: number): void {
    this.tailValue = dexp(this.mu + this.sigma * normalQuantile(x / TABLE_SIZE));
  }
}

/** Compile a distribution into a draw function over `stream` (see Sampler). */
export function sampler(spec: DistributionSpec, stream: RandomStream): () => number {
  const s = new Sampler(spec, stream);
  return () => s.draw();
}
