'use client';

import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { SeriesRow } from '@/simulations';
import { formatClock, formatCount, formatRate } from '@/components/simulator/format';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { countValues, fitSize, line, timeAxis, timeScale, zeroScale } from './axes';
import { ChartFigure, type LegendItem } from './ChartFigure';
import { maxOf, sumOf, timeWindows, toColumns, windowLabel, windowWords } from './data';
import type { ChartPalette } from './palette';
import { selectKitchen, selectSeries } from './selectors';
import { UPlotChart } from './UPlotChart';
import { useThrottledSimulator } from './useThrottledSimulator';

const WORDS = {
  cloud: {
    caption: 'Requests per second and execution environments',
    target: 'Target requests/s',
    arrivals: 'Arrivals/s',
    arrivalsInWindow: 'Arrivals',
    live: 'Environments live',
    busy: 'Busy',
    rateAxis: 'requests/s',
    envAxis: 'environments',
    requests: 'requests',
    environments: 'environments',
  },
  kitchen: {
    caption: 'Orders per second and cooking stations',
    target: 'Expected orders/s',
    arrivals: 'Orders/s',
    arrivalsInWindow: 'Orders',
    live: 'Stations open',
    busy: 'Cooking',
    rateAxis: 'orders/s',
    envAxis: 'stations',
    requests: 'orders',
    environments: 'cooking stations',
  },
};

const GETTERS = [(r: SeriesRow) => r.timeSeconds, (r: SeriesRow) => r.targetRps, (r: SeriesRow) => r.arrivals, (r: SeriesRow) => r.live, (r: SeriesRow) => r.busy];

const readouts = {
  cloud: readoutWith(['target', 'arrivals', 'live', 'busy']),
  kitchen: readoutWith(['expected', 'came in', 'open', 'cooking']),
};

function readoutWith([target, arrivals, live, busy]: string[]) {
  return (u: uPlot, i: number) => {
    const [t, a, b, c, d] = u.data.map((col) => col[i] ?? 0);
    return `${formatClock(t * 1000)} · ${target} ${formatRate(a)} · ${arrivals} ${formatCount(b)} · ${live} ${formatCount(c)} · ${busy} ${formatCount(d)}`;
  };
}

/** Requests/s (target and actual arrivals) and environments (live, busy) over simulated time. */
export function TrafficChart({ height }: { height?: number }) {
  const series = useThrottledSimulator(selectSeries);
  const kitchen = useSimulator(selectKitchen);
  const w = kitchen ? WORDS.kitchen : WORDS.cloud;

  const data = useMemo(() => toColumns(series, GETTERS) as uPlot.AlignedData, [series]);

  const options = useCallback(
    (p: ChartPalette) => ({
      scales: { x: timeScale, rate: zeroScale, env: zeroScale },
      series: [
        {},
        line(w.target, 'rate', p.color.gray, { dash: [6, 4], width: 1.5 }),
        line(w.arrivals, 'rate', p.color.blue),
        line(w.live, 'env', p.color.green, { width: 2 }),
        line(w.busy, 'env', p.color.amber),
      ],
      axes: [
        timeAxis,
        { scale: 'rate', label: w.rateAxis, values: countValues, size: fitSize },
        { scale: 'env', side: 1 as const, label: w.envAxis, values: countValues, size: fitSize, grid: { show: false } },
      ],
    }),
    [w],
  );

  const legend: LegendItem[] = [
    { label: w.target, color: 'gray', mark: 'dash' },
    { label: w.arrivals, color: 'blue' },
    { label: `${w.live} (right axis)`, color: 'green' },
    { label: `${w.busy} (right axis)`, color: 'amber' },
  ];

  const last = series.at(-1);
  const label = !last
    ? `Line chart of ${w.requests} per second and ${w.environments}: no data yet.`
    : kitchen
      ? `Line chart of orders per second and cooking stations over ${formatClock(last.timeSeconds * 1000)} of simulated time. ` +
        `Latest second: expected ${formatRate(last.targetRps)}, ${formatCount(last.arrivals)} orders came in; ${formatCount(last.live)} stations open, ${formatCount(last.busy)} cooking.`
      : `Line chart of requests per second and environments over ${formatClock(last.timeSeconds * 1000)} of simulated time. ` +
        `Latest second: target ${formatRate(last.targetRps)}, ${formatCount(last.arrivals)} arrived; ${formatCount(last.live)} environments live, ${formatCount(last.busy)} busy.`;

  // Long runs are grouped into windows (not sampled): arrivals are counted per window, so the
  // column adds up to the run's; the target is the window's mean rate; environments its most.
  const table = () => {
    const { size, windows } = timeWindows(series, (r) => r.timeSeconds);
    const seconds = (rows: SeriesRow[]) => Math.max(1, rows.length);
    return {
      caption:
        `${w.caption}, ${windowWords(size)}` +
        (size > 1 ? `: the mean target rate, every arrival in the window, and the most ${w.environments} ${kitchen ? 'open and cooking' : 'live and busy'} in any one second` : ''),
      columns: ['Time', size > 1 ? `${w.target} (mean)` : w.target, size > 1 ? w.arrivalsInWindow : w.arrivals, size > 1 ? `${w.live} (most)` : w.live, size > 1 ? `${w.busy} (most)` : w.busy],
      rows: windows.map((win) => [
        windowLabel(win, size, formatClock),
        formatRate(sumOf(win.rows, (r) => r.targetRps) / seconds(win.rows)),
        formatCount(sumOf(win.rows, (r) => r.arrivals)),
        formatCount(maxOf(win.rows, (r) => r.live)),
        formatCount(maxOf(win.rows, (r) => r.busy)),
      ]),
    };
  };

  return (
    <ChartFigure id="traffic" caption={w.caption} legend={legend} table={table}>
      <UPlotChart options={options} optionsKey={kitchen ? 'kitchen' : 'cloud'} data={data} label={label} height={height} readout={kitchen ? readouts.kitchen : readouts.cloud} />
    </ChartFigure>
  );
}
