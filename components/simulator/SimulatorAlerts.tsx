'use client';

import { useSimulator } from './SimulatorContext';

/**
 * The simulator's notices (a link's ignored parameters, a refused change), dismissable, and the
 * message of a stopped engine with its own Reset (an embed may show no other controls).
 * `printHidden`: an embed prints as its still diagram only.
 */
export function SimulatorAlerts({ printHidden = '' }: { printHidden?: string }) {
  const notices = useSimulator((s) => s.notices);
  const dismiss = useSimulator((s) => s.dismissNotices);
  const engineError = useSimulator((s) => s.engineError);
  const reset = useSimulator((s) => s.reset);
  return (
    <>
      {notices.length > 0 && (
        <div role="alert" className={`rounded-md border border-amber-600 ${printHidden} bg-amber-50 p-2 text-sm text-amber-950 dark:bg-[#2d2110] dark:text-amber-100`}>
          <ul className="list-disc pl-4">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss} className="mt-1 text-xs underline">
            Dismiss
          </button>
        </div>
      )}
      {engineError && (
        <div role="alert" className={`flex flex-wrap items-center gap-2 rounded-md border border-red-600 p-2 text-sm ${printHidden}`}>
          <p>The simulation stopped: {engineError}.</p>
          <button type="button" onClick={reset} className="rounded-md border border-[var(--border)] px-2 py-0.5 font-semibold hover:bg-[var(--surface)]">
            Reset the simulation
          </button>
        </div>
      )}
    </>
  );
}
