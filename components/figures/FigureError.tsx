'use client';

import { restartFigureEngine } from './figureWorker';

/**
 * A figure's engine failed or stopped answering: say so over the figure, without moving anything,
 * with a button that starts it again. By default that replaces the live figures' shared worker
 * (every live figure on it starts again); a figure drawn from whole runs passes its own retry.
 */
export function FigureError({ error, onRestart = restartFigureEngine }: { error: string | null; onRestart?: () => void }) {
  if (!error) return null;
  return (
    <div role="alert" className="absolute inset-x-0 top-0 z-10 flex flex-wrap items-center gap-2 rounded-md border border-red-600 bg-[var(--page-bg)] p-2 text-sm">
      <span>This figure’s simulation stopped: {error.replace(/\.$/, '')}.</span>
      <button
        type="button"
        onClick={onRestart}
        className="rounded-md border border-[var(--border)] px-2 py-0.5 font-semibold hover:bg-[var(--surface)] focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        Start it again
      </button>
    </div>
  );
}
