'use client';

import { useEffect, useRef, useState } from 'react';
import { useSimulatorStore } from '@/components/simulator/SimulatorContext';
import { summarize, summaryKey } from './narration';

/** Wall-time gap between announcements. */
const EVERY_MS = 5000;

/**
 * A visually hidden polite live region that tells screen-reader users how the simulation is
 * going, at most every five seconds and only when something meaningful changed (environment
 * counts, cold starts, 429s, traffic); cost creeping up alone is not announced.
 */
export function LiveSummary({ intervalMs = EVERY_MS }: { intervalMs?: number }) {
  const store = useSimulatorStore();
  const [text, setText] = useState('');
  const lastKey = useRef('');

  useEffect(() => {
    const tick = () => {
      const s = store.getState();
      const key = summaryKey(s.snapshot, s.params.skin);
      if (key === '' || key === lastKey.current) return;
      lastKey.current = key;
      setText(summarize(s.snapshot, s.params.skin));
    };
    const timer = setInterval(tick, Math.max(1000, intervalMs));
    return () => clearInterval(timer);
  }, [store, intervalMs]);

  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
