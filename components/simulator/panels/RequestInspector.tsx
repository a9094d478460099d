'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RequestTrace } from '@/simulations/types';
import type { Skin } from '@/components/pipeline/graph';
import { useSimulator, useSimulatorStore } from '@/components/simulator/SimulatorContext';
import { formatUsd } from '@/components/simulator/format';
import { usePrefersReducedMotion } from '@/components/simulator/usePrefersReducedMotion';
import {
  costNote,
  FAILED_AT,
  kitchenStatus,
  msText,
  recentTraces,
  sameTraces,
  statusText,
  throttleExplanation,
  waterfall,
  type PhaseKey,
} from './waterfall';

/** How often the recent list may change under the reader's pointer while the simulation runs. */
const LIST_REFRESH_MS = 1500;

/**
 * The newest traces, refreshed at most every `everyMs` of wall time so buttons do not move
 * under the pointer on every frame; a restart clears at once, and a manual request's trace
 * shows up as soon as it arrives.
 */
function useRecentTraces(max: number, everyMs: number): readonly RequestTrace[] {
  const store = useSimulatorStore();
  const [traces, setTraces] = useState<readonly RequestTrace[]>(() => recentTraces(store.getState().snapshot?.traces, max));
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shown = new Set<number>();
    // The selected request is shown at once the first time it appears; after that (the engine
    // keeps a watched trace in every snapshot, older than the list's 20) the list keeps its pace.
    let handled: number | null = null;
    const update = () => {
      timer = undefined;
      last = performance.now();
      const next = recentTraces(store.getState().snapshot?.traces, max);
      shown = new Set(next.map((t) => t.id));
      setTraces((cur) => (sameTraces(cur, next) ? cur : next));
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.snapshot?.traces === prev.snapshot?.traces) return;
      const sel = s.selectedTraceId;
      const urgent = !s.snapshot || (sel !== null && sel !== handled && !shown.has(sel) && s.snapshot.traces.some((t) => t.id === sel));
      if (urgent) {
        // A restart (no snapshot) forgets it: ids start again from 1.
        handled = s.snapshot ? sel : null;
        if (timer) clearTimeout(timer);
        update();
        return;
      }
      if (timer) return;
      const wait = everyMs - (performance.now() - last);
      if (wait <= 0) update();
      else timer = setTimeout(update, wait);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store, max, everyMs]);
  return traces;
}

const BAR: Record<PhaseKey, string> = {
  gateway: 'bg-slate-500 dark:bg-slate-400',
  wait: 'bg-zinc-400 dark:bg-zinc-500',
  init: 'bg-amber-500 dark:bg-amber-400',
  handler: 'bg-[var(--pipe-stroke)]',
  database: 'bg-emerald-600 dark:bg-emerald-400',
};

const pct = (ms: number, scale: number) => `${scale > 0 ? Math.min(100, Math.max(0, (ms / scale) * 100)) : 0}%`;

function StatusBadge({ status, skin }: { status: RequestTrace['status']; skin: Skin }) {
  const ok = status === 200;
  return (
    <span
      className={`inline-block rounded px-1 text-[11px] font-semibold leading-4 tabular-nums ${
        ok ? 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' : 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-100'
      }`}
    >
      {skin === 'kitchen' ? kitchenStatus(status) : status}
      {skin === 'cloud' && <span className="sr-only">{statusText(status).slice(3)}</span>}
    </span>
  );
}

function ColdBadge({ skin }: { skin: Skin }) {
  return (
    <span className="inline-block rounded border border-amber-700 bg-amber-50 px-1 text-[11px] font-semibold leading-4 text-amber-900 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100">
      {skin === 'kitchen' ? (
        <>
          <span className="sr-only">station </span>set-up
        </>
      ) : (
        <>
          cold<span className="sr-only"> start</span>
        </>
      )}
    </span>
  );
}

