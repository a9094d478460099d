import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dcosTurns, dexp, dlog, dsinTurns, pow2 } from '@/simulations/dmath';

/** Distance in units in the last place (ulps) between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  return Number(buf.getBigInt64(0) - buf.getBigInt64(8)) * Math.sign(Number(buf.getBigInt64(0) - buf.getBigInt64(8)));
}

describe('deterministic math (fdlibm from exactly rounded arithmetic)', () => {
  it('exp is within 1 ulp of the platform’s, over the whole finite range', () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709.78, noNaN: true }), (x) => {
        const want = Math.exp(x);
        // Subnormal results carry fewer bits: compare them absolutely.
        if (want < 2.2250738585072014e-308) expect(Math.abs(dexp(x) - want)).toBeLessThanOrEqual(Number.MIN_VALUE * 2);
        else expect(ulps(dexp(x), want)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20_000 },
    );
  });

  it('log is within 1 ulp of the platform’s, subnormals included', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), (x) => {
        const want = Math.log(x);
        if (want === 0) expect(dlog(x)).toBe(0);
        else expect(ulps(dlog(x), want)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20_000 },
    );
  });

  it('sin and cos of a fraction of a turn are within 4e-16 of the platform’s', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (turns) => {
        expect(Math.abs(dsinTurns(turns) - Math.sin(2 * Math.PI * turns))).toBeLessThanOrEqual(4e-16);
        expect(Math.abs(dcosTurns(turns) - Math.cos(2 * Math.PI * turns))).toBeLessThanOrEqual(4e-16);
      }),
      { numRuns: 20_000 },
    );
  });

  it('gets the edges right', () => {
    expect(dexp(0)).toBe(1);
    // fdlibm's e is 1 ulp above the correctly rounded one (as Java's StrictMath.exp(1), also fdlibm).
    expect(ulps(dexp(1), Math.E)).toBe(1);
    expect(dexp(-Infinity)).toBe(0);
    expect(dexp(Infinity)).toBe(Infinity);
    expect(dexp(710)).toBe(Infinity);
    expect(dexp(NaN)).toBeNaN();
    expect(dlog(1)).toBe(0);
    expect(dlog(Math.E)).toBe(1);
    expect(dlog(0)).toBe(-Infinity);
    expect(dlog(-1)).toBeNaN();
    expect(dlog(Infinity)).toBe(Infinity);
    expect(dsinTurns(0)).toBe(0);
    expect(dcosTurns(0)).toBe(1);
    expect(dsinTurns(0.25)).toBe(1);
    expect(dcosTurns(0.5)).toBe(-1);
    for (let k = -1022; k <= 1023; k += 7) expect(pow2(k)).toBe(2 ** k);
  });
});
