/**
 * Pure helpers behind the charts (no DOM, no React): table downsampling, log-spaced rates, axis
 * ranges and the words a chart's caption and aria-label use (the break-even itself is the
 * engine's: simulations/curve.ts).
 */
import type { CrossoverPoint } from '@/simulations/curve';
import { rateInWords } from '@/components/simulator/format';

/** Rows a chart's data table shows at most. */
export const TABLE_MAX_ROWS = 60;

/**
 * At most `max` rows picked evenly from `rows`, always keeping the first and the last, in order.
 * Short inputs come back whole (as a copy).
 */
export function downsample<T>(rows: readonly T[], max: number = TABLE_MAX_ROWS): T[] {
  const n = rows.length;
  const m = Math.max(1, Math.floor(max));
  if (n <= m) return rows.slice();
  if (m === 1) return [rows[n - 1]];
  const out: T[] = [];
  for (let k = 0; k < m; k++) out.push(rows[Math.round((k * (n - 1)) / (m - 1))]);
  return out;
}

/** Window lengths a long table groups its seconds into: round numbers a reader can add up. */
const WINDOW_SECONDS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 21_600, 43_200, 86_400];

/** A run of consecutive per-second rows: the seconds ending after `fromSeconds`, up to `toSeconds`. */
export interface TimeWindow<T> {
  fromSeconds: number;
  toSeconds: number;
  rows: T[];
}

/**
 * Per-second rows grouped into windows of one round length (1 s, 2 s, 5 s, 10 s … a day), the
 * shortest that covers the rows' span in at most `max` windows (max + 1 rows when both ends are
 * partial), aligned to whole multiples of that length in
 * simulated time (so 0:00–1:00, 1:00–2:00; the first and last window may be partial). Every row
 * lands in exactly one window, so counts summed per window add up to the run's. `seconds(row)`
 * is the time at the end of the row's second (1 for the first second).
 */
export function timeWindows<T>(rows: readonly T[], seconds: (row: T) => number, max: number = TABLE_MAX_ROWS): { size: number; windows: TimeWindow<T>[] } {
  const m = Math.max(1, Math.floor(max));
  const n = rows.length;
  // Sized by the span alone, so a sliding window of rows keeps one length as it moves: at most
  // `max` windows' worth of seconds, which the alignment may cut into max + 1 rows.
  const span = n === 0 ? 0 : seconds(rows[n - 1]) - seconds(rows[0]) + 1;
  let size = WINDOW_SECONDS.find((w) => Math.ceil(span / w) <= m);
  if (size === undefined) size = Math.ceil(span / m / 86_400) * 86_400;
  const windows: TimeWindow<T>[] = [];
  let current: TimeWindow<T> | null = null;
  let key = NaN;
  for (const row of rows) {
    const end = seconds(row);
    const k = Math.floor((end - 1) / size);
    if (current === null || k !== key) {
      key = k;
      current = { fromSeconds: end - 1, toSeconds: end, rows: [] };
      windows.push(current);
    }
    current.rows.push(row);
    current.toSeconds = end;
  }
  return { size, windows };
}

/** A window's time cell: its end for one-second windows, else "from–to" on the simulated clock. */
export function windowLabel(w: TimeWindow<unknown>, size: number, clock: (ms: number) => string): string {
  return size === 1 ? clock(w.toSeconds * 1000) : `${clock(w.fromSeconds * 1000)}–${clock(w.toSeconds * 1000)}`;
}

/** "per simulated second", or how long each window of a grouped table is ("in 1-minute windows"). */
export function windowWords(size: number): string {
  if (size === 1) return 'per simulated second';
  const [n, unit] = size % 86_400 === 0 ? [size / 86_400, 'day'] : size % 3600 === 0 ? [size / 3600, 'hour'] : size % 60 === 0 ? [size / 60, 'minute'] : [size, 'second'];
  return `in ${n}-${unit} windows of simulated time`;
}

/** Sum of `value` over rows. */
export function sumOf<T>(rows: readonly T[], value: (row: T) => number): number {
  let s = 0;
  for (const r of rows) s += value(r);
  return s;
}

/** Largest `value` over rows (0 for none). */
export function maxOf<T>(rows: readonly T[], value: (row: T) => number): number {
  let m = 0;
  for (const r of rows) {
    const v = value(r);
    if (v > m) m = v;
  }
  return m;
}

/** `count` rates spaced evenly on a log scale from `from` to `to`, inclusive. */
export function logSpace(from: number, to: number, count: number): number[] {
  const a = Math.log10(from);
  const b = Math.log10(to);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = 10 ** (a + ((b - a) * i) / Math.max(1, count - 1));
    // Clean up float noise so decades are exact (0.01, 0.1, 1, …) and table rows read well.
    out.push(Number(v.toPrecision(6)));
  }
  return out;
}

