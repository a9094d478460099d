/**
 * What a function's platform and settings mean for its instances, as numbers the engine and the
 * break-even curve both use: how memory scales a handler's time (Lambda's CPU share), how long a
 * new instance takes to start on each platform, how many environments Lambda Managed Instances
 * want for the requests in flight, and a request's mean time in the function.
 * Left out: anything per request or per instance (pool.ts), and the prices (billing.ts).
 */
import { COLD_START_P99_TO_MEAN, coldStartMeanMs, LIMITS } from './facts';
import { PLATFORM_FACTS } from './platformFacts';
import type { DistributionSpec } from './random';
import type { Scenario } from './schema';

/**
 * How a Lambda function's memory scales its handler's time: CPU-bound work is given at 1,769 MB
 * (1 vCPU) and CPU share is proportional to memory, up to 6 vCPUs; other work is as given.
 */
export function cpuTimeScale(s: Scenario): number {
  // Elsewhere a request runs on at most one vCPU whatever the memory (Cloud Run's default 1 vCPU,
  // a Managed Instances environment's vCPU per request, an isolate's thread): its time as given.
  if (s.platform !== 'lambda') return 1;
  const f = s.function;
  const vcpus = Math.min(LIMITS.maxVcpus.value, f.memoryMB / LIMITS.memoryPerVcpuMB.value);
  return f.cpuBound ? 1 / vcpus : 1;
}

/** A Lambda function's cold start (INIT): the scenario's override, else its runtime's profile for its architecture and memory. */
export function lambdaColdStart(s: Scenario): DistributionSpec {
  const f = s.function;
  if (f.coldStartMs) return f.coldStartMs as DistributionSpec;
  const mean = coldStartMeanMs(f.runtime, f.architecture, f.memoryMB);
  return { distribution: 'lognormal', mean, p99: mean * COLD_START_P99_TO_MEAN.value };
}

/**
 * How a new instance of the API function starts: Lambda's INIT (lambdaColdStart); a container's
 * start on Cloud Run and an isolate's on Workers (on the request path); a Managed Instances
 * execution environment's launch (ahead of demand). `function.coldStartMs` overrides any of them;
 * otherwise lognormal around the platform's figure (facts.ts), p99 twice the mean as for Lambda.
 */
export function platformStartup(s: Scenario): DistributionSpec {
  if (s.platform === 'lambda') return lambdaColdStart(s);
  if (s.function.coldStartMs) return s.function.coldStartMs as DistributionSpec;
  const P = PLATFORM_FACTS;
  const mean = s.platform === 'cloud-run' ? P.cloudRun.startMs.value : s.platform === 'cloudflare-workers' ? P.workers.startMs.value : P.lmi.launchMs.value;
  return { distribution: 'lognormal', mean, p99: mean * COLD_START_P99_TO_MEAN.value };
}

/**
 * Lambda Managed Instances' scaling rule: the execution environments wanted for `requests` in
 * flight — enough to run at the target utilization of their `perInstance` request slots, never
 * fewer than the minimum (one per Availability Zone), never more than a function may have.
 */
export function lmiEnvironmentsFor(requests: number, perInstance: number): number {
  const P = PLATFORM_FACTS.lmi;
  const wanted = Math.max(P.minEnvironments.value, Math.ceil(requests / (perInstance * P.targetUtilization.value)));
  return Math.min(wanted, P.maxEnvironments.value);
}

/** A request's mean time in the function: the handler (scaled as the platform scales it) and its database and S3 calls. */
export function meanServiceMs(s: Scenario): number {
  const handlerMs = s.function.durationMs.mean * cpuTimeScale(s);
  const dbMs = (s.database.readsPerRequest + s.database.writesPerRequest) * s.database.latencyMs + (s.s3.readsPerRequest + s.s3.writesPerRequest) * s.s3.latencyMs;
  return handlerMs + dbMs;
}
