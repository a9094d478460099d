import { describe, expect, it } from 'vitest';
import {
  BREAK_EVEN_RATES,
  breakEvenWords,
  decadeRange,
  downsample,
  interpolateLogLog,
  logSpace,
  maxOf,
  sumOf,
  timeWindows,
  windowLabel,
  windowWords,
  roundSignificant,
  toColumns,
  zeroRange,
} from '@/components/charts/data';
import { rateInWords } from '@/components/simulator/format';
import { crossings, crossover as findCrossover, monthlyCostCurve } from '@/simulations/curve';

describe('downsample', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('returns short inputs whole, as a copy', () => {
    const r = rows(10);
    const d = downsample(r, 60);
    expect(d).toEqual(r);
    expect(d).not.toBe(r);
    expect(downsample([], 60)).toEqual([]);
  });

  it('bounds the rows and keeps the first and the last, in order, without repeats', () => {
    for (const n of [61, 100, 599, 3600]) {
      for (const max of [2, 7, 31, 60]) {
        const d = downsample(rows(n), max);
        expect(d.length).toBe(max);
        expect(d[0]).toBe(0);
        expect(d.at(-1)).toBe(n - 1);
        for (let i = 1; i < d.length; i++) expect(d[i]).toBeGreaterThan(d[i - 1]);
      }
    }
  });

  it('spreads the picks evenly', () => {
    const d = downsample(rows(3600), 60);
    const gaps = d.slice(1).map((v, i) => v - d[i]);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });

  it('with room for one row keeps the last', () => {
    expect(downsample(rows(5), 1)).toEqual([4]);
  });
});

describe('timeWindows (the chart tables of long runs)', () => {
  // Per-second rows as the engine emits them: the second ending at t, with a count in it.
  const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ t: from + i, count: (from + i) % 7 }));

  it('keeps one row per second while that fits', () => {
    const r = rows(1, 45);
    const { size, windows } = timeWindows(r, (x) => x.t, 60);
    expect(size).toBe(1);
    expect(windows.map((w) => w.rows)).toEqual(r.map((x) => [x]));
    expect(windows.map((w) => windowLabel(w, size, (ms) => String(ms / 1000)))).toEqual(r.map((x) => String(x.t)));
  });

  it('groups long runs into round windows whose counts add up to the run', () => {
    for (const [from, n] of [[1, 61], [1, 3600], [1, 86_400], [1234, 3600], [7, 999], [1, 30 * 86_400]] as const) {
      const r = rows(from, n);
      const { size, windows } = timeWindows(r, (x) => x.t, 60);
      expect(windows.length).toBeLessThanOrEqual(61);
      expect(windows.length).toBeGreaterThan(1);
      // Nothing is dropped or counted twice, and the order holds.
      expect(windows.flatMap((w) => w.rows)).toEqual(r);
      expect(windows.reduce((s, w) => s + sumOf(w.rows, (x) => x.count), 0)).toBe(sumOf(r, (x) => x.count));
      // Windows are aligned to multiples of their length; only the first and last may be partial.
      for (const [i, w] of windows.entries()) {
        expect(Math.floor((w.fromSeconds) / size)).toBe(Math.floor((w.toSeconds - 1) / size));
        if (i > 0 && i < windows.length - 1) {
          expect(w.rows.length).toBe(size);
          expect(w.fromSeconds % size).toBe(0);
        }
      }
    }
  });

  it('keeps one window length while an hour of rows slides on (an open table does not flip)', () => {
    const sizes = new Set<number>();
    for (let from = 1; from <= 400; from += 7) sizes.add(timeWindows(rows(from, 3600), (x) => x.t, 60).size);
    expect([...sizes]).toEqual([60]);
  });

  it('labels a window by its span and says how long windows are', () => {
    const { size, windows } = timeWindows(rows(1, 3600), (x) => x.t, 60);
    expect(size).toBe(60);
    expect(windowLabel(windows[1], size, (ms) => `${ms / 1000}s`)).toBe('60s–120s');
    expect(windowWords(size)).toBe('in 1-minute windows of simulated time');
    expect(windowWords(1)).toBe('per simulated second');
    expect(windowWords(15)).toBe('in 15-second windows of simulated time');
    expect(windowWords(7200)).toBe('in 2-hour windows of simulated time');
  });

  it('handles no rows, and maxOf is 0 for none', () => {
    expect(timeWindows([], (x: { t: number }) => x.t).windows).toEqual([]);
    expect(maxOf([], (x: number) => x)).toBe(0);
  });
});

