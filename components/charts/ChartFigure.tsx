'use client';

import { useState, type ReactNode } from 'react';
import type { ChartColor } from './palette';

export interface LegendItem {
  label: string;
  color: ChartColor;
  /** How the series is drawn: a line, a dashed line, or dots. */
  mark?: 'line' | 'dash' | 'dot';
}

export interface DataTable {
  caption: string;
  columns: string[];
  /** Already-formatted cells; the first cell of each row is its header (th scope="row"). */
  rows: string[][];
}

/** A legend that follows the theme (swatches use the chart CSS variables). */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-[var(--page-fg)]">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={item.mark === 'dot' ? 'inline-block h-2 w-2 rounded-full' : 'inline-block h-0 w-4 border-t-2'}
            style={
              item.mark === 'dot'
                ? { background: `var(--chart-${item.color})` }
                : { borderColor: `var(--chart-${item.color})`, borderTopStyle: item.mark === 'dash' ? 'dashed' : 'solid' }
            }
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A chart as a figure: a short visible caption, the chart, its legend, and the same data as a
 * table behind a disclosure (rendered only while open, since the data changes several times a
 * second).
 */
export function ChartFigure({
  id,
  caption,
  legend,
  table,
  note,
  children,
}: {
  id: string;
  caption: ReactNode;
  legend: LegendItem[];
  /** Builds the table on demand (only while the disclosure is open). */
  table: () => DataTable;
  /** An optional line under the legend (e.g. the break-even in words). */
  note?: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const t = open ? table() : null;
  return (
    <figure data-chart={id} className="m-0 flex min-w-0 flex-col gap-1.5 rounded-md border border-[var(--border)] bg-[var(--page-bg)] p-2">
      <figcaption className="text-sm font-medium text-[var(--page-fg)]">{caption}</figcaption>
      {children}
      <ChartLegend items={legend} />
      {note}
      <details className="text-xs" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-[var(--page-fg)] underline-offset-2 hover:underline">Show the data as a table</summary>
        {t && (
          <div className="mt-1 max-h-72 overflow-auto" tabIndex={0} role="region" aria-label={t.caption}>
            <table className="w-full border-collapse text-left tabular-nums">
              <caption className="pb-1 text-left text-xs text-[var(--muted-fg)]">{t.caption}</caption>
              <thead>
                <tr>
                  {t.columns.map((c) => (
                    <th key={c} scope="col" className="sticky top-0 border-b border-[var(--border)] bg-[var(--page-bg)] px-1.5 py-0.5 font-semibold">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.rows.length === 0 ? (
                  <tr>
                    <td colSpan={t.columns.length} className="px-1.5 py-0.5 text-[var(--muted-fg)]">
                      No data yet.
                    </td>
                  </tr>
                ) : (
                  t.rows.map((r, i) => (
                    <tr key={i} className="border-b border-[var(--border)] last:border-b-0">
                      {r.map((cell, j) =>
                        j === 0 ? (
                          <th key={j} scope="row" className="px-1.5 py-0.5 font-normal">
                            {cell}
                          </th>
                        ) : (
                          <td key={j} className="px-1.5 py-0.5">
                            {cell}
                          </td>
                        ),
                      )}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </figure>
  );
}
