/** The `db-capacity` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { SeriesRow } from '@/simulations';
import { formatCount, formatUsd } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { Readout } from '../parts';
import { Skinned, type Words } from '../Skinned';
import { DB_CAPACITY } from './dbCapacity';

export interface DbSide {
  timeMs: number;
  failed: number;
  writes: number;
  databaseUsd: number;
  series: readonly SeriesRow[];
}

export function DbChart({ data, width, height }: { data: DbSide; width: number; height: number }) {
  const rows = data.series;
  const top = Math.max(DB_CAPACITY.peak.initial, ...rows.map((r) => r.arrivals)) * 1.1;
  const step = top > 800 ? 400 : 200;
  const ticks: [number, string][] = [];
  for (let v = 0; v <= top; v += step) ticks.push([v, formatCount(v)]);
  return (
    <LineChart
      width={width}
      height={height}
      label={`Writes per second and failed writes per second; ${formatCount(data.failed)} failed so far.`}
      xs={rows.map((r) => r.timeSeconds)}
      x={{ min: 0, max: DB_CAPACITY.runSeconds, ticks: [0, 60, 120, 180].map((t) => [t, `${t} s`] as const) }}
      y={{ min: 0, max: top, ticks }}
      lines={[
        { ys: rows.map((r) => r.arrivals), className: 'stroke-[var(--pipe-stroke)]' },
        { ys: rows.map((r) => r.throttledDatabase), className: 'stroke-red-600 dark:stroke-red-400', width: 1.5 },
      ]}
    />
  );
}

function Side({ title, data, chart, prefix, sub }: { title: Words; data: DbSide; chart: ReactNode; prefix: string; sub: string }) {
  return (
    <section aria-label={title.cloud} className="flex min-h-0 flex-col gap-1">
      <h3 className="text-sm font-semibold">
        <Skinned words={title} /> <span className="font-normal text-[var(--muted-fg)]">{sub}</span>
      </h3>
      <div className="min-h-0 flex-1">{chart}</div>
      <dl className="grid grid-cols-2 gap-1.5">
        <Readout metric={`${prefix}Failed`} label={{ cloud: 'Failed writes (502)', kitchen: 'Orders that failed' }} value={data.failed} text={formatCount(data.failed)} tone={data.failed ? 'bad' : 'good'} />
        <Readout metric={`${prefix}Usd`} label={{ cloud: 'DynamoDB bill', kitchen: 'Pantry bill' }} value={data.databaseUsd} text={formatUsd(data.databaseUsd)} tone="money" sub="this run" />
      </dl>
    </section>
  );
}

export function DbCapacityView({ onDemand, provisioned, controls, charts }: { onDemand: DbSide; provisioned: DbSide; controls: ReactNode; charts: [ReactNode, ReactNode] }) {
  return (
    <div className="flex h-full flex-col gap-2">
      <div className="shrink-0">{controls}</div>
      <p className="text-xs text-[var(--muted-fg)]" aria-hidden="true">
        <span className="mr-1 inline-block h-0.5 w-3 bg-[var(--pipe-stroke)] align-middle" />
        writes per second <span className="mr-1 ml-2 inline-block h-0.5 w-3 bg-red-600 align-middle dark:bg-red-400" />
        failed per second
      </p>
      <div className="grid min-h-0 flex-1 grid-cols-1 gap-3 sm:grid-cols-2">
        <Side prefix="onDemand" title={{ cloud: 'On-demand', kitchen: 'Pay per item' }} sub="billed per write" data={onDemand} chart={charts[0]} />
        <Side prefix="provisioned" title={{ cloud: 'Provisioned', kitchen: 'Reserved shelves' }} sub={`${DB_CAPACITY.writeCapacityUnits} writes/s, billed by the hour`} data={provisioned} chart={charts[1]} />
      </div>
    </div>
  );
}
