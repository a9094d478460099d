/** The `provisioned` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import { formatCount, formatPercent, formatUsd } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { FigureBody, Readout, Readouts } from '../parts';
import { PROVISIONED_LEVELS, type ProvisionedPoint } from './provisioned';

const xScale = { min: 0, max: 40, ticks: [0, 10, 20, 30, 40].map((v) => [v, String(v)] as const) };

function linearTicks(max: number, fmt: (v: number) => string): [number, string][] {
  const raw = max / 3;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: [number, string][] = [];
  for (let v = 0; v <= max * 1.0001; v += step) out.push([v, fmt(v)]);
  return out;
}

export function ProvisionedCharts({ points, level, width, height }: { points: ProvisionedPoint[] | null; level: number; width: number; height: number }) {
  const narrow = width < 520;
  const w = narrow ? width : Math.floor((width - 16) / 2);
  const h = (narrow ? Math.floor((height - 8) / 2) : height) - 16;
  const at = points?.find((p) => p.level === level);
  const xs = points?.map((p) => p.level) ?? [...PROVISIONED_LEVELS];
  const coldMax = Math.max(10, ...(points?.map((p) => p.coldStarts) ?? [])) * 1.15;
  const usdMax = Math.max(0.1, ...(points?.map((p) => p.usdPerHour) ?? [])) * 1.15;
  return (
    <div className={narrow ? 'flex flex-col gap-2' : 'flex gap-4'}>
      <div>
        <p className="text-xs font-semibold">Cold starts in the run</p>
        <LineChart
          width={w}
          height={h}
          label={points ? `Cold starts by provisioned environments: ${points.map((p) => `${p.level}: ${formatCount(p.coldStarts)}`).join(', ')}.` : 'Running the engine at each level.'}
          xs={xs}
          x={xScale}
          y={{ min: 0, max: coldMax, ticks: linearTicks(coldMax, formatCount) }}
          lines={points ? [{ ys: points.map((p) => p.coldStarts), className: 'stroke-[var(--color-cold)] dark:stroke-amber-400' }] : []}
          markers={at ? [{ x: at.level, y: at.coldStarts, className: 'fill-[var(--page-bg)] stroke-[var(--page-fg)]', label: formatCount(at.coldStarts) }] : []}
        />
      </div>
      <div>
        <p className="text-xs font-semibold">Lambda’s bill per hour</p>
        <LineChart
          width={w}
          height={h}
          label={points ? `Cost per hour by provisioned environments: ${points.map((p) => `${p.level}: ${formatUsd(p.usdPerHour)}`).join(', ')}.` : 'Running the engine at each level.'}
          xs={xs}
          x={xScale}
          y={{ min: 0, max: usdMax, ticks: linearTicks(usdMax, formatUsd) }}
          lines={points ? [{ ys: points.map((p) => p.usdPerHour), className: 'stroke-[var(--pipe-stroke)]' }] : []}
          markers={at ? [{ x: at.level, y: at.usdPerHour, className: 'fill-[var(--page-bg)] stroke-[var(--page-fg)]', label: formatUsd(at.usdPerHour) }] : []}
        />
      </div>
    </div>
  );
}

export function ProvisionedView({ points, level, controls, chart }: { points: ProvisionedPoint[] | null; level: number; controls: ReactNode; chart: ReactNode }) {
  const at = points?.find((p) => p.level === level);
  const none = points?.find((p) => p.level === 0);
  return (
    <FigureBody
      controls={controls}
      picture={chart}
      readouts={
        <Readouts>
          <Readout metric="provisioned" label="Provisioned" value={level} text={String(level)} sub="environments" />
          <Readout metric="coldStarts" label="Cold starts" value={at?.coldStarts ?? 0} text={at ? formatCount(at.coldStarts) : '…'} tone="cold" sub={at ? `${formatPercent(at.coldShare)} of requests` : undefined} />
          <Readout metric="usdPerHour" label="Per hour" value={at?.usdPerHour ?? 0} text={at ? formatUsd(at.usdPerHour) : '…'} tone="money" />
          <Readout
            metric="extraUsdPerHour"
            label="Versus none"
            value={at && none ? at.usdPerHour - none.usdPerHour : 0}
            text={at && none ? `${at.usdPerHour >= none.usdPerHour ? '+' : '−'}${formatUsd(Math.abs(at.usdPerHour - none.usdPerHour))}` : '…'}
            sub="an hour"
          />
        </Readouts>
      }
    />
  );
}
