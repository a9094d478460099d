'use client';

import { useCallback, useEffect, useState } from 'react';
import type { RunSummary, ScenarioInput } from '@/simulations';
import { runHeadlessMany } from '@/components/simulator/headlessRun';

/** Runs already done on this page, by key (a reader flips between a few settings). */
const cache = new Map<string, Promise<RunSummary[]>>();

/**
 * Whole engine runs of `scenarios` in the headless worker, cached under `key` (which must
 * identify the scenarios). `runs` is null while they run; a failure is reported, not thrown, and
 * `retry` runs them again (a failed batch is not cached; the runner starts a fresh worker).
 */
export function useHeadlessRuns(key: string, scenarios: () => ScenarioInput[]): { runs: RunSummary[] | null; error: string | null; retry: () => void } {
  const [state, setState] = useState<{ key: string; runs: RunSummary[] | null; error: string | null }>({ key, runs: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ key, runs: null, error: null });
    setAttempt((n) => n + 1);
  }, [key]);
  useEffect(() => {
    let live = true;
    let p = cache.get(key);
    if (!p) {
      p = runHeadlessMany(scenarios());
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    p.then(
      (runs) => live && setState({ key, runs, error: null }),
      (e: unknown) => live && setState({ key, runs: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // `scenarios` is described by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  return state.key === key ? { runs: state.runs, error: state.error, retry } : { runs: null, error: null, retry };
}
