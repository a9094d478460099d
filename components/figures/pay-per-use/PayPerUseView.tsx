/** The `pay-per-use` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { SeriesRow } from '@/simulations';
import { formatClock, formatCount, formatUsd } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { FigureBody, Readout, Readouts } from '../parts';
import { Skinned } from '../Skinned';
import { functionBillOfRow, PAY_PER_USE } from './payPerUse';

export interface PayPerUseData {
  timeMs: number;
  rps: number;
  requests: number;
  computeUsd: number;
  requestFeesUsd: number;
  serverUsd: number;
  series: readonly SeriesRow[];
}

export const BILL_WORDS = {
  serverless: { cloud: 'Function’s bill', kitchen: 'Pop-up bill' },
  server: { cloud: 'Server’s rent', kitchen: 'Restaurant rent' },
};

/** Simulated time on the axis: "0:30", "1:00". */
const hoursMinutes = (seconds: number) => `${Math.floor(seconds / 3600)}:${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')}`;

/** At most this many points on the chart. */
const POINTS = 240;

export function PayPerUseChart({ data, width, height }: { data: PayPerUseData; width: number; height: number }) {
  const rows = data.series;
  const stride = Math.max(1, Math.ceil(rows.length / POINTS));
  const picked = rows.filter((_, i) => i % stride === 0 || i === rows.length - 1);
  const end = Math.max(PAY_PER_USE.chartSeconds, data.timeMs / 1000);
  const start = end - PAY_PER_USE.chartSeconds;
  const top = Math.max(0.01, ...picked.map((r) => Math.max(functionBillOfRow(r), r.serverCostUsd))) * 1.15;
  const ticks = [0, 0.5, 1, 1.5, 2].map((f) => start + f * 3600).filter((t) => t >= start);
  return (
    <LineChart
      width={width}
      height={height}
      label={`Cumulative cost over the last two simulated hours: function ${formatUsd(data.computeUsd + data.requestFeesUsd)}, server ${formatUsd(data.serverUsd)}.`}
      xs={picked.map((r) => r.timeSeconds)}
      x={{ min: start, max: end, ticks: ticks.map((t) => [t, hoursMinutes(t)] as const) }}
      y={{ min: 0, max: top, ticks: [0, top / 2, top].map((v) => [v, formatUsd(v)] as const) }}
      lines={[
        { ys: picked.map(functionBillOfRow), className: 'stroke-[var(--pipe-stroke)]', width: 2.5 },
        { ys: picked.map((r) => r.serverCostUsd), className: 'stroke-amber-600 dark:stroke-amber-400', dashed: true, width: 2.5 },
      ]}
    />
  );
}

export function PayPerUseView({ data, controls, chart }: { data: PayPerUseData; controls: ReactNode; chart: ReactNode }) {
  return (
    <FigureBody
      controls={controls}
      picture={
        <div className="flex h-full flex-col">
          <p className="flex shrink-0 flex-wrap gap-x-4 text-xs text-[var(--muted-fg)]" aria-hidden="true">
            <span>
              <span className="mr-1 inline-block h-0.5 w-4 bg-[var(--pipe-stroke)] align-middle" />
              <Skinned words={BILL_WORDS.serverless} />
            </span>
            <span>
              <span className="mr-1 inline-block h-0.5 w-4 border-t-2 border-dashed border-amber-600 align-middle dark:border-amber-400" />
              <Skinned words={BILL_WORDS.server} />
            </span>
          </p>
          <div className="min-h-0 flex-1">{chart}</div>
        </div>
      }
      readouts={
        <Readouts>
          <Readout
            metric="serverlessCost"
            label={BILL_WORDS.serverless}
            value={data.computeUsd + data.requestFeesUsd}
            text={formatUsd(data.computeUsd + data.requestFeesUsd)}
            tone="money"
            sub={`${formatUsd(data.computeUsd)} compute + ${formatUsd(data.requestFeesUsd)} fees`}
          />
          <Readout metric="serverCost" label={BILL_WORDS.server} value={data.serverUsd} text={formatUsd(data.serverUsd)} tone="money" sub="1 × m7g.large" />
          <Readout metric="requests" label={{ cloud: 'Requests served', kitchen: 'Orders served' }} value={data.requests} text={formatCount(data.requests)} />
          <Readout metric="clock" label="Simulated time" value={data.timeMs} text={formatClock(data.timeMs)} sub="10 minutes a second" />
        </Readouts>
      }
    />
  );
}
