/** The `memory-cpu` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import { formatCount, formatMs, formatUsd } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { FigureBody, Readout, Readouts } from '../parts';
import { MEMORY_SIZES, type MemoryPoint } from './memoryCpu';

const xScale = { min: 128, max: 10240, log: true, ticks: [128, 512, 1769, 4096, 10240].map((m) => [m, m >= 1024 ? `${Math.round(m / 102.4) / 10} GB` : `${m} MB`] as const) };

function decadeTicks(values: number[], fmt: (v: number) => string): [number, string][] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const out: [number, string][] = [];
  for (let d = 10 ** Math.floor(Math.log10(lo)); d <= hi * 10; d *= 10) for (const m of [1, 2, 5]) if (d * m >= lo / 1.5 && d * m <= hi * 1.5) out.push([d * m, fmt(d * m)]);
  return out;
}

export function MemoryCharts({ points, chosen, width, height }: { points: MemoryPoint[] | null; chosen: number; width: number; height: number }) {
  const narrow = width < 520;
  const w = narrow ? width : Math.floor((width - 16) / 2);
  const h = narrow ? Math.floor((height - 8) / 2) : height;
  const at = points?.find((p) => p.memoryMB === chosen);
  const ms = points?.map((p) => p.billedMs) ?? [100, 10_000];
  const usd = points?.map((p) => p.usdPerMillion) ?? [1, 100];
  const xs = points?.map((p) => p.memoryMB) ?? [...MEMORY_SIZES];
  return (
    <div className={narrow ? 'flex flex-col gap-2' : 'flex gap-4'}>
      <div>
        <p className="text-xs font-semibold">Duration per invocation</p>
        <LineChart
          width={w}
          height={h - 16}
          label={points ? `Billed duration by memory: ${points.map((p) => `${formatCount(p.memoryMB)} MB ${formatMs(p.billedMs)}`).join(', ')}.` : 'Running the engine at each memory size.'}
          xs={xs}
          x={xScale}
          y={{ min: Math.min(...ms) / 1.5, max: Math.max(...ms) * 1.5, log: true, ticks: decadeTicks(ms, formatMs) }}
          lines={points ? [{ ys: ms, className: 'stroke-[var(--pipe-stroke)]' }] : []}
          markers={at ? [{ x: at.memoryMB, y: at.billedMs, className: 'fill-[var(--page-bg)] stroke-[var(--page-fg)]', label: formatMs(at.billedMs) }] : []}
        />
      </div>
      <div>
        <p className="text-xs font-semibold">Cost per million invocations</p>
        <LineChart
          width={w}
          height={h - 16}
          label={points ? `Cost per million by memory: ${points.map((p) => `${formatCount(p.memoryMB)} MB ${formatUsd(p.usdPerMillion)}`).join(', ')}.` : 'Running the engine at each memory size.'}
          xs={xs}
          x={xScale}
          y={{ min: 0, max: Math.max(...usd) * 1.15, ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => [f * Math.max(...usd) * 1.15, formatUsd(f * Math.max(...usd) * 1.15)] as const) }}
          lines={points ? [{ ys: usd, className: 'stroke-amber-700 dark:stroke-amber-400' }] : []}
          markers={at ? [{ x: at.memoryMB, y: at.usdPerMillion, className: 'fill-[var(--page-bg)] stroke-[var(--page-fg)]', label: formatUsd(at.usdPerMillion) }] : []}
        />
      </div>
    </div>
  );
}

export function MemoryCpuView({ points, chosen, controls, chart }: { points: MemoryPoint[] | null; chosen: number; controls: ReactNode; chart: ReactNode }) {
  const at = points?.find((p) => p.memoryMB === chosen);
  const cheapest = points ? points.reduce((a, b) => (b.usdPerMillion < a.usdPerMillion ? b : a)) : null;
  return (
    <FigureBody
      controls={controls}
      picture={chart}
      readouts={
        <Readouts>
          <Readout metric="memoryMB" label="Memory" value={chosen} text={`${formatCount(chosen)} MB`} sub={`≈ ${(chosen / 1769).toFixed(2)} vCPU`} />
          <Readout metric="billedMs" label="Duration" value={at?.billedMs ?? 0} text={at ? formatMs(at.billedMs) : '…'} />
          <Readout metric="usdPerMillion" label="Per million" value={at?.usdPerMillion ?? 0} text={at ? formatUsd(at.usdPerMillion) : '…'} tone="money" />
          <Readout metric="cheapestMemoryMB" label="Cheapest size" value={cheapest?.memoryMB ?? 0} text={cheapest ? `${formatCount(cheapest.memoryMB)} MB` : '…'} sub={cheapest ? formatMs(cheapest.billedMs) : undefined} />
        </Readouts>
      }
    />
  );
}
