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

export const countValues = each((v) => formatCount(v));
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