function TraceWaterfall({ trace, skin }: { trace: RequestTrace; skin: Skin }) {
  const k = skin === 'kitchen';
  const w = waterfall(trace, skin);
  const listId = useId();
  return (
    <div className="mt-3">
      <p className="flex flex-wrap items-center gap-1.5 text-sm font-semibold">
        <span>
          {k ? 'Order' : 'Request'} #{trace.id}
        </span>
        <StatusBadge status={trace.status} skin={skin} />
        <span className="tabular-nums">{msText(trace.totalMs)} in total</span>
        {trace.coldStart && <ColdBadge skin={skin} />}
      </p>
      {trace.status !== 200 && (
        <p className="mt-1 rounded-md border border-red-700 bg-red-50 px-2 py-1 text-xs text-red-900 dark:border-red-300 dark:bg-red-950 dark:text-red-100">
          <strong>{k ? (trace.status === 502 || trace.status === 504 ? 'Why it failed: ' : 'Why it was turned away: ') : `Why ${trace.status}: `}</strong>
          {throttleExplanation(trace.throttleCause, skin)}
        </p>
      )}
      <p id={listId} className="sr-only">
        {k ? 'Where the time went, phase by phase' : 'Waterfall: where the time went, phase by phase'}, on a scale from 0 to {msText(w.scaleMs)}.
      </p>
      <ol aria-labelledby={listId} className="mt-2 space-y-1.5">
        {w.rows.map((row) => {
          const cold = row.key === 'init' && row.ms > 0;
          return (
            <li key={row.key} className={cold ? '-mx-1 rounded-md bg-amber-50 px-1 py-0.5 dark:bg-amber-950/60' : ''}>
              <div className="flex items-baseline justify-between gap-2 text-xs">
                <span className={`min-w-0 ${cold ? 'font-semibold text-amber-900 dark:text-amber-100' : 'font-medium'}`}>
                  {row.label}
                  {row.note && <span className="font-normal text-[var(--muted-fg)]"> ({row.note})</span>}
                </span>
                <span className="shrink-0 tabular-nums">
                  {msText(row.ms)}
                  {row.segments.length > 0 && row.ms > 0 && (
                    <span className="sr-only">
                      , starting at {msText(row.segments[0].startMs)}
                      {row.segments.length > 1 ? ` and again at ${msText(row.segments[1].startMs)}` : ''}
                    </span>
                  )}
                </span>
              </div>
              <div aria-hidden="true" className="relative mt-0.5 h-2.5 rounded-sm bg-[var(--surface)] ring-1 ring-[var(--border)]">
                {row.segments
                  .filter((seg) => seg.ms > 0)
                  .map((seg, i) => (
                    <span
                      key={i}
                      className={`absolute inset-y-0 rounded-sm ${(row.key === 'database' && trace.throttleCause === 'database') || (row.key === 'handler' && trace.throttleCause === 'timeout') ? 'bg-red-600 dark:bg-red-400' : BAR[row.key]}`}
                      style={{ left: pct(seg.startMs, w.scaleMs), width: `max(2px, ${pct(seg.ms, w.scaleMs)})` }}
                    />
                  ))}
                {w.rejectedAtMs !== undefined && row.key === (trace.throttleCause ? FAILED_AT[trace.throttleCause] : 'gateway') && (
                  <span className="absolute -inset-y-0.5 w-0.5 bg-red-700 dark:bg-red-300" style={{ left: `min(calc(100% - 2px), ${pct(w.rejectedAtMs, w.scaleMs)})` }} />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div aria-hidden="true" className="mt-0.5 flex justify-between text-[10px] tabular-nums text-[var(--muted-fg)]">
        <span>0 ms</span>
        <span>{msText(w.scaleMs)}</span>
      </div>
      <p className="mt-2 text-sm">
        <span className="font-semibold">{k ? 'What this order cost: ' : 'What this request cost: '}</span>
        <span className="font-semibold tabular-nums">{formatUsd(trace.costUsd)}</span>
      </p>
      <p className="text-xs text-[var(--muted-fg)]">{costNote(trace, skin)}</p>
    </div>
  );
}

/**
 * Click or tap a request (on the diagram, or in the recent list here) to see its waterfall:
 * gateway, wait, cold start, handler and database, in ms, plus what it cost. The selection lives
 * in the store (a manual request selects itself); the selected trace is kept after it leaves the
 * engine's ring of recent traces.
 */
export function RequestInspector({ className = '', maxListed = 20 }: { className?: string; maxListed?: number }) {
  const skin = useSimulator((s) => s.params.skin);
  const reduced = usePrefersReducedMotion();
  const selectedId = useSimulator((s) => s.selectedTraceId);
  const selectTrace = useSimulator((s) => s.selectTrace);
  const runId = useSimulator((s) => s.runId);
  const started = useSimulator((s) => s.snapshot !== null);
  const live = useSimulator(useShallow((s) => (s.selectedTraceId === null ? undefined : s.snapshot?.traces.find((t) => t.id === s.selectedTraceId))));
  const recent = useRecentTraces(maxListed, LIST_REFRESH_MS);
  const headingId = useId();
  const listLabelId = useId();

  // Keep a copy of the selected trace so it stays visible after it rolls out of the snapshot.
  const [kept, setKept] = useState<{ trace: RequestTrace; runId: number } | null>(null);
  if (live && (kept?.trace !== live || kept.runId !== runId)) setKept({ trace: live, runId });
  const trace = live ?? (kept && kept.runId === runId && kept.trace.id === selectedId ? kept.trace : null);

  const listed = trace && !recent.some((t) => t.id === trace.id) ? [...recent, trace] : recent;
  // The picked request's row scrolls into the list's view (the list only, not the page).
  const listRef = useRef<HTMLUListElement>(null);
  const listedCount = listed.length;
  useEffect(() => {
    const ul = listRef.current;
    const row = ul?.querySelector<HTMLElement>('button[aria-pressed="true"]');
    if (!ul || !row) return;
    const top = row.offsetTop - ul.offsetTop;
    if (top < ul.scrollTop || top + row.offsetHeight > ul.scrollTop + ul.clientHeight) ul.scrollTop = top - ul.clientHeight / 2 + row.offsetHeight / 2;
  }, [selectedId, listedCount]);
  const k = skin === 'kitchen';

  return (
    <div role="group" aria-labelledby={headingId} className={`text-sm ${className}`}>
      <h3 id={headingId} className="text-sm font-semibold">
        {k ? 'Inspect an order' : 'Inspect a request'}
      </h3>
      <p className="mt-0.5 text-xs text-[var(--muted-fg)]">
        {reduced
          ? k
            ? 'Pick an order below to see where its time went and what it cost.'
            : 'Pick a request below to see its waterfall in ms and what it cost.'
          : k
            ? 'Click or tap an order’s dot on the diagram (0.1× slows them down), or pick one below, to see where its time went and what it cost.'
            : 'Click or tap a request’s dot on the diagram (0.1× slows them down), or pick one below, to see its waterfall in ms and what it cost.'}
      </p>

      <p id={listLabelId} className="mt-2 text-xs font-semibold">
        {k ? 'Recent orders, newest first' : 'Recent requests, newest first'}
      </p>
      {listed.length === 0 ? (
        <p className="mt-1 text-xs text-[var(--muted-fg)]">
          {started ? (k ? 'No orders recorded yet.' : 'No requests recorded yet.') : k ? 'Press Play or place one order to start.' : 'Press Play or send one request to start.'}
        </p>
      ) : (
        <ul ref={listRef} aria-labelledby={listLabelId} className="mt-1 max-h-40 space-y-0.5 overflow-y-auto rounded-md border border-[var(--border)] p-1">
          {listed.map((t) => {
            const pressed = t.id === selectedId;
            return (
              <li key={`${t.id}-${t.arrivalMs}`}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => {
                    selectTrace(pressed ? null : t.id);
                    // The list's copy shows at once; the engine keeps the finished one from now on.
                    if (!pressed) setKept({ trace: t, runId });
                  }}
                  className={`flex min-h-8 w-full items-center gap-2 rounded px-1.5 py-0.5 text-left text-xs hover:bg-[var(--surface)] focus-visible:outline-offset-[-3px] ${
                    pressed ? 'bg-[var(--surface)] font-semibold ring-2 ring-[var(--pipe-stroke)] ring-inset' : ''
                  }`}
                >
                  <span className="w-14 shrink-0 tabular-nums">
                    <span className="sr-only">{k ? 'Order ' : 'Request '}</span>#{t.id}
                    <span className="sr-only">, </span>
                  </span>
                  <StatusBadge status={t.status} skin={skin} />
                  <span className="tabular-nums">
                    <span className="sr-only">, </span>
                    {msText(t.totalMs)}
                  </span>
                  {t.coldStart && (
                    <>
                      <span className="sr-only">, </span>
                      <ColdBadge skin={skin} />
                    </>
                  )}
                  {t.manual && (
                    <span className="text-[11px] text-[var(--muted-fg)]">
                      <span className="sr-only">, </span>
                      {k ? 'yours' : 'you sent it'}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      {trace ? (
        <TraceWaterfall trace={trace} skin={skin} />
      ) : selectedId !== null ? (
        <p className="mt-3 text-xs text-[var(--muted-fg)]">
          {k ? `Order #${selectedId} is still on its way; its timeline appears when it is done.` : `Request #${selectedId} is still on its way; its waterfall appears when it finishes.`}{' '}
          {k ? 'Only a sample of orders is recorded.' : 'Only a sample of requests is recorded.'}
        </p>
      ) : null}
    </div>
  );
}
