/**
 * Whole runs of the engine off the main thread: `runHeadless(scenario)` resolves with the run's
 * summary (what the CLI prints), `runHeadlessMany(scenarios)` with one per scenario, in order.
 * Behind them is one module worker, created on first use and reused; jobs queue and run one at a
 * time. Aborting a queued job drops it; aborting the running one stops the worker (a run cannot
 * be interrupted from outside) and the next job gets a fresh one. If the worker dies or sends
 * nothing for `answerTimeoutMs` (it sends progress at least every 100 ms while it runs), the job
 * rejects with a `HeadlessRunError` saying so, and the next job starts a fresh worker.
 *
 * This module is small and imports no engine code: scenarios are validated in the worker, so a
 * page that calls it never downloads zod or the engine on its main thread.
 */
import type { RunSummary, ScenarioInput } from '@/simulations';
import type { HeadlessReply, HeadlessRequest } from './headlessProtocol';

export interface HeadlessOptions {
  /** Cancels the run: a queued one is dropped, a running one stops its worker. Rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface HeadlessManyOptions extends HeadlessOptions {
  /** Share of the whole batch done (0…1), and how many runs have finished; called at most every ~100 ms and once per run. */
  onProgress?: (fraction: number, finished: number) => void;
}

/** Why a headless run failed: the worker crashed, stopped answering, or the engine refused the scenario. */
export class HeadlessRunError extends Error {
  constructor(
    message: string,
    readonly reason: 'crashed' | 'unresponsive' | 'rejected',
  ) {
    super(message);
    this.name = 'HeadlessRunError';
  }
}

/** What the runner needs of a Worker (tests pass a fake). */
export interface HeadlessWorker {
  postMessage(message: HeadlessRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<HeadlessReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface HeadlessRunner {
  runHeadless(scenario: ScenarioInput, opts?: HeadlessOptions): Promise<RunSummary>;
  runHeadlessMany(scenarios: readonly ScenarioInput[], opts?: HeadlessManyOptions): Promise<RunSummary[]>;
}

/** Silence from a running worker after which it is taken for hung (its progress comes every 100 ms). */
export const ANSWER_TIMEOUT_MS = 15_000;

interface Job {
  id: number;
  scenarios: ScenarioInput[];
  results: RunSummary[];
  resolve(results: RunSummary[]): void;
  reject(error: unknown): void;
  onProgress?: HeadlessManyOptions['onProgress'];
  signal?: AbortSignal;
  onAbort?: () => void;
}

const abortReason = (signal: AbortSignal) => signal.reason ?? new DOMException('The run was cancelled.', 'AbortError');

/** A runner over workers made by `makeWorker` (one at a time, made when first needed). */
export function createHeadlessRunner(makeWorker: () => HeadlessWorker, options: { answerTimeoutMs?: number } = {}): HeadlessRunner {
  const answerTimeoutMs = options.answerTimeoutMs ?? ANSWER_TIMEOUT_MS;
  let worker: HeadlessWorker | null = null;
  let current: Job | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const stopWorker = () => {
    if (!worker) return;
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    worker = null;
  };

  const settle = (job: Job, outcome: { results: RunSummary[] } | { error: unknown }) => {
    clearTimeout(watchdog);
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (current === job) current = null;
    if ('error' in outcome) job.reject(outcome.error);
    else job.resolve(outcome.results);
    pump();
  };

  /** The worker is gone or hung: fail the running job, and let the next one start a fresh worker. */
  const fail = (message: string, reason: HeadlessRunError['reason']) => {
    stopWorker();
    if (current) settle(current, { error: new HeadlessRunError(message, reason) });
  };

  const armWatchdog = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(
      () => fail(`The simulation worker did not answer for ${answerTimeoutMs / 1000} s, so it was stopped; run it again to start a fresh one.`, 'unresponsive'),
      answerTimeoutMs,
    );
  };

  const onReply = (reply: HeadlessReply) => {
    const job = current;
    if (!job || reply.id !== job.id) return;
    armWatchdog();
    const total = job.scenarios.length;
    if (reply.type === 'progress') job.onProgress?.((reply.index + reply.fraction) / total, reply.index);
    else if (reply.type === 'error') settle(job, { error: new HeadlessRunError(reply.message, 'rejected') });
    else {
      job.results[reply.index] = reply.summary;
      const finished = reply.index + 1;
      job.onProgress?.(finished / total, finished);
      if (finished === total) settle(job, { results: job.results });
    }
  };

  const ensureWorker = (): HeadlessWorker => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event) => onReply(event.data);
    w.onerror = (event) => {
      // A module that fails to load, or an exception the job did not catch.
      event.preventDefault?.();
      fail(`The simulation worker stopped unexpectedly${event.message ? ` (${event.message})` : ''}; run it again to start a fresh one.`, 'crashed');
    };
    w.onmessageerror = () => fail('The simulation worker sent a message that could not be read; run it again to start a fresh one.', 'crashed');
    worker = w;
    return w;
  };

  function pump() {
    if (current || queue.length === 0) return;
    const job = queue.shift()!;
    current = job;
    try {
      ensureWorker().postMessage({ id: job.id, scenarios: job.scenarios });
    } catch (error) {
      // The Worker could not even be constructed (an old browser, a blocked script).
      stopWorker();
      settle(job, { error: new HeadlessRunError(`The simulation worker could not start (${error instanceof Error ? error.message : String(error)}).`, 'crashed') });
      return;
    }
    armWatchdog();
  }

  function runHeadlessMany(scenarios: readonly ScenarioInput[], opts: HeadlessManyOptions = {}): Promise<RunSummary[]> {
    const { signal, onProgress } = opts;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (scenarios.length === 0) return Promise.resolve([]);
    return new Promise<RunSummary[]>((resolve, reject) => {
      const job: Job = { id: nextId++, scenarios: [...scenarios], results: [], resolve, reject, onProgress, signal };
      if (signal) {
        job.onAbort = () => {
          if (current === job) {
            // A run cannot be interrupted from outside: the worker goes, the next job gets a new one.
            stopWorker();
            settle(job, { error: abortReason(signal) });
          } else {
            queue.splice(queue.indexOf(job), 1);
            settle(job, { error: abortReason(signal) });
          }
        };
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      queue.push(job);
      pump();
    });
  }

  return {
    runHeadlessMany,
    runHeadless: (scenario, opts) => runHeadlessMany([scenario], opts).then((r) => r[0]),
  };
}

let shared: HeadlessRunner | null = null;

/** The page's one runner, over one module worker made on first use. */
function sharedRunner(): HeadlessRunner {
  shared ??= createHeadlessRunner(() => new Worker(new URL('./headless.worker.ts', import.meta.url), { type: 'module', name: 'serverless-headless' }));
  return shared;
}

/** Run `scenario` to its end in the shared worker; resolves with the summary the CLI would print. */
export function runHeadless(scenario: ScenarioInput, opts?: HeadlessOptions): Promise<RunSummary> {
  return sharedRunner().runHeadless(scenario, opts);
}

/** Run each scenario to its end in the shared worker, one after another; resolves with their summaries in order. */
export function runHeadlessMany(scenarios: readonly ScenarioInput[], opts?: HeadlessManyOptions): Promise<RunSummary[]> {
  return sharedRunner().runHeadlessMany(scenarios, opts);
}
