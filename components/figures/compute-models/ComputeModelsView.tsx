/** The `compute-models` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import { PLATFORM_NAME } from '@/components/simulator/compare';
import { formatCount, formatMs, formatRate, formatUsd } from '@/components/simulator/format';
import { PLATFORMS } from '@/simulations/defaults';
import { FigureBody } from '../parts';
import type { ModelPoint } from './computeModels';

const ROWS = [
  { id: 'meanInstances', label: 'Instances (mean)', value: (p: ModelPoint) => p.meanInstances, text: (p: ModelPoint) => (p.meanInstances < 10 ? p.meanInstances.toFixed(1) : formatCount(Math.round(p.meanInstances))) },
  { id: 'coldStarts', label: 'Cold starts', value: (p: ModelPoint) => p.coldStarts, text: (p: ModelPoint) => formatCount(p.coldStarts) },
  { id: 'throttled', label: 'Throttled', value: (p: ModelPoint) => p.throttled, text: (p: ModelPoint) => formatCount(p.throttled) },
  { id: 'p95', label: 'p95 latency', value: (p: ModelPoint) => p.p95Ms, text: (p: ModelPoint) => formatMs(p.p95Ms) },
] as const;

/** Short names for the table's columns. */
const SHORT: Record<ModelPoint['platform'], string> = {
  lambda: 'Lambda',
  'lambda-managed-instances': 'Managed',
  'cloud-run': 'Cloud Run',
  'cloudflare-workers': 'Workers',
};

/** Cost per million requests as bars (SVG attributes only: the page's style policy allows no inline styles). */
function CostBars({ points }: { points: ModelPoint[] | null }) {
  const max = points ? Math.max(...points.map((p) => p.usdPerMillion), 1e-9) : 1;
  return (
    <div className="space-y-1">
      <p className="text-xs font-semibold">Cost per million requests</p>
      <ul className="space-y-1">
        {PLATFORMS.map((platform, i) => {
          const p = points?.[i];
          const share = p ? p.usdPerMillion / max : 0;
          return (
            <li key={platform} className="grid grid-cols-[5.5rem_minmax(0,1fr)_3.5rem] sm:grid-cols-[10.5rem_minmax(0,1fr)_4rem] items-center gap-2 text-xs" data-metric={`usdPerMillion-${platform}`} data-value={p?.usdPerMillion ?? 0}>
              <span className="truncate">
                <span className="sm:hidden">{SHORT[platform]}</span>
                <span className="hidden sm:inline">{PLATFORM_NAME[platform]}</span>
              </span>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-3 w-full" aria-hidden="true">
                <rect x="0" y="0" width="100" height="10" className="fill-[var(--surface)]" />
                <rect x="0" y="0" width={Math.max(0.5, share * 100)} height="10" className="fill-brand-600 dark:fill-brand-400" />
              </svg>
              <span className="text-right font-semibold tabular-nums">{p ? formatUsd(p.usdPerMillion) : '…'}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Table({ points }: { points: ModelPoint[] | null }) {
  return (
    <table className="w-full table-fixed text-[11px] tabular-nums sm:text-xs">
      <caption className="sr-only">The same traffic on four platforms</caption>
      <thead>
        <tr className="border-b border-[var(--border)]">
          <th scope="col" className="w-[32%] py-0.5 text-left font-normal text-[var(--muted-fg)]">
            Ten minutes
          </th>
          {PLATFORMS.map((p) => (
            <th key={p} scope="col" className="w-[17%] truncate py-0.5 pl-1 text-right font-semibold">
              <abbr title={PLATFORM_NAME[p]} className="no-underline">
                {SHORT[p]}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.id} className="border-b border-[var(--border)] last:border-0">
            <th scope="row" className="truncate py-0.5 text-left font-normal">
              {row.label}
            </th>
            {PLATFORMS.map((platform, i) => {
              const p = points?.[i];
              return (
                <td key={platform} className="py-0.5 pl-1 text-right" data-metric={`${row.id}-${platform}`} data-value={p ? row.value(p) : 0}>
                  {p ? row.text(p) : '…'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ComputeModelsView({ points, controls }: { points: ModelPoint[] | null; controls: ReactNode }) {
  return <FigureBody controls={controls} picture={<CostBars points={points} />} readouts={<Table points={points} />} />;
}

/** The figure's numbers in one sentence (its live summary). */
export function modelsSummary(points: ModelPoint[], rps: number): string {
  const cheapest = points.reduce((a, b) => (b.usdPerMillion < a.usdPerMillion ? b : a));
  const dearest = points.reduce((a, b) => (b.usdPerMillion > a.usdPerMillion ? b : a));
  return `At ${formatRate(rps)}, ${PLATFORM_NAME[cheapest.platform]} costs least (${formatUsd(cheapest.usdPerMillion)} per million) and ${PLATFORM_NAME[dearest.platform]} most (${formatUsd(dearest.usdPerMillion)}).`;
}
