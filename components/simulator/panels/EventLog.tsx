'use client';

import { useEffect, useId, useState } from 'react';
import type { EngineEvent } from '@/simulations/types';
import { useSimulator, useSimulatorStore } from '@/components/simulator/SimulatorContext';
import { formatClock } from '@/components/simulator/format';
import { eventSentence, recentEvents } from './narration';

const MAX_SHOWN = 50;

function same(a: readonly EngineEvent[], b: readonly EngineEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].seq !== b[i].seq || a[i].timeMs !== b[i].timeMs) return false;
  return true;
}

/** The newest events, re-rendering only when the list actually changes (not on every frame). */
function useRecentEvents(max: number): readonly EngineEvent[] {
  const store = useSimulatorStore();
  const [events, setEvents] = useState<readonly EngineEvent[]>(() => recentEvents(store.getState().snapshot?.events, max));
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.snapshot?.events === prev.snapshot?.events) return;
        const next = recentEvents(s.snapshot?.events, max);
        setEvents((cur) => (same(cur, next) ? cur : next));
      }),
    [store, max],
  );
  return events;
}

const TONE: Partial<Record<EngineEvent['kind'], string>> = {
  coldStart: 'text-amber-800 dark:text-amber-300',
  throttled: 'text-red-700 dark:text-red-300',
};

/**
 * What just happened, in sentences, newest first: cold starts, reclaims, throttles, scaling.
 * A scrollable log; it does not announce (LiveSummary does, at a calmer pace).
 */
export function EventLog({ className = '' }: { className?: string }) {
  const skin = useSimulator((s) => s.params.skin);
  const events = useRecentEvents(MAX_SHOWN);
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className={`text-sm ${className}`}>
      <h3 id={headingId} className="text-sm font-semibold">
        {skin === 'kitchen' ? 'What happened in the kitchen' : 'What happened'}
      </h3>
      <div
        role="log"
        aria-live="off"
        aria-labelledby={headingId}
        tabIndex={0}
        className="mt-1 max-h-56 overflow-y-auto rounded-md border border-[var(--border)] bg-[var(--surface)] px-2 py-1"
      >
        {events.length === 0 ? (
          <p className="py-1 text-[var(--muted-fg)]">
            {skin === 'kitchen' ? 'Nothing yet: set-ups, pack-aways and turned-away customers appear here.' : 'Nothing yet: cold starts, reclaims and throttles appear here.'}
          </p>
        ) : (
          <ol className="divide-y divide-[var(--border)]">
            {events.map((e) => (
              <li key={e.seq} className="flex gap-2 py-1 leading-snug">
                <span className="w-14 shrink-0 text-right text-xs leading-5 tabular-nums text-[var(--muted-fg)]">{formatClock(e.timeMs)}</span>
                <span className={`min-w-0 ${TONE[e.kind] ?? ''}`}>{eventSentence(e, skin)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
