/**
 * The headless worker's side: validate each scenario, run it to its end, post its summary.
 * Kept apart from the worker file so unit tests can drive it without a Worker. Only the worker
 * (and tests) import this module: it brings the engine and zod with it.
 */
import { parseScenario, refusal, runScenario } from '@/simulations';
import type { HeadlessReply, HeadlessRequest } from './headlessProtocol';

/** Wall-clock ms between progress messages: often enough for a progress bar and the client's watchdog, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 100;

/** Run a job's scenarios in order, posting progress, each summary, or the first error (naming the scenario when there are several). */
export function runHeadlessJob(job: HeadlessRequest, post: (reply: HeadlessReply) => void, now: () => number = () => performance.now()): void {
  const { id, scenarios } = job;
  let lastPost = now();
  // A message at once: the client's watchdog counts from the last one, so this says the worker is up.
  post({ id, type: 'progress', index: 0, fraction: 0 });
  for (let index = 0; index < scenarios.length; index++) {
    const where = scenarios.length > 1 ? `scenario ${index + 1} of ${scenarios.length}: ` : '';
    try {
      const parsed = parseScenario(scenarios[index]);
      if (!parsed.ok) throw new Error(`invalid scenario: ${parsed.error}`);
      const reason = refusal(parsed.scenario);
      if (reason) throw new Error(`refused: ${reason}`);
      const summary = runScenario(parsed.scenario, {
        onProgress: (fraction) => {
          const t = now();
          if (t - lastPost < PROGRESS_EVERY_MS) return;
          lastPost = t;
          post({ id, type: 'progress', index, fraction });
        },
      });
      post({ id, type: 'result', index, summary });
    } catch (error) {
      post({ id, type: 'error', index, message: where + (error instanceof Error ? error.message : String(error)) });
      return;
    }
  }
}
