/**
 * The figures' batch jobs: pure functions from plain input to plain output, each a set of engine
 * runs. The same function draws a figure's poster at build time (in Node) and its live curve in
 * the figures' worker, and the engine is deterministic across both, so the two agree exactly.
 */
import { coldStartCurve, coldStartShareAt } from './cold-start-share/coldStartRuns';

const JOBS = {
  coldStartCurve,
  coldStartShareAt: (input: { rps: number; idleSeconds: number }) => coldStartShareAt(input.rps, input.idleSeconds),
};

export type JobName = keyof typeof JOBS;
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[0];
export type JobResult<N extends JobName> = ReturnType<(typeof JOBS)[N]>;

/** Run job `name` on `input` (throws on bad input). */
export function runJob<N extends JobName>(name: N, input: JobInput<N>): JobResult<N> {
  const job = JOBS[name] as (input: JobInput<N>) => JobResult<N>;
  if (typeof job !== 'function') throw new Error(`Unknown figure job: ${String(name)}`);
  return job(input);
}
