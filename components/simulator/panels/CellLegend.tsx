'use client';

import { useId } from 'react';
import { CELL_CLASS, FILL_CLASS, PARTIAL_CELL_CLASS } from '@/components/pipeline/cells';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { formatCount } from '@/components/simulator/format';
import { shownSettings } from '@/components/simulator/store';
import { usePrefersReducedMotion } from '@/components/simulator/usePrefersReducedMotion';

const WORDS = {
  cloud: {
    heading: 'Legend',
    cells: 'Each square is an execution environment:',
    cellsShared: 'Each square is an instance, filled from the bottom as it fills with requests:',
    initializing: 'starting (cold start)',
    busy: 'busy with a request',
    sharedBusy: 'busy, filled as far as it is full (half full here)',
    idle: 'idle and warm, waiting',
    provisioned: 'ringed: provisioned, kept warm ahead of time',
    request: 'request on its way',
    response: 'response heading back',
    throttled: 'throttled: refused and bounced back',
    unit: 'requests',
  },
  kitchen: {
    heading: 'Legend',
    cells: 'Each square is a cooking station:',
    cellsShared: 'Each square is a station cooking several orders, filled as it fills:',
    initializing: 'being set up',
    busy: 'cooking an order',
    sharedBusy: 'cooking, filled as far as it is busy (half here)',
    idle: 'free, waiting for an order',
    provisioned: 'ringed: set up ahead of the rush and kept ready',
    request: 'order on its way',
    response: 'dish heading back',
    throttled: 'customer turned away, or an order the pantry failed',
    unit: 'orders',
  },
} as const;

const swatch = 'inline-block h-3 w-3 shrink-0 rounded-[3px] border';
const dot = 'inline-block h-2.5 w-2.5 shrink-0 rounded-full';

/**
 * The Function node's cells (same classes as the diagram) and the moving dots. `requestsPerDot`
 * above 1 adds "each dot ≈ N requests"; with reduced motion the dots give way to counts on arrows.
 */
export function CellLegend({ requestsPerDot = 1, className = '' }: { requestsPerDot?: number; className?: string }) {
  const skin = useSimulator((s) => s.params.skin);
  const shared = useSimulator((s) => shownSettings(s).function.maxConcurrencyPerInstance > 1);
  const reduced = usePrefersReducedMotion();
  const headingId = useId();
  const w = WORDS[skin];
  const perDot = Math.round(requestsPerDot);
  return (
    <div role="group" aria-labelledby={headingId} className={`text-xs text-[var(--page-fg)] ${className}`}>
      <h3 id={headingId} className="sr-only">
        {w.heading}
      </h3>
      <p className="text-[var(--muted-fg)]">{shared ? w.cellsShared : w.cells}</p>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`${swatch} ${CELL_CLASS.initializing}`} />
          {w.initializing}
        </li>
        {shared ? (
          // As the diagram draws a shared instance: hollow, filled from the bottom as far as it is full.
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`${swatch} inline-grid overflow-hidden ${PARTIAL_CELL_CLASS}`}>
              <svg viewBox="0 0 10 10" width="10" height="10" className="block">
                <rect x="0" y="5" width="10" height="5" className={FILL_CLASS} />
              </svg>
            </span>
            {w.sharedBusy}
          </li>
        ) : (
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`${swatch} ${CELL_CLASS.busy}`} />
            {w.busy}
          </li>
        )}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`${swatch} ${CELL_CLASS.idle}`} />
          {w.idle}
        </li>
        {!shared && (
          <li className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`${swatch} ${CELL_CLASS.idle} ring-1 ring-[var(--page-fg)] ring-offset-1 ring-offset-[var(--page-bg)]`}
            />
            {w.provisioned}
          </li>
        )}
      </ul>
      {reduced ? (
        <p className="mt-1.5 text-[var(--muted-fg)]">
          Moving {w.unit} are counted on each arrow.
        </p>
      ) : (
        <>
          <ul className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1">
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`${dot} bg-[var(--dot-request)]`} />
              {w.request}
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`${dot} bg-[var(--dot-response)]`} />
              {w.response}
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`${dot} bg-[var(--dot-throttled)]`} />
              {w.throttled}
            </li>
          </ul>
          {perDot > 1 && (
            <p className="mt-1 text-[var(--muted-fg)]">
              Each dot ≈ {formatCount(perDot)} {w.unit}.
            </p>
          )}
        </>
      )}
    </div>
  );
}
