/** The `scale-out` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { SeriesRow } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { FigureBody, Readout, Readouts } from '../parts';
import { Skinned } from '../Skinned';
import { SCALE_OUT } from './scaleOut';

export interface ScaleOutData {
  timeMs: number;
  rps: number;
  live: number;
  limit: number;
  refusedConcurrency: number;
  refusedScaling: number;
  arrivals: number;
  series: readonly SeriesRow[];
}

export function ScaleOutChart({ data, width, height }: { data: ScaleOutData; width: number; height: number }) {
  const rows = data.series;
  const needed = rows.map((r) => (r.targetRps * SCALE_OUT.durationMeanMs) / 1000);
  const top = Math.max(data.limit, ...needed, ...rows.map((r) => r.live)) * 1.1;
  const step = top > 6000 ? 2000 : top > 3000 ? 1000 : 500;
  const yTicks: [number, string][] = [];
  for (let v = 0; v <= top; v += step) yTicks.push([v, formatCount(v)]);
  return (
    <LineChart
      width={width}
      height={height}
      label={`Environments over the run, against the ${formatCount(data.limit)} account limit: ${formatCount(data.live)} now.`}
      xs={rows.map((r) => r.timeSeconds)}
      x={{ min: 0, max: SCALE_OUT.runSeconds, ticks: [0, 10, 20, 30, 40, 50, 60].map((t) => [t, `${t} s`] as const) }}
      y={{ min: 0, max: top, ticks: yTicks }}
      hLines={[{ y: data.limit, className: 'stroke-red-600 dark:stroke-red-400', label: `account limit ${formatCount(data.limit)}` }]}
      lines={[
        { ys: needed, className: 'stroke-[var(--muted-fg)]', dashed: true, width: 1.5 },
        { ys: rows.map((r) => r.live), className: 'stroke-[var(--pipe-stroke)]', width: 2.5 },
      ]}
    />
  );
}

/** What the numbers mean, in a sentence. */
export function scaleOutStory(d: ScaleOutData): string {
  if (d.refusedConcurrency === 0 && d.refusedScaling === 0) {
    return d.timeMs === 0 ? '' : 'No request refused so far: every one found an environment or could start one.';
  }
  const parts: string[] = [];
  if (d.refusedConcurrency > 0) parts.push(`${formatCount(d.refusedConcurrency)} over the account’s ${formatCount(d.limit)}-environment limit`);
  if (d.refusedScaling > 0) parts.push(`${formatCount(d.refusedScaling)} faster than the 1,000-per-10-seconds scaling rate`);
  return `Lambda refused ${parts.join(' and ')} with 429 TooManyRequests; API Gateway answered those clients 500.`;
}

export function ScaleOutView({ data, controls, chart }: { data: ScaleOutData; controls: ReactNode; chart: ReactNode }) {
  const refused = data.refusedConcurrency + data.refusedScaling;
  return (
    <FigureBody
      controls={controls}
      picture={
        <div className="flex h-full flex-col">
          <p className="flex shrink-0 flex-wrap gap-x-4 text-xs text-[var(--muted-fg)]" aria-hidden="true">
            <span>
              <span className="mr-1 inline-block h-0.5 w-4 bg-[var(--pipe-stroke)] align-middle" />
              <Skinned words={{ cloud: 'environments', kitchen: 'stations' }} />
            </span>
            <span>
              <span className="mr-1 inline-block w-4 border-t-2 border-dashed border-[var(--muted-fg)] align-middle" />
              <Skinned words={{ cloud: 'needed (rate × 0.5 s)', kitchen: 'needed (orders × 0.5 s)' }} />
            </span>
          </p>
          <div className="min-h-0 flex-1">{chart}</div>
        </div>
      }
      readouts={
        <div className="space-y-1">
          <Readouts>
            <Readout metric="environments" label={{ cloud: 'Environments', kitchen: 'Stations' }} value={data.live} text={formatCount(data.live)} />
            <Readout metric="refusedConcurrency" label="Refused: limit" value={data.refusedConcurrency} text={formatCount(data.refusedConcurrency)} tone={data.refusedConcurrency ? 'bad' : undefined} sub="429 → client 500" />
            <Readout metric="refusedScalingRate" label="Refused: scaling rate" value={data.refusedScaling} text={formatCount(data.refusedScaling)} tone={data.refusedScaling ? 'bad' : undefined} sub="429 → client 500" />
            <Readout
              metric="refusedShare"
              label={{ cloud: 'Share refused', kitchen: 'Turned away' }}
              value={data.arrivals ? refused / data.arrivals : 0}
              text={data.arrivals ? `${Math.round((refused / data.arrivals) * 1000) / 10}%` : '0%'}
            />
          </Readouts>
          <p className="h-9 text-xs leading-snug text-[var(--muted-fg)]" aria-live="polite">
            {scaleOutStory(data)}
          </p>
        </div>
      }
    />
  );
}
