/**
 * exp, log, sin and cos from IEEE-754 arithmetic alone, so every JS engine computes the same
 * bits. ECMAScript leaves Math.exp, Math.log, Math.sin, Math.cos and Math.pow
 * "implementation-approximated": Node 20's V8 and Chromium's differ in the last bit for about one
 * exp in ten (measured), which is enough to make a run in the browser differ from the same run
 * in Node. +, −, ×, ÷, Math.sqrt, Math.floor and `%` are exactly rounded everywhere (JS has no
 * fused multiply-add), so functions built from them alone are deterministic.
 *
 * The algorithms and coefficients follow fdlibm's (Sun Microsystems, 1993; freely redistributable
 * with its notice): e_exp.c's reduction and polynomial; e_log.c's, without its special branch for
 * arguments within 2^-20 of a power of two; k_sin.c and k_cos.c on an angle reduced in two parts
 * (the reduction's tail term is dropped). Error under 1 ulp for exp and log (tested against the
 * platform), about 1e-16 for sin and cos of the fractions of a turn used here.
 */

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer); // little-endian: [low, high], as on every platform JS runs on

/** 2^k for an integer k in [−1022, 1023], built from its bits (exact). */
export function pow2(k: number): number {
  words[0] = 0;
  words[1] = (k + 1023) << 20;
  return scratch[0];
}

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const EXP_OVERFLOW = 7.09782712893383973096e2;
const EXP_UNDERFLOW = -7.45133219101941108420e2;

/** e^x, identical in every engine. */
export function dexp(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  // x = k·ln2 + r with |r| ≤ ln2/2; ln2 in two parts so k·LN2_HI is exact.
  const k = Math.floor(INV_LN2 * x + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  if (k >= -1021) return k > 1023 ? y * 2 * pow2(k - 1) : y * pow2(k);
  // Subnormal result: scale in two exact-then-rounded steps.
  return y * pow2(k + 1000) * pow2(-1000);
}

const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const TWO54 = 1.80143985094819840000e16;

/** Natural logarithm, identical in every engine. */
export function dlog(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    // Subnormal: scale up by 2^54 first.
    x *= TWO54;
    k = -54;
  }
  scratch[0] = x;
  let hx = words[1];
  k += (hx >>> 20) - 1023;
  hx &= 0x000fffff;
  // Normalize the mantissa m into [√2/2, √2): x = 2^k · m.
  const i = (hx + 0x95f64) & 0x100000;
  words[1] = hx | (i ^ 0x3ff00000);
  k += i >>> 20;
  const f = scratch[0] - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
}

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

/** sin on |x| ≤ π/4. */
function kernelSin(x: number): number {
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x + v * (S1 + z * r);
}

/** cos on |x| ≤ π/4. */
function kernelCos(x: number): number {
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  const hz = 0.5 * z;
  const w = 1 - hz;
  return w + (1 - w - hz + z * r);
}

const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;
const INV_PIO2 = 6.36619772367581382433e-1;

/**
 * sin and cos of 2π·turns, for a fraction of a turn: the caller reduces its angle to [0, 1)
 * turns with `%` (exact), so no large-argument reduction is ever needed.
 */
function reduce(turns: number): { n: number; y: number } {
  const x = 2 * Math.PI * (turns - Math.floor(turns));
  const n = Math.floor(x * INV_PIO2 + 0.5);
  return { n: n & 3, y: x - n * PIO2_1 - n * PIO2_1T };
}

/** sin(2π·turns), identical in every engine. */
export function dsinTurns(turns: number): number {
  const { n, y } = reduce(turns);
  return n === 0 ? kernelSin(y) : n === 1 ? kernelCos(y) : n === 2 ? -kernelSin(y) : -kernelCos(y);
}

/** cos(2π·turns), identical in every engine. */
export function dcosTurns(turns: number): number {
  const { n, y } = reduce(turns);
  return n === 0 ? kernelCos(y) : n === 1 ? -kernelSin(y) : n === 2 ? -kernelCos(y) : kernelSin(y);
}
