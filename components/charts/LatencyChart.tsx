'use client';

import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { SeriesRow } from '@/simulations';
import { formatClock, formatCount, formatMs } from '@/components/simulator/format';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { allSplits, decadeScale, decadeSplits, fitSize, line, msValues, timeAxis, timeScale } from './axes';
import { ChartFigure, type LegendItem } from './ChartFigure';
import { maxOf, positiveOrNull, sumOf, timeWindows, toColumns, windowLabel, windowWords } from './data';
import type { ChartPalette } from './palette';
import { selectKitchen, selectSeries } from './selectors';
import { UPlotChart } from './UPlotChart';
import { useThrottledSimulator } from './useThrottledSimulator';

const WORDS = {
  cloud: {
    caption: 'Latency percentiles, with cold starts marked',
    cold: 'Cold starts (dot on p99)',
    coldColumn: 'Cold starts',
    thing: 'response time',
    coldWords: 'cold starts',
  },
  kitchen: {
    caption: 'Order time percentiles, with station set-ups marked',
    cold: 'Station set-ups (dot on p99)',
    coldColumn: 'Set-ups',
    thing: 'order time',
    coldWords: 'station set-ups',
  },
};

const GETTERS = [
  (r: SeriesRow) => r.timeSeconds,
  (r: SeriesRow) => positiveOrNull(r.latencyP50Ms),
  (r: SeriesRow) => positiveOrNull(r.latencyP95Ms),
  (r: SeriesRow) => positiveOrNull(r.latencyP99Ms),
  // The marker sits on the p99 line in seconds that had a cold start.
  (r: SeriesRow) => (r.coldStarts > 0 ? positiveOrNull(r.latencyP99Ms) : null),
];

const readouts = {
  cloud: readoutWith('cold start'),
  kitchen: readoutWith('station set-up'),
};

function readoutWith(cold: string) {
  return (u: uPlot, i: number) => {
    const t = u.data[0][i] ?? 0;
    const ms = (k: number) => {
      const v = u.data[k][i];
      return v == null ? '–' : formatMs(v);
    };
    return `${formatClock(t * 1000)} · p50 ${ms(1)} · p95 ${ms(2)} · p99 ${ms(3)}${u.data[4][i] != null ? ` · ${cold}` : ''}`;
  };
}

/** p50/p95/p99 latency per simulated second on a log scale, with dots where cold starts happened. */
export function LatencyChart({ height }: { height?: number }) {
  const series = useThrottledSimulator(selectSeries);
  const kitchen = useSimulator(selectKitchen);
  const w = kitchen ? WORDS.kitchen : WORDS.cloud;

  const data = useMemo(() => toColumns(series, GETTERS) as uPlot.AlignedData, [series]);

  const options = useCallback(
    (p: ChartPalette) => ({
      scales: { x: timeScale, ms: decadeScale([10, 1000]) },
      series: [
        {},
        line('p50', 'ms', p.color.green),
        line('p95', 'ms', p.color.blue),
        line('p99', 'ms', p.color.violet),
        {
          label: w.cold,
          scale: 'ms',
          stroke: p.color.red,
          paths: () => null,
          points: { show: true, space: 0, size: 7, width: 1.5, stroke: p.color.red, fill: p.color.red },
        },
      ],
      axes: [timeAxis, { scale: 'ms', values: msValues, splits: decadeSplits, filter: allSplits, size: fitSize }],
    }),
    [w],
  );

  const legend: LegendItem[] = [
    { label: 'p50 (median)', color: 'green' },
    { label: 'p95', color: 'blue' },
    { label: 'p99', color: 'violet' },
    { label: w.cold, color: 'red', mark: 'dot' },
  ];

  const summary = useMemo(() => {
    let cold = 0;
    let coldSeconds = 0;
    for (const r of series) {
      cold += r.coldStarts;
      if (r.coldStarts > 0) coldSeconds++;
    }
    return { cold, coldSeconds };
  }, [series]);

  const last = series.findLast((r) => r.latencyP50Ms > 0);
  const label = last
    ? `Line chart of ${w.thing} percentiles per simulated second, logarithmic scale, over ${formatClock(series.at(-1)!.timeSeconds * 1000)}. ` +
      `Latest: p50 ${formatMs(last.latencyP50Ms)}, p95 ${formatMs(last.latencyP95Ms)}, p99 ${formatMs(last.latencyP99Ms)}. ` +
      `${formatCount(summary.cold)} ${w.coldWords} in ${formatCount(summary.coldSeconds)} of the seconds shown, marked with dots.`
    : `Line chart of ${w.thing} percentiles: no completed ${kitchen ? 'orders' : 'requests'} yet.`;

  // Long runs are grouped into windows: each shows its slowest second's percentiles (a
  // percentile of a window cannot be rebuilt from per-second ones) and all its cold starts.
  const table = () => {
    const { size, windows } = timeWindows(series, (r) => r.timeSeconds);
    const worst = (rows: SeriesRow[], ms: (r: SeriesRow) => number) => {
      const v = maxOf(rows, ms);
      return v > 0 ? formatMs(v) : '–';
    };
    return {
      caption: `${w.caption}, ${windowWords(size)}` + (size > 1 ? `: each window's highest per-second percentiles and all its ${w.coldWords}` : ''),
      columns: size > 1 ? ['Time', 'p50 (highest)', 'p95 (highest)', 'p99 (highest)', w.coldColumn] : ['Time', 'p50', 'p95', 'p99', w.coldColumn],
      rows: windows.map((win) => [
        windowLabel(win, size, formatClock),
        worst(win.rows, (r) => r.latencyP50Ms),
        worst(win.rows, (r) => r.latencyP95Ms),
        worst(win.rows, (r) => r.latencyP99Ms),
        formatCount(sumOf(win.rows, (r) => r.coldStarts)),
      ]),
    };
  };

  return (
    <ChartFigure id="latency" caption={w.caption} legend={legend} table={table}>
      <UPlotChart options={options} optionsKey={kitchen ? 'kitchen' : 'cloud'} data={data} label={label} height={height} readout={kitchen ? readouts.kitchen : readouts.cloud} />
    </ChartFigure>
  );
}
