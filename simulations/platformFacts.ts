/**
 * The compute models besides on-demand Lambda, as data like the rest of facts.ts (value, unit,
 * source, date, kind): Lambda Managed Instances, Google Cloud Run and Cloudflare Workers. Read by
 * the pool's settings (platform.ts, core.ts), billing (billing.ts, pricing.ts), the break-even
 * curve and the Sources panel.
 */
import { FACTS_DATE, INSTANCES, LAMBDA_PRICING, type Fact } from './facts';
import { LIMIT_VALUES as V } from './limits';

const PLATFORMS_DATE = '2026-12-02';
const LMI_GUIDE = 'Lambda developer guide, Lambda Managed Instances';
const LMI_PRICING = `${LAMBDA_PRICING} (Lambda Managed Instances)`;
const CLOUD_RUN_PRICING = 'cloud.google.com/run/pricing (Tier 1 regions, services billed per request: “CPU only allocated during request processing”)';
const WORKERS_PRICING = 'developers.cloudflare.com/workers/platform/pricing (Workers Paid, Standard usage model)';
const WORKERS_RATES = `${WORKERS_PRICING}; the same rates on Cloudflare’s own developers.cloudflare.com/workflows/reference/pricing (“identical to Workers Standard pricing”: 10 million requests included per month + $0.30 per additional million; 30 million CPU milliseconds included per month + $0.02 per additional million CPU milliseconds)`;
const WORKERS_LIMITS = 'developers.cloudflare.com/workers/platform/limits';

/**
 * The compute models besides on-demand Lambda, each a setting of the one function pool
 * (pool.ts): how many requests an instance takes at once, how an instance starts, how the
 * platform scales and what it bills. Read from each provider's current documentation on
 * 2026-12-02 (the `search` tool's stored copies); where a figure is not documented it is a model
 * choice and says why that value.
 */
