/**
 * The `invocation-modes` figure's model: the same spike, with the same seed (so the same
 * arrivals), through two paths. Direct: API Gateway invokes the function synchronously, and
 * whatever needs more than the concurrency limit is refused at once. Through a queue: a tiny
 * function only puts each job on SQS and answers; a consumer function, capped at 50 concurrent
 * batches, works through the queue at its own pace.
 */
import type { ScenarioInput } from '@/simulations';

export const INVOCATION_MODES = {
  peak: { min: 150, max: 600, step: 50, initial: 300 },
  baseRps: 20,
  spikeStartSeconds: 5,
  spikeSeconds: 20,
  workMeanMs: 400,
  concurrencyLimit: 100,
  consumerConcurrency: 50,
  runSeconds: 90,
  seed: 13,
} as const;

const traffic = (peak: number) =>
  ({
    pattern: 'spike',
    requestsPerSecond: INVOCATION_MODES.baseRps,
    peakRequestsPerSecond: peak,
    spikeStartSeconds: INVOCATION_MODES.spikeStartSeconds,
    spikeDurationSeconds: INVOCATION_MODES.spikeSeconds,
  }) as const;

const work = { distribution: 'lognormal', mean: INVOCATION_MODES.workMeanMs, p99: INVOCATION_MODES.workMeanMs * 3 } as const;

export function directScenario(peak: number): ScenarioInput {
  return {
    seed: INVOCATION_MODES.seed,
    durationSeconds: INVOCATION_MODES.runSeconds,
    traffic: traffic(peak),
    function: { durationMs: work, concurrencyLimit: INVOCATION_MODES.concurrencyLimit },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    server: { enabled: false },
  };
}

export function queuedScenario(peak: number): ScenarioInput {
  return {
    seed: INVOCATION_MODES.seed,
    durationSeconds: INVOCATION_MODES.runSeconds,
    traffic: traffic(peak),
    function: { durationMs: { distribution: 'lognormal', mean: 20, p99: 60 }, concurrencyLimit: INVOCATION_MODES.concurrencyLimit },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    async: { enabled: true, share: 1, sqs: true, sns: false, batchSize: 1, consumerConcurrency: INVOCATION_MODES.consumerConcurrency, consumerDurationMs: work },
    server: { enabled: false },
  };
}
