import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_STOPS, nextStop, positionToRate, rateToPosition, SLIDER_STEPS } from '@/components/simulator/rateScale';

describe('the traffic slider scale', () => {
  it('spans 0 to 10,000 requests/s', () => {
    expect(positionToRate(0)).toBe(0);
    expect(positionToRate(SLIDER_STEPS)).toBe(10_000);
    expect(rateToPosition(0)).toBe(0);
    expect(rateToPosition(10_000)).toBe(SLIDER_STEPS);
  });

  it('is monotonic and round-trips positions to within a step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: SLIDER_STEPS - 1 }), (p) => {
        expect(positionToRate(p + 1)).toBeGreaterThanOrEqual(positionToRate(p));
        expect(Math.abs(rateToPosition(positionToRate(p)) - p)).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('is logarithmic: each decade takes the same slider distance', () => {
    const decade = rateToPosition(10) - rateToPosition(1);
    expect(Math.abs(rateToPosition(1000) - rateToPosition(100) - decade)).toBeLessThanOrEqual(1);
  });

  it('keyboard stops step 1-2-5 and stop at the ends', () => {
    expect(nextStop(10, 1)).toBe(20);
    expect(nextStop(20, 1)).toBe(50);
    expect(nextStop(50, -1)).toBe(20);
    expect(nextStop(0, -1)).toBe(0);
    expect(nextStop(10_000, 1)).toBe(10_000);
    expect(nextStop(0, 1)).toBe(KEY_STOPS[1]);
    expect(nextStop(13, 1)).toBe(20);
    expect(nextStop(13, -1)).toBe(10);
  });
});
