/** The `invocation-modes` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { SeriesRow } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { Readout } from '../parts';
import { Skinned } from '../Skinned';
import { INVOCATION_MODES } from './invocationModes';

export interface SideData {
  timeMs: number;
  arrivals: number;
  completed: number;
  refused: number;
  queueDepth: number;
  peakQueueDepth: number;
  processed: number;
  series: readonly SeriesRow[];
}

const xTicks = [0, 30, 60, 90].map((t) => [t, `${t} s`] as const);

export function DirectChart({ data, width, height }: { data: SideData; width: number; height: number }) {
  const rows = data.series;
  const refused = rows.map((r) => r.throttledConcurrency);
  const top = Math.max(INVOCATION_MODES.concurrencyLimit * 1.25, ...refused, ...rows.map((r) => r.busy)) * 1.05;
  return (
    <LineChart
      width={width}
      height={height}
      label={`Direct: requests in progress against the limit of ${INVOCATION_MODES.concurrencyLimit}, and refusals per second; ${formatCount(data.refused)} refused so far.`}
      xs={rows.map((r) => r.timeSeconds)}
      x={{ min: 0, max: INVOCATION_MODES.runSeconds, ticks: xTicks }}
      y={{ min: 0, max: top, ticks: [0, 100, 200, 300, 400, 500].filter((v) => v <= top).map((v) => [v, String(v)] as const) }}
      hLines={[{ y: INVOCATION_MODES.concurrencyLimit, className: 'stroke-red-600 dark:stroke-red-400', label: 'limit' }]}
      lines={[
        { ys: rows.map((r) => r.busy), className: 'stroke-[var(--pipe-stroke)]' },
        { ys: refused, className: 'stroke-red-600 dark:stroke-red-400', width: 1.5 },
      ]}
    />
  );
}

export function QueueChart({ data, width, height }: { data: SideData; width: number; height: number }) {
  const rows = data.series;
  const top = Math.max(100, ...rows.map((r) => r.queueDepth)) * 1.1;
  const step = top > 4000 ? 2000 : top > 2000 ? 1000 : top > 400 ? 500 : 100;
  const ticks: [number, string][] = [];
  for (let v = 0; v <= top; v += step) ticks.push([v, formatCount(v)]);
  return (
    <LineChart
      width={width}
      height={height}
      label={`Through a queue: messages waiting in SQS over time; at most ${formatCount(data.peakQueueDepth)}, ${formatCount(data.queueDepth)} now.`}
      xs={rows.map((r) => r.timeSeconds)}
      x={{ min: 0, max: INVOCATION_MODES.runSeconds, ticks: xTicks }}
      y={{ min: 0, max: top, ticks }}
      lines={[{ ys: rows.map((r) => r.queueDepth), className: 'stroke-violet-600 dark:stroke-violet-300' }]}
    />
  );
}

export function InvocationModesView({ direct, queued, controls, directChart, queueChart }: { direct: SideData; queued: SideData; controls: ReactNode; directChart: ReactNode; queueChart: ReactNode }) {
  return (
    <div className="flex h-full flex-col gap-2">
      <div className="shrink-0">{controls}</div>
      <div className="grid min-h-0 flex-1 grid-cols-1 gap-3 sm:grid-cols-2">
        <section aria-label="Direct, synchronous" className="flex min-h-0 flex-col gap-1">
          <h3 className="text-sm font-semibold">
            <Skinned words={{ cloud: 'Direct (synchronous)', kitchen: 'Straight to the stations' }} />
          </h3>
          <p className="text-xs text-[var(--muted-fg)]">
            <span className="mr-1 inline-block h-0.5 w-3 bg-[var(--pipe-stroke)] align-middle" />
            in progress <span className="mr-1 ml-2 inline-block h-0.5 w-3 bg-red-600 align-middle dark:bg-red-400" />
            refused per second
          </p>
          <div className="min-h-0 flex-1">{directChart}</div>
          <dl className="grid grid-cols-2 gap-1.5">
            <Readout metric="directRefused" label={{ cloud: 'Refused (500)', kitchen: 'Turned away' }} value={direct.refused} text={formatCount(direct.refused)} tone={direct.refused ? 'bad' : undefined} />
            <Readout metric="directServed" label={{ cloud: 'Served', kitchen: 'Served' }} value={direct.completed} text={formatCount(direct.completed)} />
          </dl>
        </section>
        <section aria-label="Through a queue" className="flex min-h-0 flex-col gap-1">
          <h3 className="text-sm font-semibold">
            <Skinned words={{ cloud: 'Through a queue (SQS)', kitchen: 'Through the order rail' }} />
          </h3>
          <p className="text-xs text-[var(--muted-fg)]">
            <span className="mr-1 inline-block h-0.5 w-3 bg-violet-600 align-middle dark:bg-violet-300" />
            <Skinned words={{ cloud: 'messages waiting', kitchen: 'tickets on the rail' }} />
          </p>
          <div className="min-h-0 flex-1">{queueChart}</div>
          <dl className="grid grid-cols-2 gap-1.5">
            <Readout metric="queuedRefused" label={{ cloud: 'Refused', kitchen: 'Turned away' }} value={queued.refused} text={formatCount(queued.refused)} tone={queued.refused ? 'bad' : 'good'} />
            <Readout metric="peakQueueDepth" label={{ cloud: 'Most waiting', kitchen: 'Longest rail' }} value={queued.peakQueueDepth} text={formatCount(queued.peakQueueDepth)} sub={`${formatCount(queued.processed)} done`} />
          </dl>
        </section>
      </div>
    </div>
  );
}
