/**
 * Seeded randomness. One independent stream per source (arrivals, durations, cold starts,
 * database...), so turning one knob does not reshuffle the others. sfc32 is used because it is
 * small, fast with 32-bit integer ops in every JS engine, and passes PractRand; its output is
 * identical in Node and browsers. The distributions use Math.log/exp/sqrt/cos, which are not
 * bit-specified by ECMAScript: Node and Chromium share V8 so runs match there; another engine
 * (Firefox, Safari) may differ in the last ulp and, rarely, in a tie.
 */

/** Names of the random streams; each source draws only from its own. */
export type StreamName = 'arrivals' | 'durations' | 'coldStarts' | 'database' | 'async' | 'server';

/** A seeded stream of uniform and shaped random numbers. */
export interface RandomStream {
  /** Uniform in (0, 1): never exactly 0, so `-Math.log(u)` is finite. */
  next(): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** Standard normal (Box–Muller, spare cached). */
  normal(): number;
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

/** Create the stream `name` for a scenario seed. */
export function createStream(seed: number, name: StreamName | string): RandomStream {
  const mix = splitmix32((seed >>> 0) ^ hashString(name));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix() | 1;
  let spare = 0;
  let hasSpare = false;

  const nextU32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up: sfc32's first outputs are correlated with the seed.
  for (let i = 0; i < 12; i++) nextU32();

  const next = (): number => (nextU32() + 0.5) / 4294967296;

  return {
    next,
    exponential(mean: number): number {
      return -Math.log(next()) * mean;
    },
    normal(): number {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      const r = Math.sqrt(-2 * Math.log(next()));
      const theta = 2 * Math.PI * next();
      spare = r * Math.sin(theta);
      hasSpare = true;
      return r * Math.cos(theta);
    },
  };
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
  const k = Math.log(p99 / mean);
  let sigma: number;
  if (!(k > 0)) sigma = 0.01;
  else {
    const disc = Z99 * Z99 - 2 * k;
    sigma = disc > 0 ? Z99 - Math.sqrt(disc) : Z99;
  }
  return { mu: Math.log(mean) - (sigma * sigma) / 2, sigma };
}

/** A duration distribution as the scenario describes it. */
export interface DistributionSpec {
  distribution: 'constant' | 'exponential' | 'lognormal';
  mean: number;
  p99?: number;
}

/** Compile a distribution into a sampler over `stream` (no allocation per draw). */
export function sampler(spec: DistributionSpec, stream: RandomStream): () => number {
  const mean = spec.mean;
  if (spec.distribution === 'constant' || mean <= 0) return () => mean;
  if (spec.distribution === 'exponential') return () => stream.exponential(mean);
  const { mu, sigma } = lognormalParams(mean, spec.p99 ?? mean * 3);
  return () => Math.exp(mu + sigma * stream.normal());
}
