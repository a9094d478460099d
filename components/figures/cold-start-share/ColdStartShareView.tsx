/** The `cold-start-share` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import { formatPercent, formatRate, rateInWords } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { FigureBody, Readout, Readouts } from '../parts';
import { Skinned } from '../Skinned';
import type { ColdStartCurve } from './coldStartShare';

export interface ColdStartShareData {
  curve: ColdStartCurve | null;
  rps: number;
  /** The engine's share at the reader's rate (null while it runs). */
  share: number | null;
  theory: number;
}

const minutes = (s: number) => (s < 60 ? `${s} s` : `${s / 60} min`);

export function ColdStartShareChart({ data, width, height }: { data: ColdStartShareData; width: number; height: number }) {
  const c = data.curve;
  return (
    <LineChart
      width={width}
      height={height}
      label={
        c
          ? `Share of requests that cold-start against traffic, idle timeout ${minutes(c.idleSeconds)}: ${c.rates.map((r, i) => `${rateInWords(r)}: ${formatPercent(c.shares[i])}`).join('; ')}.`
          : 'The curve is being computed.'
      }
      xs={c?.rates ?? []}
      x={{
        min: 1 / 3600,
        max: 10,
        log: true,
        ticks: [
          [1 / 3600, '1/hour'],
          [1 / 600, '1/10 min'],
          [1 / 60, '1/min'],
          [1 / 6, '10/min'],
          [1, '1/s'],
          [10, '10/s'],
        ],
      }}
      y={{ min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => [v, `${v * 100}%`] as const) }}
      lines={
        c
          ? [
              { ys: c.theory, className: 'stroke-[var(--muted-fg)]', dashed: true, width: 1.5 },
              { ys: c.shares, className: 'stroke-[var(--color-cold)] dark:stroke-amber-400', width: 2.5 },
            ]
          : []
      }
      markers={data.share === null ? [] : [{ x: data.rps, y: data.share, className: 'fill-[var(--page-bg)] stroke-[var(--page-fg)]', label: formatPercent(data.share) }]}
    />
  );
}

export function ColdStartShareView({ data, controls, chart }: { data: ColdStartShareData; controls: ReactNode; chart: ReactNode }) {
  return (
    <FigureBody
      controls={controls}
      picture={
        <div className="flex h-full flex-col">
          <p className="flex shrink-0 flex-wrap gap-x-4 text-xs text-[var(--muted-fg)]" aria-hidden="true">
            <span>
              <span className="mr-1 inline-block h-0.5 w-4 bg-[var(--color-cold)] align-middle dark:bg-amber-400" />
              <Skinned words={{ cloud: 'cold starts in engine runs', kitchen: 'orders that waited for a set-up' }} />
            </span>
            <span>
              <span className="mr-1 inline-block w-4 border-t-2 border-dashed border-[var(--muted-fg)] align-middle" />
              one environment: e^(−rate × idle timeout)
            </span>
          </p>
          <div className="min-h-0 flex-1">{chart}</div>
        </div>
      }
      readouts={
        <Readouts>
          <Readout metric="rps" label={{ cloud: 'Your traffic', kitchen: 'Your orders' }} value={data.rps} text={formatRate(data.rps)} sub={rateInWords(data.rps)} />
          <Readout metric="coldStartShare" label={{ cloud: 'Cold starts', kitchen: 'Waited for set-up' }} value={data.share ?? 0} text={data.share === null ? '…' : formatPercent(data.share)} tone="cold" sub="engine run" />
          <Readout metric="theory" label="One-environment theory" value={data.theory} text={formatPercent(data.theory)} sub="e^(−rate × timeout)" />
          <Readout metric="idleTimeout" label={{ cloud: 'Idle timeout', kitchen: 'Packed away after' }} value={data.curve?.idleSeconds ?? 0} text={data.curve ? minutes(data.curve.idleSeconds) : '…'} />
        </Readouts>
      }
    />
  );
}
