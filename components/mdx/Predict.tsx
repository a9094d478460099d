'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatCount, formatUsd } from '@/components/simulator/format';
import { runHeadless } from '@/components/simulator/headlessRun';
import { SCENE_EVENT, type SceneEventDetail, type SceneName } from '@/components/simulator/sceneEvent';
import type { RunSummary, ScenarioInput } from '@/simulations';

type Metric = 'peakInstances' | 'coldStarts' | 'throttled' | 'cost';

const METRICS: Record<Metric, { unit: string; read: (s: RunSummary) => number; format: (n: number) => string }> = {
  peakInstances: { unit: 'environments', read: (s) => s.peakInstances, format: formatCount },
  coldStarts: { unit: 'cold starts', read: (s) => s.coldStarts, format: formatCount },
  throttled: { unit: 'throttled requests', read: (s) => s.throttled, format: formatCount },
  cost: { unit: 'US dollars', read: (s) => s.costUsd.total, format: formatUsd },
};

/**
 * Why the run came out as it did, in a sentence or two, from its summary and its scenario (the
 * preset's own figures): the answer a reader can check, not only the number.
 */
export function explain(metric: Metric, s: RunSummary, scenario: ScenarioInput): string {
  const traffic = scenario.traffic ?? {};
  const rate = traffic.peakRequestsPerSecond ?? traffic.requestsPerSecond;
  const duration = scenario.function?.durationMs?.mean;
  const refused = s.throttledBy.concurrency + s.throttledBy.scalingRate;
  switch (metric) {
    case 'peakInstances': {
      const little =
        rate !== undefined && duration !== undefined
          ? `Little’s law puts the average in progress at ${formatCount(rate)} × ${duration / 1000} s = ${formatCount(Math.round((rate * duration) / 1000))}. `
          : '';
      if (s.throttledBy.concurrency > 0)
        return `${little}The real need ran higher: arrivals come in bursts around the average, and each new environment first spends its cold start, so requests in progress climbed past ${formatCount(s.peakInstances)}. That is the account’s concurrency limit: environments stopped there, and ${formatCount(s.throttledBy.concurrency)} requests over it were refused (Lambda’s 429, API Gateway’s 500).`;
      return `${little}Bursts around the average and each new environment’s cold start push the peak above it.`;
    }
    case 'coldStarts':
      return `Each environment Lambda had to create was one cold start; the run created ${formatCount(s.coldStarts)} for ${formatCount(s.requests)} requests.`;
    case 'throttled':
      return refused > 0
        ? `${formatCount(s.throttledBy.concurrency)} were over the concurrency limit and ${formatCount(s.throttledBy.scalingRate)} over the scaling rate; ${formatCount(s.throttledBy.gateway)} were refused by API Gateway’s own throttle.`
        : 'Every request found an environment or could start one.';
    case 'cost':
      return `Lambda ${formatUsd(s.costUsd.functionRequests + s.costUsd.functionCompute)}, API Gateway ${formatUsd(s.costUsd.gateway)}, DynamoDB ${formatUsd(s.costUsd.database)}.`;
  }
}

/**
 * Predict, then run: the reader commits a guess, the engine runs the scene headlessly in a worker
 * (the same engine, loaded only now, off the page's thread: a scene takes a quarter of a second,
 * a day of traffic seconds), and the gap is shown. Then the scene can be watched live.
 */
