/** Axis and scale pieces shared by the charts. */
import type uPlot from 'uplot';
import { formatClock, formatCount, formatMs, formatUsd } from '@/components/simulator/format';
import { decadeRange, TIME_INCREMENTS, zeroRange } from './data';

type Splits = (number | null)[];
const each = (fmt: (v: number) => string) => (_u: uPlot, splits: number[]) => (splits as Splits).map((v) => (v == null ? null : fmt(v)));

/** Simulated time on x, in seconds, labelled as a clock. */
export const timeScale: uPlot.Scale = {
  time: false,
  range: (_u, min, max) => (min == null || max == null || !Number.isFinite(min) ? [0, 60] : [min, Math.max(max, min + 10)]),
};
export const timeAxis: uPlot.Axis = { incrs: TIME_INCREMENTS, values: each((v) => formatClock(v * 1000)), space: 60 };

/** A linear scale from zero. */
export const zeroScale: uPlot.Scale = { range: (_u, _min, max) => zeroRange(max) };
/** A log scale in whole decades. */
export const decadeScale = (fallback: [number, number]): uPlot.Scale => ({
  distr: 3,
  log: 10,
  range: (_u, min, max) => decadeRange(min, max, fallback),
});

/**
 * Log-axis splits: the decades between min and max, with 2 and 5 between them when the range
 * spans few decades (uPlot's default draws every 1–9 multiple, too dense over six decades).
 */
export const decadeSplits: uPlot.Axis.Splits = (_u, _axisIdx, min, max) => {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const steps = hi - lo > 3 ? [1] : [1, 2, 5];
  const stride = hi - lo > 6 ? 2 : 1;
  const out: number[] = [];
  for (let e = lo; e <= hi; e += stride) {
    for (const m of steps) {
      const v = Number((m * 10 ** e).toPrecision(6));
      if (v >= min * 0.999 && v <= max * 1.001) out.push(v);
    }
  }
  return out;
};

/** Keep every split (uPlot's default filter for log axes drops some decade labels). */
export const allSplits: uPlot.Axis.Filter = (_u, splits) => splits;

/** Counts and rates: whole numbers, or as many decimals as the split step needs (0.25 → "0.25", never "0"). */
export const countValues = (_u: uPlot, splits: number[]) => {
  const list = splits as Splits;
  const a = list.find((v) => v != null);
  const b = list.find((v) => v != null && v !== a);
  const step = a != null && b != null ? Math.abs(b - a) : 1;
  let decimals = 0;
  while (decimals < 4 && Math.abs(step * 10 ** decimals - Math.round(step * 10 ** decimals)) > 1e-6) decimals++;
  return list.map((v) => (v == null ? null : decimals > 0 ? v.toFixed(decimals) : formatCount(v)));
};
export const msValues = each(formatMs);
export const usdValues = each(formatUsd);

/** Y-axis width that fits its longest label (uPlot's default is a fixed 50 px). */
export const fitSize: uPlot.Axis.Size = (_u, values) => {
  const longest = (values ?? []).reduce((n, v) => Math.max(n, v == null ? 0 : String(v).length), 0);
  return Math.max(32, Math.ceil(longest * 7 + 18));
};

/** A line series with no dots. */
export function line(label: string, scale: string, stroke: string, extra: Partial<uPlot.Series> = {}): uPlot.Series {
  return { label, scale, stroke, width: 1.75, points: { show: false }, ...extra };
}