/** The break-even chart's rates: 0.01 to 10,000 requests/s, ten points a decade. */
export const BREAK_EVEN_RATES: readonly number[] = logSpace(0.01, 10_000, 61);

/** Rounds to two significant figures (22.37 → 22, 0.01234 → 0.012). */
export function roundSignificant(v: number, digits = 2): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(digits));
}

/** "requests" → "orders" in the kitchen skin. */
export function skinRate(text: string, kitchen: boolean): string {
  return kitchen ? text.replace(/requests?/g, (w) => (w === 'request' ? 'order' : 'orders')) : text;
}

/**
 * The break-even in words: "Break-even near 22 requests per second", or which model is cheaper
 * everywhere on the chart when the curves never cross. `crossover` and `crossings` are the
 * engine's (monthlyCostCurve's `breakEvenRps` and `crossings`); `points` say which side is cheaper.
 */
export function breakEvenWords(crossover: number | null, crossings: number, points: readonly CrossoverPoint[], kitchen: boolean): string {
  const serverless = kitchen ? 'the pop-up' : 'serverless';
  const alwaysOn = kitchen ? 'renting the restaurant' : 'the always-on fleet';
  if (crossover !== null) {
    const first = points.find((p) => Number.isFinite(p.a - p.b) && p.a !== p.b);
    const below = first ? (first.a < first.b ? serverless : alwaysOn) : serverless;
    const above = below === serverless ? alwaysOn : serverless;
    const near = `Break-even near ${skinRate(rateInWords(roundSignificant(crossover)), kitchen)}`;
    // The fleet's cost is a staircase (one more server each time the rate outgrows it), so the
    // lines can cross again; then "above it" would not hold everywhere.
    const grows = kitchen ? 'as the restaurant adds kitchens' : 'as the fleet grows';
    if (crossings > 1) return `${near}: below it ${below} is cheaper; above it the lines cross again ${grows}, so neither is cheaper at every rate.`;
    return `${near}: below it ${below} is cheaper, above it ${above}.`;
  }
  const any = points.find((p) => Number.isFinite(p.a - p.b));
  if (!any) return 'No break-even to show yet.';
  const cheaper = any.a <= any.b ? serverless : alwaysOn;
  return `No break-even in this range: ${cheaper} is cheaper at every rate shown.`;
}

/** A log-scale range in whole decades around [min, max], with fallbacks for empty data. */
export function decadeRange(min: number | null | undefined, max: number | null | undefined, fallback: [number, number]): [number, number] {
  const lo = min != null && min > 0 && Number.isFinite(min) ? 10 ** Math.floor(Math.log10(min)) : fallback[0];
  let hi = max != null && max > 0 && Number.isFinite(max) ? 10 ** Math.ceil(Math.log10(max)) : fallback[1];
  if (hi <= lo) hi = lo * 10;
  return [lo, hi];
}

/** A linear range from 0 with a little headroom, never empty. */
export function zeroRange(max: number | null | undefined): [number, number] {
  return [0, max != null && max > 0 && Number.isFinite(max) ? max * 1.08 : 1];
}

/** Positive finite values pass, anything else (0 for "no completions this second") is a gap. */
export function positiveOrNull(v: number): number | null {
  return v > 0 && Number.isFinite(v) ? v : null;
}

/** Seconds-based tick increments for a simulated-time axis. */
export const TIME_INCREMENTS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 43_200, 86_400];

/** Columnar arrays from rows, one per getter (uPlot's data layout). */
export function toColumns<R>(rows: readonly R[], getters: readonly ((row: R) => number | null)[]): (number | null)[][] {
  const cols = getters.map(() => new Array<number | null>(rows.length));
  for (let i = 0; i < rows.length; i++) {
    for (let c = 0; c < getters.length; c++) cols[c][i] = getters[c](rows[i]);
  }
  return cols;
}

/**
 * y at x on a curve given by sorted xs and ys, interpolated linearly in log x and log y (straight
 * lines on the break-even chart's axes); clamped to the ends; null when y is not positive.
 */
export function interpolateLogLog(xs: readonly number[], ys: readonly number[], x: number): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n === 0 || !(x > 0)) return null;
  if (x <= xs[0]) return ys[0] > 0 ? ys[0] : null;
  if (x >= xs[n - 1]) return ys[n - 1] > 0 ? ys[n - 1] : null;
  let i = 1;
  while (i < n - 1 && xs[i] < x) i++;
  const x0 = xs[i - 1];
  const x1 = xs[i];
  const y0 = ys[i - 1];
  const y1 = ys[i];
  const t = (Math.log(x) - Math.log(x0)) / (Math.log(x1) - Math.log(x0));
  if (y0 > 0 && y1 > 0) return Math.exp(Math.log(y0) + t * (Math.log(y1) - Math.log(y0)));
  const y = y0 + t * (y1 - y0);
  return y > 0 ? y : null;
}
