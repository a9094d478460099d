/** The `scale-to-zero` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { SeriesRow } from '@/simulations';
import { formatClock, formatCount } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { FigureBody, Readout, Readouts } from '../parts';
import { Skinned } from '../Skinned';
import { SCALE_TO_ZERO } from './scaleToZero';

export interface ScaleToZeroData {
  timeMs: number;
  live: number;
  coldStarts: number;
  /** Simulated ms since the last request arrived (null: none yet). */
  sinceLastMs: number | null;
  idleSeconds: number;
  series: readonly SeriesRow[];
}

export function ScaleToZeroChart({ data, width, height }: { data: ScaleToZeroData; width: number; height: number }) {
  const rows = data.series;
  const end = Math.max(SCALE_TO_ZERO.windowSeconds, data.timeMs / 1000);
  const start = end - SCALE_TO_ZERO.windowSeconds;
  const top = Math.max(4, ...rows.map((r) => r.live)) * 1.2;
  const ticks: [number, string][] = [];
  for (let t = Math.ceil(start / 300) * 300; t <= end; t += 300) ticks.push([t, `${t / 60} min`]);
  return (
    <LineChart
      width={width}
      height={height}
      label={`Environments over the last 15 simulated minutes: ${formatCount(data.live)} now; ${formatCount(data.coldStarts)} cold starts so far.`}
      xs={rows.map((r) => r.timeSeconds)}
      x={{ min: start, max: end, ticks }}
      y={{ min: 0, max: top, ticks: [0, Math.round(top / 2), Math.floor(top)].map((v) => [v, String(v)] as const) }}
      lines={[
        { ys: rows.map((r) => r.live), className: 'stroke-[var(--pipe-stroke)]', width: 2.5 },
        // A row's `busy` is the requests in progress, cold-starting ones included (the engine's count).
        { ys: rows.map((r) => r.busy), className: 'stroke-[var(--color-warm)] dark:stroke-emerald-400', width: 1.5, dashed: true },
      ]}
    />
  );
}

export function ScaleToZeroView({ data, controls, chart }: { data: ScaleToZeroData; controls: ReactNode; chart: ReactNode }) {
  return (
    <FigureBody
      controls={controls}
      picture={
        <div className="flex h-full flex-col">
          <p className="flex shrink-0 flex-wrap gap-x-4 text-xs text-[var(--muted-fg)]" aria-hidden="true">
            <span>
              <span className="mr-1 inline-block h-0.5 w-4 bg-[var(--pipe-stroke)] align-middle" />
              <Skinned words={{ cloud: 'environments alive', kitchen: 'stations set up' }} />
            </span>
            <span>
              <span className="mr-1 inline-block w-4 border-t-2 border-dashed border-[var(--color-warm)] align-middle dark:border-emerald-400" />
              <Skinned words={{ cloud: 'busy with a request', kitchen: 'cooking' }} />
            </span>
          </p>
          <div className="min-h-0 flex-1">{chart}</div>
        </div>
      }
      readouts={
        <Readouts>
          <Readout metric="environments" label={{ cloud: 'Environments', kitchen: 'Stations' }} value={data.live} text={formatCount(data.live)} sub={data.live === 0 ? 'scaled to zero' : 'alive'} />
          <Readout metric="coldStarts" label={{ cloud: 'Cold starts', kitchen: 'Set-ups' }} value={data.coldStarts} text={formatCount(data.coldStarts)} tone="cold" />
          <Readout
            metric="sinceLastMs"
            label={{ cloud: 'Since last request', kitchen: 'Since last order' }}
            value={data.sinceLastMs ?? 0}
            text={data.sinceLastMs === null ? '–' : formatClock(data.sinceLastMs)}
            sub={`idle timeout ${data.idleSeconds / 60} min`}
          />
          <Readout metric="clock" label="Simulated time" value={data.timeMs} text={formatClock(data.timeMs)} sub="a minute a second" />
        </Readouts>
      }
    />
  );
}

/** When the latest request we know of arrived (null: none yet). */
export function lastArrivalMs(traces: readonly { arrivalMs: number }[]): number | null {
  let last: number | null = null;
  for (const t of traces) if (last === null || t.arrivalMs > last) last = t.arrivalMs;
  return last;
}