describe('findCrossover', () => {
  it('finds where a rising curve crosses a flat one, interpolated in log x', () => {
    // Serverless grows with traffic, the fleet costs a flat $100.
    const points = [
      { x: 1, a: 10, b: 100 },
      { x: 10, a: 50, b: 100 },
      { x: 100, a: 150, b: 100 },
      { x: 1000, a: 1500, b: 100 },
    ];
    const x = findCrossover(points)!;
    // Half-way from 50 to 150 is at t = 0.5 between log10(10) and log10(100): 10^1.5.
    expect(x).toBeCloseTo(10 ** 1.5, 6);
  });

  it('returns an exact meeting point', () => {
    expect(findCrossover([{ x: 1, a: 1, b: 5 }, { x: 2, a: 5, b: 5 }, { x: 4, a: 9, b: 5 }])).toBe(2);
  });

  it('returns null when one curve stays below the other', () => {
    expect(findCrossover([{ x: 1, a: 1, b: 5 }, { x: 10, a: 2, b: 5 }, { x: 100, a: 4, b: 5 }])).toBeNull();
    expect(findCrossover([{ x: 1, a: 9, b: 5 }, { x: 10, a: 8, b: 5 }])).toBeNull();
    expect(findCrossover([])).toBeNull();
  });

  it('finds a crossing in either direction and only the first', () => {
    const x = findCrossover([
      { x: 1, a: 10, b: 5 },
      { x: 10, a: 1, b: 5 },
      { x: 100, a: 50, b: 5 },
    ])!;
    expect(x).toBeGreaterThan(1);
    expect(x).toBeLessThan(10);
  });

  it('skips non-finite points', () => {
    const x = findCrossover([
      { x: 1, a: 1, b: 5 },
      { x: 3, a: NaN, b: 5 },
      { x: 10, a: 9, b: 5 },
    ])!;
    expect(x).toBeCloseTo(10 ** 0.5, 6);
  });

  it('is the engine curve’s break-even on a real scenario (one computation, not two)', () => {
    const { points, breakEvenRps, crossings: n } = monthlyCostCurve({}, BREAK_EVEN_RATES);
    const pairs = points.map((p) => ({ x: p.requestsPerSecond, a: p.serverless.total, b: p.serverUsd }));
    expect(breakEvenRps).not.toBeNull();
    expect(findCrossover(pairs)).toBe(breakEvenRps);
    expect(crossings(pairs)).toBe(n);
    // The default scenario's bracket: serverless below the two-server fleet until a few tens of requests/s.
    expect(breakEvenRps!).toBeGreaterThan(1);
    expect(breakEvenRps!).toBeLessThan(1000);
  });
});

describe('words and ranges', () => {
  const pts = [
    { x: 1, a: 50, b: 100 },
    { x: 100, a: 150, b: 100 },
  ];

  it('puts the break-even into words, per skin', () => {
    const x = findCrossover(pts);
    expect(breakEvenWords(x, crossings(pts), pts, false)).toBe('Break-even near 10 requests per second: below it serverless is cheaper, above it the always-on fleet.');
    expect(breakEvenWords(x, crossings(pts), pts, true)).toMatch(/^Break-even near 10 orders per second: below it the pop-up is cheaper/);
    expect(breakEvenWords(null, 0, [{ x: 1, a: 1, b: 2 }], false)).toBe('No break-even in this range: serverless is cheaper at every rate shown.');
  });

  it('says rates with their decimals', () => {
    expect(rateInWords(1.5)).toBe('1.5 requests per second');
    expect(rateInWords(22)).toBe('22 requests per second');
    expect(rateInWords(1)).toBe('1 request per second');
    expect(rateInWords(1234.4)).toBe('1,234 requests per second');
    expect(rateInWords(0.05)).toBe('one request every 20 seconds');
  });

  it('rounds to two significant figures', () => {
    expect(roundSignificant(22.37)).toBe(22);
    expect(roundSignificant(0.01234)).toBe(0.012);
    expect(roundSignificant(1234)).toBe(1200);
  });

  it('spaces rates on a log scale with exact decades', () => {
    expect(BREAK_EVEN_RATES.length).toBe(61);
    expect(BREAK_EVEN_RATES[0]).toBe(0.01);
    expect(BREAK_EVEN_RATES[20]).toBe(1);
    expect(BREAK_EVEN_RATES.at(-1)).toBe(10_000);
    expect(logSpace(1, 100, 3)).toEqual([1, 10, 100]);
  });

  it('interpolates in log-log and clamps at the ends', () => {
    expect(interpolateLogLog([1, 100], [1, 100], 10)).toBeCloseTo(10, 9);
    expect(interpolateLogLog([1, 100], [5, 7], 0.1)).toBe(5);
    expect(interpolateLogLog([1, 100], [5, 7], 1000)).toBe(7);
    expect(interpolateLogLog([], [], 1)).toBeNull();
  });

  it('ranges scales sensibly with empty data', () => {
    expect(decadeRange(23, 870, [1, 1000])).toEqual([10, 1000]);
    expect(decadeRange(null, null, [1, 1000])).toEqual([1, 1000]);
    expect(decadeRange(100, 100, [1, 1000])).toEqual([100, 1000]);
    expect(zeroRange(null)).toEqual([0, 1]);
    expect(zeroRange(100)[1]).toBeGreaterThan(100);
  });

  it('turns rows into columns', () => {
    expect(toColumns([{ a: 1, b: 2 }, { a: 3, b: 4 }], [(r) => r.a, (r) => r.b])).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });
});

describe('break-even words', () => {
  it('do not claim one side wins everywhere above the break-even when the lines cross again', () => {
    const pts = [{ x: 1, a: 1, b: 5 }, { x: 10, a: 6, b: 5 }, { x: 100, a: 9, b: 12 }, { x: 1000, a: 90, b: 20 }];
    expect(breakEvenWords(findCrossover(pts), crossings(pts), pts, false)).toMatch(/cross again/);
    const once = [{ x: 1, a: 1, b: 5 }, { x: 10, a: 6, b: 5 }, { x: 100, a: 60, b: 5 }];
    expect(breakEvenWords(findCrossover(once), crossings(once), once, false)).toMatch(/above it the always-on fleet\.$/);
  });
});

describe('count axis labels', () => {
  it('show the decimals a fractional step needs, and whole numbers otherwise', async () => {
    const { countValues } = await import('@/components/charts/axes');
    const u = null as unknown as Parameters<typeof countValues>[0];
    // An empty chart's 0–1 range used to read "0, 0, 1, 1, 1".
    expect(countValues(u, [0, 0.25, 0.5, 0.75, 1])).toEqual(['0.00', '0.25', '0.50', '0.75', '1.00']);
    expect(countValues(u, [0, 0.5, 1, 1.5])).toEqual(['0.0', '0.5', '1.0', '1.5']);
    expect(countValues(u, [0, 500, 1000, 1500])).toEqual(['0', '500', '1,000', '1,500']);
  });
});