export function Predict({ scene, metric, question }: { scene: SceneName; metric: Metric; question: string }) {
  const id = useId();
  const [guess, setGuess] = useState('');
  const [state, setState] = useState<{ status: 'idle' } | { status: 'running' } | { status: 'done'; actual: number; guess: number; why: string } | { status: 'error'; message: string }>({
    status: 'idle',
  });
  const m = METRICS[metric];
  const resultRef = useRef<HTMLDivElement>(null);
  /** The run in progress, cancelled if the reader leaves the page before it ends. */
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  // The answer takes focus when it appears (the input and button are disabled then), so keyboard
  // and screen-reader users land on it instead of on the page body.
  useEffect(() => {
    if (state.status === 'done') resultRef.current?.focus();
  }, [state.status]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const g = Number(guess.replace(/[$,\s]/g, ''));
    if (!Number.isFinite(g) || g < 0) {
      setState({ status: 'error', message: 'Enter a number, 0 or more.' });
      return;
    }
    setState({ status: 'running' });
    const controller = new AbortController();
    running.current = controller;
    try {
      // Presets and scenes load on the first guess, not with the article; the engine loads in the worker.
      const [{ presets }, { scenes }] = await Promise.all([import('@/simulations/presets'), import('@/components/simulator/scenes')]);
      const scenario: ScenarioInput = presets[scenes[scene].preset].scenario;
      const summary = await runHeadless(scenario, { signal: controller.signal });
      setState({ status: 'done', actual: m.read(summary), guess: g, why: explain(metric, summary, scenario) });
    } catch (err) {
      if (controller.signal.aborted) return;
      setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    } finally {
      if (running.current === controller) running.current = null;
    }
  };

  const gap = (d: { actual: number; guess: number }) => {
    if (d.actual === 0) return d.guess === 0 ? 'Exactly right.' : 'The real answer is zero.';
    // A ratio against a guess of zero means nothing ("10⁹× too low"): say what it was instead.
    if (d.guess === 0) return `Not zero: it was ${m.format(d.actual)}.`;
    const ratio = d.guess / d.actual;
    if (Math.abs(ratio - 1) <= 0.1) return 'Within 10%: a very good guess.';
    return ratio > 1 ? `You guessed ${ratio.toFixed(1)}× too high.` : `You guessed ${(1 / ratio).toFixed(1)}× too low.`;
  };

  return (
    <form onSubmit={submit} className="not-prose my-6 rounded-xl border border-[var(--border)] bg-[var(--surface)] p-4">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">Predict, then run</p>
      <label htmlFor={id} className="mt-1 block font-semibold">
        {question}
      </label>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          id={id}
          inputMode="decimal"
          value={guess}
          onChange={(e) => setGuess(e.target.value)}
          placeholder="your guess"
          disabled={state.status === 'done'}
          className="h-9 w-36 rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-2 tabular-nums"
        />
        <span className="text-sm text-[var(--muted-fg)]">{m.unit}</span>
        <button
          type="submit"
          disabled={guess.trim() === '' || state.status === 'running' || state.status === 'done'}
          className="h-9 rounded-md bg-brand-600 px-3 text-sm font-semibold text-white disabled:opacity-50"
        >
          {state.status === 'running' ? 'Running…' : 'Lock in and run'}
        </button>
      </div>
      <div aria-live="polite" className="mt-2 text-sm">
        {state.status === 'error' && <p className="text-red-700 dark:text-red-300">{state.message}</p>}
        {state.status === 'done' && (
          <div data-testid="predict-result" ref={resultRef} tabIndex={-1} className="outline-none">
            <p>
              You said <strong>{m.format(state.guess)}</strong>; the simulation says <strong data-actual={state.actual}>{m.format(state.actual)}</strong>. {gap(state)}
            </p>
            <p className="mt-1" data-testid="predict-why">
              <strong>Why:</strong> {state.why}
            </p>
            <p className="mt-2 flex flex-wrap gap-3">
              <button
                type="button"
                onClick={() => window.dispatchEvent(new CustomEvent<SceneEventDetail>(SCENE_EVENT, { detail: { scene } }))}
                className="font-semibold text-brand-700 underline dark:text-brand-300"
              >
                Watch it run live
              </button>
              <button
                type="button"
                onClick={() => {
                  setState({ status: 'idle' });
                  // Back to the field, once it is enabled again.
                  requestAnimationFrame(() => document.getElementById(id)?.focus());
                }}
                className="underline"
              >
                Guess again
              </button>
            </p>
          </div>
        )}
      </div>
    </form>
  );
}
