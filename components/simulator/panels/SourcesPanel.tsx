'use client';

import { useId, useMemo } from 'react';
import type { FactKind } from '@/simulations/facts';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { KIND_LABEL, settingsOf, sourceRows, type SourceRow } from './sources';
import { shownSettings } from '../store';

const BADGE: Record<FactKind, string> = {
  aws: 'border-blue-700 bg-blue-50 text-blue-900 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100',
  provider: 'border-blue-700 bg-blue-50 text-blue-900 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100',
  secondary: 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100',
  measured: 'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-300 dark:bg-emerald-950 dark:text-emerald-100',
  assumption: 'border-dashed border-[var(--muted-fg)] bg-[var(--page-bg)] text-[var(--page-fg)]',
};

function Badge({ kind }: { kind: FactKind }) {
  return <span className={`inline-block rounded border px-1.5 py-px text-[11px] font-medium leading-4 whitespace-nowrap ${BADGE[kind]}`}>{KIND_LABEL[kind]}</span>;
}

function groupRows(rows: SourceRow[]): [string, SourceRow[]][] {
  const groups = new Map<string, SourceRow[]>();
  for (const r of rows) {
    const g = groups.get(r.group);
    if (g) g.push(r);
    else groups.set(r.group, [r]);
  }
  return [...groups];
}


/** Web addresses named in a source (e.g. "aws.amazon.com/lambda/pricing") become links; the rest stays text. */
const ADDRESS = /((?:[a-z0-9-]+\.)+(?:com|io|org|dev)(?![a-z0-9-])(?:\/[^\s,;)”]*[^\s,;)”.:])?)/gi;

export function SourceText({ text }: { text: string }) {
  const parts = text.split(ADDRESS);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={`https://${part}`} className="underline" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * "Where numbers come from": every figure the simulation uses for the current settings, with
 * value, unit, source, date and how much to trust it (AWS documentation, secondary source,
 * measurement or model assumption). Values come from simulations/facts.ts.
 */
export function SourcesPanel({ className = '' }: { className?: string }) {
  const settings = useSimulator(shownSettings);
  const rows = useMemo(() => sourceRows(settingsOf(settings)), [settings]);
  const headingId = useId();
  const groups = groupRows(rows);
  return (
    <div role="group" aria-labelledby={headingId} className={`text-sm ${className}`}>
      <h3 id={headingId} className="text-base font-semibold">
        Where numbers come from
      </h3>
      <p className="mt-1 text-[var(--muted-fg)]">
        Every figure in force for the current settings (us-east-1 prices in USD). The badge says how much to trust it:{' '}
        {(Object.keys(KIND_LABEL) as FactKind[]).map((k, i, all) => (
          <span key={k}>
            <Badge kind={k} />
            {i < all.length - 1 ? ' ' : '.'}
          </span>
        ))}
      </p>
      <div className="mt-2 overflow-x-auto" role="region" aria-label="Sources table, scrolls sideways on narrow screens" tabIndex={0}>
        <table className="w-full min-w-[18rem] border-collapse text-left text-xs">
          <caption className="sr-only">Parameters, their values and sources</caption>
          <thead>
            <tr className="border-b border-[var(--border)]">
              <th scope="col" className="py-1 pr-2 font-semibold">
                Parameter
              </th>
              <th scope="col" className="py-1 pr-2 font-semibold">
                Value
              </th>
              <th scope="col" className="py-1 font-semibold">
                Source
              </th>
            </tr>
          </thead>
          {groups.map(([group, items]) => (
            <tbody key={group}>
              <tr>
                <th scope="colgroup" colSpan={3} className="bg-[var(--surface)] px-1 pt-2 pb-1 text-left text-xs font-semibold">
                  {group}
                </th>
              </tr>
              {items.map((r) => (
                <tr key={r.id} data-fact={r.id} className="border-b border-[var(--border)] align-top">
                  <th scope="row" className="py-1.5 pr-2 font-medium">
                    {r.name}
                  </th>
                  <td className="py-1.5 pr-2">
                    <span className="font-semibold tabular-nums break-words">{r.value}</span>
                    {r.unit !== 'ms' && <span className="block text-[11px] text-[var(--muted-fg)]">{r.unit}</span>}
                  </td>
                  <td className="py-1.5">
                    <Badge kind={r.kind} />
                    <span className="mt-0.5 block break-words">
                      <SourceText text={r.source} />
                    </span>
                    <span className="block text-[11px] text-[var(--muted-fg)]">
                      as of <time dateTime={/^\d{4}(-\d{2}){0,2}$/.test(r.date) ? r.date : undefined}>{r.date}</time>
                    </span>
                    {r.note && <span className="block text-[11px] text-[var(--muted-fg)]">{r.note}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="mt-2 text-xs text-[var(--muted-fg)]">Diagram drawn with React Flow (MIT).</p>
    </div>
  );
}
