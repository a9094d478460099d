/**
 * Building blocks shared by every inline figure, in its poster (server-rendered, no script) and
 * live (client) forms alike, so both have the same boxes and nothing moves when one replaces the
 * other.
 */
import type { ReactNode } from 'react';
import { Skinned, type Words } from './Skinned';

/** A figure's regions: controls on top, the picture, then the numbers. Row heights are fixed by the figure's box. */
export function FigureBody({ controls, picture, readouts, className = '' }: { controls?: ReactNode; picture: ReactNode; readouts?: ReactNode; className?: string }) {
  return (
    <div className={`flex h-full min-h-0 flex-col gap-2 ${className}`}>
      {controls && <div className="shrink-0">{controls}</div>}
      <div className="min-h-0 flex-1">{picture}</div>
      {readouts && <div className="shrink-0">{readouts}</div>}
    </div>
  );
}

/** One number: `data-metric` names it and `data-value` carries the raw value (tests and docs authors read them). */
export function Readout({ metric, label, value, text, tone, sub }: { metric: string; label: Words | string; value: number; text: string; tone?: 'cold' | 'bad' | 'money' | 'good'; sub?: ReactNode }) {
  const toneClass =
    tone === 'cold'
      ? 'text-[var(--color-cold)] dark:text-amber-300'
      : tone === 'bad'
        ? 'text-red-700 dark:text-red-300'
        : tone === 'money'
          ? 'text-brand-700 dark:text-brand-300'
          : tone === 'good'
            ? 'text-[var(--color-warm)] dark:text-emerald-300'
            : '';
  return (
    <div data-metric={metric} data-value={Number.isFinite(value) ? value : 0} className="min-w-0 rounded-md bg-[var(--page-bg)] px-2 py-1">
      <dt className="truncate text-[11px] text-[var(--muted-fg)]">{typeof label === 'string' ? label : <Skinned words={label} />}</dt>
      <dd className={`truncate text-base font-semibold tabular-nums ${toneClass}`}>{text}</dd>
      {sub && <dd className="truncate text-[11px] text-[var(--muted-fg)]">{sub}</dd>}
    </div>
  );
}

/** A row of readouts, wrapping into columns on narrow screens. */
export function Readouts({ children, columns = 4 }: { children: ReactNode; columns?: 2 | 3 | 4 }) {
  const cols = columns === 4 ? 'grid-cols-2 sm:grid-cols-4' : columns === 3 ? 'grid-cols-3' : 'grid-cols-2';
  return <dl className={`grid gap-1.5 ${cols}`}>{children}</dl>;
}

/** In a poster, a control's setting written out (the live figure puts the control in its place, same height). */
export function StaticSetting({ label, value }: { label: Words | string; value: string }) {
  return (
    <div className="flex h-14 flex-col justify-center">
      <span className="text-sm font-semibold">{typeof label === 'string' ? label : <Skinned words={label} />}</span>
      <span className="text-sm text-[var(--muted-fg)] tabular-nums">{value}</span>
    </div>
  );
}

/** The controls' row: one to three controls side by side, stacked on phones. */
export function ControlRow({ children }: { children: ReactNode }) {
  return <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">{children}</div>;
}
