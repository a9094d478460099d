'use client';

import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { SeriesRow } from '@/simulations';
import { formatClock, formatUsd } from '@/components/simulator/format';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { fitSize, line, timeAxis, timeScale, usdValues, zeroScale } from './axes';
import { ChartFigure, type LegendItem } from './ChartFigure';
import { timeWindows, toColumns, windowLabel, windowWords } from './data';
import type { ChartPalette } from './palette';
import { selectKitchen, selectSeries, selectServerOn } from './selectors';
import { UPlotChart } from './UPlotChart';
import { useThrottledSimulator } from './useThrottledSimulator';

const WORDS = {
  cloud: {
    caption: 'Cumulative cost: serverless vs always-on',
    serverless: 'Serverless',
    server: 'Always-on fleet',
  },
  kitchen: {
    caption: 'Running bill: pop-up vs restaurant rent',
    serverless: 'Pop-up bill',
    server: 'Restaurant rent',
  },
};

const GETTERS = [(r: SeriesRow) => r.timeSeconds, (r: SeriesRow) => r.costTotalUsd, (r: SeriesRow) => r.serverCostUsd];

const readout = (u: uPlot, i: number) => {
  const [t, a, b] = u.data.map((col) => col[i] ?? 0);
  return `${formatClock(t * 1000)} · ${formatUsd(a)} vs ${formatUsd(b)}`;
};

/** Cumulative serverless cost against the always-on fleet's cost, over simulated time. */
export function CostChart({ height }: { height?: number }) {
  const series = useThrottledSimulator(selectSeries);
  const kitchen = useSimulator(selectKitchen);
  const serverOn = useSimulator(selectServerOn);
  const w = kitchen ? WORDS.kitchen : WORDS.cloud;
  const serverLabel = serverOn ? w.server : `${w.server} (off)`;

  const data = useMemo(() => toColumns(series, GETTERS) as uPlot.AlignedData, [series]);

  const options = useCallback(
    (p: ChartPalette) => ({
      scales: { x: timeScale, usd: zeroScale },
      series: [{}, line(w.serverless, 'usd', p.color.blue, { width: 2 }), line(serverLabel, 'usd', p.color.amber, { width: 2, dash: [8, 4] })],
      axes: [timeAxis, { scale: 'usd', values: usdValues, size: fitSize }],
    }),
    [w, serverLabel],
  );

  const legend: LegendItem[] = [
    { label: w.serverless, color: 'blue' },
    { label: serverLabel, color: 'amber', mark: 'dash' },
  ];

  const last = series.at(-1);
  let label = `Line chart of cumulative cost, ${w.serverless.toLowerCase()} vs ${w.server.toLowerCase()}: no data yet.`;
  if (last) {
    const a = last.costTotalUsd;
    const b = last.serverCostUsd;
    const verdict = !serverOn ? `${w.server} is switched off.` : a < b ? `${w.serverless} is cheaper so far.` : a > b ? `${w.server} is cheaper so far.` : 'They cost the same so far.';
    label =
      `Line chart of cumulative cost over ${formatClock(last.timeSeconds * 1000)} of simulated time: ` +
      `${w.serverless.toLowerCase()} ${formatUsd(a)}, ${w.server.toLowerCase()} ${formatUsd(b)}. ${verdict}`;
  }

  // Costs are running totals, so a window's row is its last second.
  const table = () => {
    const { size, windows } = timeWindows(series, (r) => r.timeSeconds);
    return {
      caption: `${w.caption}, US dollars so far, ${windowWords(size)}` + (size > 1 ? ' (at the end of each window)' : ''),
      columns: ['Time', w.serverless, serverLabel],
      rows: windows.map((win) => {
        const r = win.rows[win.rows.length - 1];
        return [windowLabel(win, size, formatClock), formatUsd(r.costTotalUsd), formatUsd(r.serverCostUsd)];
      }),
    };
  };

  return (
    <ChartFigure id="cost" caption={w.caption} legend={legend} table={table}>
      <UPlotChart
        options={options}
        optionsKey={`${kitchen ? 'kitchen' : 'cloud'}:${serverOn}`}
        data={data}
        label={label}
        height={height}
        readout={readout}
      />
    </ChartFigure>
  );
}
