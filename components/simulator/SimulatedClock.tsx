'use client';

import { formatClock } from './format';
import { useSimulator } from './SimulatorContext';

/**
 * The simulated time. Its own component: it changes with every published frame, and the whole
 * simulator around it (diagram, controls, panels) need not render again with it.
 */
export function SimulatedClock() {
  const time = useSimulator((s) => s.snapshot?.timeMs ?? 0);
  return (
    <span className="text-xs text-[var(--muted-fg)] tabular-nums" aria-label={`Simulated time ${formatClock(time)}`}>
      {formatClock(time)}
    </span>
  );
}