export const PLATFORM_FACTS = {
  lmi: {
    concurrencyDefault: {
      value: V.lmiConcurrencyDefault,
      unit: 'concurrent requests per execution environment (default)',
      source: `${LMI_GUIDE}, “Node.js runtime for Lambda Managed Instances”: PerExecutionEnvironmentMaxConcurrency defaults to 64 concurrent requests per vCPU for Node.js (Java: 32 per vCPU)`,
      date: PLATFORMS_DATE,
      kind: 'aws',
      note: 'The engine’s execution environment has one vCPU, and Node.js is the scene’s default runtime; set function.maxConcurrencyPerInstance for another runtime.',
    },
    concurrencyMax: {
      value: V.lmiConcurrencyMax,
      unit: 'concurrent requests per execution environment at most',
      source: 'Lambda API reference, LambdaManagedInstancesCapacityProviderConfig: PerExecutionEnvironmentMaxConcurrency, valid range 1–1600',
      date: PLATFORMS_DATE,
      kind: 'aws',
    },
    minEnvironments: {
      value: 3,
      unit: 'execution environments kept at least (one per Availability Zone)',
      source: 'AWS agent toolkit, “Lambda vs LMI cost comparison” (github.com/aws/agent-toolkit-for-aws): LMI is not cheaper at low volume because of its “fixed 3-instance cost”',
      date: PLATFORMS_DATE,
      kind: 'secondary',
      note: 'Managed Instances never scale to zero; the engine keeps three execution environments however quiet the traffic.',
    },
    maxEnvironments: {
      value: 15_000,
      unit: 'execution environments per function at most',
      source: 'Lambda API reference, FunctionScalingConfig: MaxExecutionEnvironments, valid range 0–15000',
      date: PLATFORMS_DATE,
      kind: 'aws',
      note: 'The scaler never asks for more, whatever the traffic.',
    },
    scalingDoublingMs: {
      value: 300_000,
      unit: 'ms in which capacity can at most double',
      source: `${LMI_GUIDE}, “Scaling”: Managed Instances do not scale when invocations arrive and have no cold starts; they scale asynchronously on CPU use, and “if traffic more than doubles within 5 minutes, you may see throttles”`,
      date: PLATFORMS_DATE,
      kind: 'aws',
      note: 'The engine adds at most the environments it has every 5 minutes (a token bucket refilled at live ÷ 300 s), so traffic that more than doubles faster is throttled.',
    },
    targetUtilization: {
      value: 0.6,
      unit: 'share of an environment’s request slots the scaler aims to use',
      source: 'model choice: AWS says Managed Instances scale on CPU use and multi-concurrency saturation but publishes no target; 60% is the common autoscaling target (Cloud Run’s CPU target is the same)',
      date: PLATFORMS_DATE,
      kind: 'assumption',
    },
    launchMs: {
      value: 30_000,
      unit: 'ms to launch an execution environment (off the request path)',
      source: 'model choice: AWS publishes no launch time; an environment on a running EC2 instance starts in seconds, a new instance in about a minute — 30 s is between',
      date: PLATFORMS_DATE,
      kind: 'assumption',
    },
    memoryPerVcpuMB: {
      value: 4096,
      unit: 'MB of execution-environment memory per vCPU',
      source: 'Lambda API reference, ExecutionEnvironmentMemoryGiBPerVCpu (2, 4 or 8 GiB per vCPU); the engine uses 4, the ratio of the m7g instances it prices',
      date: PLATFORMS_DATE,
      kind: 'assumption',
    },
    managementFee: {
      value: 0.15,
      unit: 'share of the EC2 on-demand price added as the compute management fee',
      source: `${LMI_PRICING}: “15% premium on the EC2 on-demand instance price”`,
      date: PLATFORMS_DATE,
      kind: 'aws',
    },
    requestPrice: {
      value: 0.2 / 1e6,
      unit: 'USD per request',
      source: `${LMI_PRICING}: $0.20 per million requests`,
      date: PLATFORMS_DATE,
      kind: 'aws',
    },
    vcpuHourPrice: {
      value: INSTANCES['m7g.large'].value / 2,
      unit: 'USD per vCPU-hour of EC2 capacity (m7g.large, 2 vCPUs, on demand)',
      source: `half the m7g.large on-demand price (${INSTANCES['m7g.large'].source}); the instance type is a model choice among those Managed Instances run on`,
      date: FACTS_DATE,
      kind: 'secondary',
      note: 'Capacity is billed pro rata per vCPU of live execution environments; packing environments onto whole instances is left out.',
    },
  },
  cloudRun: {
    concurrencyDefault: {
      value: V.cloudRunConcurrencyDefault,
      unit: 'concurrent requests per instance (default)',
      source: 'cloud.google.com/run/docs/about-concurrency: “By default each Cloud Run instance can receive up to 80 requests at the same time” (deployed from the console; the CLI’s default is 80 × vCPUs, 80 at 1 vCPU)',
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    concurrencyMax: {
      value: V.cloudRunConcurrencyMax,
      unit: 'concurrent requests per instance at most',
      source: 'cloud.google.com/run/docs/about-concurrency: “you can increase this to a maximum of 1000”',
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    vcpus: {
      value: 1,
      unit: 'vCPUs per instance',
      source: 'Cloud Run’s default CPU limit (1 vCPU); the scenario sets memory, not CPU',
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    startMs: {
      value: 1000,
      unit: 'ms to start a container instance (mean; p99 twice that)',
      source: 'model choice: Google publishes no cold-start figure; a small Node.js container typically starts in about a second (third-party reports range from a few hundred ms to several seconds with large images)',
      date: PLATFORMS_DATE,
      kind: 'assumption',
    },
    vcpuSecondPrice: {
      value: 0.000024,
      unit: 'USD per vCPU-second of billable instance time',
      source: `${CLOUD_RUN_PRICING}: $0.00002400 per vCPU-second beyond the free tier`,
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    gibSecondPrice: {
      value: 0.0000025,
      unit: 'USD per GiB-second of billable instance time',
      source: `${CLOUD_RUN_PRICING}: $0.00000250 per GiB-second beyond the free tier`,
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    requestPrice: {
      value: 0.4 / 1e6,
      unit: 'USD per request',
      source: `${CLOUD_RUN_PRICING}: $0.40 per million requests beyond the free tier`,
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    billingIncrementMs: {
      value: 100,
      unit: 'ms: billable instance time is rounded up to this',
      source: `${CLOUD_RUN_PRICING}: “charges you only for the resources you use, rounded up to the nearest 100 millisecond”; with request-based billing an instance is billable while it starts and while it has at least one request in flight`,
      date: PLATFORMS_DATE,
      kind: 'provider',
      note: 'The engine rounds each busy stretch of an instance (from its first request in flight to its last finishing) up to 100 ms.',
    },
    freeVcpuSeconds: { value: 180_000, unit: 'vCPU-seconds per month free', source: `${CLOUD_RUN_PRICING} (free tier)`, date: PLATFORMS_DATE, kind: 'provider' },
    freeGibSeconds: { value: 360_000, unit: 'GiB-seconds per month free', source: `${CLOUD_RUN_PRICING} (free tier)`, date: PLATFORMS_DATE, kind: 'provider' },
    freeRequests: { value: 2e6, unit: 'requests per month free', source: `${CLOUD_RUN_PRICING} (free tier)`, date: PLATFORMS_DATE, kind: 'provider' },
  },
  workers: {
    concurrencyDefault: {
      value: V.workersConcurrencyDefault,
      unit: 'concurrent requests per isolate (model)',
      source: 'model choice: an isolate serves many requests at once (JavaScript’s event loop) and Cloudflare documents no per-isolate figure; 100 requests keep a typical request’s state well inside an isolate’s 128 MB',
      date: PLATFORMS_DATE,
      kind: 'assumption',
    },
    concurrencyMax: {
      value: V.workersConcurrencyMax,
      unit: 'concurrent requests per isolate at most (model)',
      source: 'model choice: the same bound as Cloud Run’s, so the diagram stays readable; Cloudflare documents none',
      date: PLATFORMS_DATE,
      kind: 'assumption',
    },
    startMs: {
      value: 5,
      unit: 'ms to start an isolate (mean; p99 twice that)',
      source: 'Cloudflare blog, “Eliminating cold starts with Cloudflare Workers” (2020): isolates start in under 5 ms; the limits page allows a Worker 1 s of startup time',
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    requestPrice: {
      value: 0.3 / 1e6,
      unit: 'USD per request beyond those included',
      source: WORKERS_RATES,
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    cpuMsPrice: {
      value: 0.02 / 1e6,
      unit: 'USD per CPU-millisecond beyond those included',
      source: `${WORKERS_RATES}; billed on CPU time, not wall time: a Workflow “waiting on a response to an API call … does not incur CPU time”`,
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    includedRequests: { value: 10e6, unit: 'requests per month included in the plan', source: WORKERS_RATES, date: PLATFORMS_DATE, kind: 'provider' },
    includedCpuMs: { value: 30e6, unit: 'CPU-ms per month included in the plan', source: WORKERS_RATES, date: PLATFORMS_DATE, kind: 'provider' },
    planUsd: {
      value: 5,
      unit: 'USD per month, the Workers Paid plan',
      source: `${WORKERS_PRICING}: $5 a month minimum, with the allowances above`,
      date: PLATFORMS_DATE,
      kind: 'secondary',
      note: 'Charged, with its allowances, only when pricing.freeTier is on (the run is treated as the month); without it the run is priced at the overage rates alone, as Lambda is priced without its free tier.',
    },
    cpuLimitMs: {
      value: 300_000,
      unit: 'ms of CPU time per request at most (Workers Paid; 30 s by default)',
      source: `${WORKERS_LIMITS}: CPU time 5 min on Workers Paid`,
      date: PLATFORMS_DATE,
      kind: 'provider',
    },
    memoryMB: {
      value: 128,
      unit: 'MB per isolate',
      source: `${WORKERS_LIMITS}: memory 128 MB`,
      date: PLATFORMS_DATE,
      kind: 'provider',
      note: 'Not billed; function.memoryMB is ignored on Workers.',
    },
  },
} as const satisfies Record<string, Record<string, Fact>>;
