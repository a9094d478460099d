/**
 * Every number the engine uses, as data: value, unit, where it comes from, when, and what kind
 * of source it is. The UI's "where do these numbers come from" panel reads this file; the engine
 * reads the `value`s. Region: us-east-1. Source list: /work/shared/reference/serverless-facts.md
 * (checked 2026-11-26) plus the few secondary sources named beside their figure. The limits that
 * are also scenario defaults keep their number in limits.ts (`V.x` below).
 */
import { LIMIT_VALUES as V } from './limits';

/**
 * How much to trust a figure: AWS's own text, another provider's own text (Google, Cloudflare), a
 * secondary copy, a third-party measurement, or the engine's own choice.
 */
export type FactKind = 'aws' | 'provider' | 'secondary' | 'measured' | 'assumption';

/** One sourced number. */
export interface Fact {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  readonly date: string;
  readonly kind: FactKind;
  readonly note?: string;
}

/** A price tier: `upTo` units (cumulative, per month) at `priceUsd` per unit; the last tier has `upTo: Infinity`. */
export interface Tier {
  readonly upTo: number;
  readonly priceUsd: number;
}

/** A tiered price with its provenance. */
export interface TieredFact {
  readonly tiers: readonly Tier[];
  readonly unit: string;
  readonly source: string;
  readonly date: string;
  readonly kind: FactKind;
  readonly note?: string;
}

/** Lambda's pricing page, the source of its prices (and, with a suffix, Managed Instances'). */
export const LAMBDA_PRICING = 'aws.amazon.com/lambda/pricing';
/** When the facts table was last checked against its sources. */
export const FACTS_DATE = '2026-11-26';
const SQS_SCALING = 'Lambda developer guide, “Configuring scaling behavior for SQS event source mappings” (docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html, read 2026-11-27)';

/** Prices in USD, us-east-1. Per-unit prices (e.g. per request, per GB-second), never "per million". */
export const PRICES = {
  lambdaRequest: {
    value: 0.2 / 1e6,
    unit: 'USD per request',
    source: `${LAMBDA_PRICING} ($0.20 per 1M requests)`,
    date: FACTS_DATE,
    kind: 'aws',
  },
  lambdaDurationX86: {
    tiers: [
      { upTo: 6e9, priceUsd: 0.0000166667 },
      { upTo: 15e9, priceUsd: 0.000015 },
      { upTo: Infinity, priceUsd: 0.0000133334 },
    ],
    unit: 'USD per GB-second (GB = 1,024 MB), tiers by GB-seconds per month',
    source: `${LAMBDA_PRICING} (duration tier table, x86_64)`,
    date: FACTS_DATE,
    kind: 'aws',
  },
  lambdaDurationArm: {
    tiers: [
      { upTo: 7.5e9, priceUsd: 0.0000133334 },
      { upTo: 18.75e9, priceUsd: 0.0000120001 },
      { upTo: Infinity, priceUsd: 0.0000106667 },
    ],
    unit: 'USD per GB-second, tiers by GB-seconds per month',
    source: `${LAMBDA_PRICING} (duration tier table, arm64; 20% below x86 since the Graviton2 launch 2021-09-29)`,
    date: FACTS_DATE,
    kind: 'aws',
  },
  provisionedConcurrencyX86: {
    value: 0.0000041667,
    unit: 'USD per GB-second enabled',
    source: `${LAMBDA_PRICING} (provisioned concurrency pricing example)`,
    date: FACTS_DATE,
    kind: 'aws',
    note: 'Billed in 5-minute increments.',
  },
  provisionedDurationX86: {
    value: 0.0000097222,
    unit: 'USD per GB-second of duration on a provisioned environment',
    source: `${LAMBDA_PRICING} (provisioned concurrency pricing example)`,
    date: FACTS_DATE,
    kind: 'aws',
  },
  provisionedConcurrencyArm: {
    value: 0.0000033334,
    unit: 'USD per GB-second enabled',
    source: 'secondary copies of the Lambda pricing page, consistent with AWS’s 20% arm64 discount',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  provisionedDurationArm: {
    value: 0.0000077778,
    unit: 'USD per GB-second of duration on a provisioned environment',
    source: 'secondary copies of the Lambda pricing page, consistent with AWS’s 20% arm64 discount',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  httpApiRequest: {
    tiers: [
      { upTo: 300e6, priceUsd: 1.0 / 1e6 },
      { upTo: Infinity, priceUsd: 0.9 / 1e6 },
    ],
    unit: 'USD per request, tiers by requests per month',
    source: 'AWS whitepaper / aws.amazon.com/api-gateway/pricing (HTTP API: $1.00 per 1M first 300M, then $0.90)',
    date: FACTS_DATE,
    kind: 'aws',
  },
  restApiRequest: {
    tiers: [
      { upTo: 333e6, priceUsd: 3.5 / 1e6 },
      { upTo: 1000e6, priceUsd: 2.8 / 1e6 },
      { upTo: 20000e6, priceUsd: 2.38 / 1e6 },
      { upTo: Infinity, priceUsd: 1.51 / 1e6 },
    ],
    unit: 'USD per request, tiers by requests per month',
    source: 'aws.amazon.com/api-gateway/pricing (REST API: $3.50 / $2.80 / $2.38 / $1.51 per 1M)',
    date: FACTS_DATE,
    kind: 'aws',
  },
  dynamoWriteRequestUnit: {
    value: 0.625 / 1e6,
    unit: 'USD per write request unit (on-demand)',
    source: 'AWS announcement 2024-11 (on-demand price cut, effective 2024-11-01), several secondary copies',
    date: '2024-11-01',
    kind: 'secondary',
    note: 'Before 2024-11-01: $1.25 per 1M.',
  },
  dynamoReadRequestUnit: {
    value: 0.125 / 1e6,
    unit: 'USD per read request unit (on-demand)',
    source: 'AWS announcement 2024-11 (on-demand price cut, effective 2024-11-01), several secondary copies',
    date: '2024-11-01',
    kind: 'secondary',
    note: 'Before 2024-11-01: $0.25 per 1M.',
  },
  dynamoWcuHour: {
    value: 0.00065,
    unit: 'USD per WCU-hour (provisioned capacity)',
    source: 'secondary copies of aws.amazon.com/dynamodb/pricing/provisioned',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  dynamoRcuHour: {
    value: 0.00013,
    unit: 'USD per RCU-hour (provisioned capacity)',
    source: 'secondary copies of aws.amazon.com/dynamodb/pricing/provisioned',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  sqsRequest: {
    value: 0.4 / 1e6,
    unit: 'USD per SQS request (standard queue; each 64 KB chunk of a payload is one request)',
    source: 'aws.amazon.com/sqs/pricing (standard queue, $0.40 per 1M requests after the first 1M free each month); secondary copies',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  snsPublish: {
    value: 0.5 / 1e6,
    unit: 'USD per SNS publish (standard topic); delivery to SQS and Lambda is free',
    source: 'aws.amazon.com/sns/pricing, as summarised by factualminds.com “Amazon SNS Pricing” (2026-06-13): $0.50 per 1M publishes',
    date: '2026-06-13',
    kind: 'secondary',
  },
  s3Get: {
    value: 0.0004 / 1000,
    unit: 'USD per S3 GET request (S3 Standard)',
    source: 'aws.amazon.com/s3/pricing (GET, SELECT: $0.0004 per 1,000); secondary copies',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  s3Put: {
    value: 0.005 / 1000,
    unit: 'USD per S3 PUT/COPY/POST/LIST request (S3 Standard)',
    source: 'aws.amazon.com/s3/pricing ($0.005 per 1,000), as explained by cloudkaramchari.com; secondary copies',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  albHour: {
    value: 0.0225,
    unit: 'USD per Application Load Balancer hour',
    source: 'secondary copies of aws.amazon.com/elasticloadbalancing/pricing',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  albLcuHour: {
    value: 0.008,
    unit: 'USD per LCU-hour',
    source: 'secondary copies of aws.amazon.com/elasticloadbalancing/pricing',
    date: FACTS_DATE,
    kind: 'secondary',
  },
} as const satisfies Record<string, Fact | TieredFact>;

/** Monthly free-tier allowances applied when `pricing.freeTier` is on (the run is treated as the billing month). */
export const FREE_TIER = {
  lambdaRequests: {
    value: 1e6,
    unit: 'requests per month',
    source: `${LAMBDA_PRICING} (never expires; not for functions with provisioned concurrency)`,
    date: FACTS_DATE,
    kind: 'aws',
  },
  lambdaGbSeconds: {
    value: 400_000,
    unit: 'GB-seconds per month',
    source: `${LAMBDA_PRICING} (never expires; not for functions with provisioned concurrency)`,
    date: FACTS_DATE,
    kind: 'aws',
  },
  sqsRequests: {
    value: 1e6,
    unit: 'SQS requests per month',
    source: 'aws.amazon.com/sqs/pricing (always free); secondary copies',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  snsPublishes: {
    value: 1e6,
    unit: 'SNS publishes per month',
    source: 'aws.amazon.com/sns/pricing (always free); secondary copies',
    date: FACTS_DATE,
    kind: 'secondary',
  },
  dynamoCapacityUnits: {
    value: 25,
    unit: 'provisioned RCUs and 25 WCUs, always free (25 × 730 unit-hours a month each); on-demand has no free requests',
    source: 'aws.amazon.com/dynamodb/pricing (always free tier: 25 GB, 25 WCU, 25 RCU); secondary copies: todayilearnedcloud.com, peaklight.ai (2025)',
    date: FACTS_DATE,
    kind: 'secondary',
  },
} as const satisfies Record<string, Fact>;

/** EC2 Linux on-demand prices for the always-on alternative. */
export const INSTANCES = {
  't3.micro': { value: 0.0104, unit: 'USD per hour', source: 'secondary copies of aws.amazon.com/ec2/pricing/on-demand', date: FACTS_DATE, kind: 'secondary' },
  't4g.small': { value: 0.0168, unit: 'USD per hour', source: 'secondary copies of aws.amazon.com/ec2/pricing/on-demand', date: FACTS_DATE, kind: 'secondary' },
  'm7g.large': { value: 0.0816, unit: 'USD per hour', source: 'secondary copies of aws.amazon.com/ec2/pricing/on-demand', date: FACTS_DATE, kind: 'secondary' },
  'm7g.xlarge': { value: 0.1632, unit: 'USD per hour', source: `${LAMBDA_PRICING} (example comparing with EC2)`, date: FACTS_DATE, kind: 'aws' },
} as const satisfies Record<string, Fact>;

/** Instance types the server model knows. */
export type InstanceType = keyof typeof INSTANCES;

/** Limits and behaviours the engine enforces. */
export const LIMITS = {
  lambdaMemoryMinMB: { value: 128, unit: 'MB', source: 'Lambda developer guide, quotas', date: FACTS_DATE, kind: 'aws' },
  lambdaMemoryMaxMB: { value: 10_240, unit: 'MB', source: 'Lambda developer guide, quotas', date: FACTS_DATE, kind: 'aws' },
  memoryPerVcpuMB: { value: 1769, unit: 'MB per vCPU', source: 'Lambda developer guide (1,769 MB = 1 vCPU)', date: FACTS_DATE, kind: 'aws' },
  maxVcpus: { value: 6, unit: 'vCPUs', source: 'Lambda developer guide (up to 6 vCPUs)', date: FACTS_DATE, kind: 'aws' },
  billingGranularityMs: { value: 1, unit: 'ms', source: 'AWS What’s New, 2020-12-01 (1 ms billing, no minimum)', date: '2020-12-01', kind: 'aws' },
  initBilledCapMs: {
    value: 10_000,
    unit: 'ms',
    source: 'AWS Compute Blog “AWS Lambda standardizes billing for INIT Phase” (INIT billed as duration since 2025-08-01)',
    date: '2025-08-01',
    kind: 'aws',
  },
  accountConcurrency: { value: V.accountConcurrency, unit: 'concurrent executions per region', source: 'Lambda quotas (default, raisable)', date: FACTS_DATE, kind: 'aws' },
  lambdaTimeoutMs: { value: V.lambdaTimeoutMs, unit: 'ms per invocation at most', source: 'Lambda quotas (function timeout: 900 seconds, 15 minutes)', date: FACTS_DATE, kind: 'aws' },
  scalingRateEnvironments: {
    value: 1000,
    unit: 'new concurrent executions per function',
    source: 'AWS News Blog 2023-11-27 (each function scales by 1,000 concurrent executions every 10 seconds)',
    date: '2023-11-27',
    kind: 'aws',
  },
  scalingRateWindowMs: { value: 10_000, unit: 'ms', source: 'AWS News Blog 2023-11-27', date: '2023-11-27', kind: 'aws' },
  provisionedBillingIncrementMs: { value: 300_000, unit: 'ms', source: `${LAMBDA_PRICING} (provisioned concurrency billed in 5-minute increments)`, date: FACTS_DATE, kind: 'aws' },
  idleTimeoutMs: {
    value: V.idleTimeoutMs,
    unit: 'ms',
    source: 'Shilkov (Aug 2019) and Mahmoudi & Khazaei (2020): idle environments reclaimed ~10 min after the last request; AWS documents no figure',
    date: '2020',
    kind: 'measured',
    note: 'An observation, not a guarantee; later measurements saw 5–7 min (Shilkov, Jan 2021).',
  },
  gatewayRateLimitRps: { value: V.gatewayRateLimitRps, unit: 'requests per second', source: 'API Gateway quotas (account throttle, per region)', date: FACTS_DATE, kind: 'aws' },
  gatewayBurst: { value: V.gatewayBurst, unit: 'requests', source: 'API Gateway quotas (account burst, per region)', date: FACTS_DATE, kind: 'aws' },
  gatewayTimeoutHttpMs: {
    value: 30_000,
    unit: 'ms an HTTP API waits for its integration (then 504)',
    source: 'API Gateway quotas for HTTP APIs: integration timeout 30 seconds (maximum)',
    date: FACTS_DATE,
    kind: 'aws',
  },
  gatewayTimeoutRestMs: {
    value: 29_000,
    unit: 'ms a REST API waits for its integration by default (then 504)',
    source: 'API Gateway quotas for REST APIs: integration timeout 50 ms – 29 seconds by default (regional and private APIs may ask for more since 2024-06)',
    date: FACTS_DATE,
    kind: 'aws',
  },
  gatewayLatencyMs: {
    value: V.gatewayLatencyMs,
    unit: 'ms added',
    source: 'AWS Compute Blog, 2020-03 (HTTP API: p99 added latency under 10 ms); the engine adds that bound to every request, a pessimistic model choice',
    date: '2020-03',
    kind: 'assumption',
  },
  dynamoLatencyMs: {
    value: V.dynamoLatencyMs,
    unit: 'ms per operation (mean)',
    source: 'DynamoDB: “single-digit millisecond performance at any scale” [AWS]; 5 ms is the engine’s midpoint of that range',
    date: FACTS_DATE,
    kind: 'assumption',
  },
  dynamoBurstSeconds: {
    value: 300,
    unit: 'seconds of unused provisioned capacity DynamoDB keeps for bursts',
    source: 'AWS re:Post Knowledge Center, “How does DynamoDB handle spiky workloads in short intervals?”: “DynamoDB currently retains up to 5 minutes (300 seconds) of unused read and write capacity” (150 RCUs unused for 5 minutes = 45,000 read units, enough for 200 RCUs for 15 minutes); best effort, not guaranteed',
    date: FACTS_DATE,
    kind: 'aws',
  },
  dynamoReadUnitKB: { value: 4, unit: 'KB per read request unit (strongly consistent; eventually consistent = ½ unit)', source: 'DynamoDB developer guide', date: FACTS_DATE, kind: 'aws' },
  dynamoWriteUnitKB: { value: 1, unit: 'KB per write request unit', source: 'DynamoDB developer guide', date: FACTS_DATE, kind: 'aws' },
  snsChunkKB: {
    value: 64,
    unit: 'KB per billed SNS publish request',
    source: 'aws.amazon.com/sns/faqs: “Each 64KB chunk of published data is billed as 1 request” (a 256 KB publish bills as four)',
    date: FACTS_DATE,
    kind: 'aws',
  },
  snsMaxMessageKB: { value: 256, unit: 'KB per SNS message at most', source: 'aws.amazon.com/sns/faqs: “Amazon SNS messages can contain up to 256 KB”', date: FACTS_DATE, kind: 'aws' },
  sqsChunkKB: { value: 64, unit: 'KB per billed SQS request', source: 'aws.amazon.com/sqs/pricing; secondary copies', date: FACTS_DATE, kind: 'secondary' },
  sqsMaxMessageKB: {
    value: 1024,
    unit: 'KB per SQS message (1 MiB)',
    source: 'AWS What’s New, 2025-08 (“Amazon SQS increases maximum message payload size to 1 MiB”; was 256 KB); recalled, not re-read in this session',
    date: '2025-08',
    kind: 'secondary',
  },
  sqsMaxBatch: { value: 10, unit: 'messages per ReceiveMessage', source: 'SQS developer guide (batch of up to 10)', date: FACTS_DATE, kind: 'aws' },
  sqsPollersInitial: {
    value: 5,
    unit: 'concurrent batches when messages arrive (and again when traffic is low)',
    source: `${SQS_SCALING} (“starts processing five batches at a time”)`,
    date: FACTS_DATE,
    kind: 'aws',
  },
  sqsPollerGrowthPerMinute: {
    value: 300,
    unit: 'more concurrent batches per minute while messages remain',
    source: `${SQS_SCALING} (“by up to 300 more instances per minute”)`,
    date: FACTS_DATE,
    kind: 'aws',
    note: 'The engine adds 5 each second while a backlog remains, and drops back to 5 when the queue is empty.',
  },
  sqsMaxConcurrentBatches: {
    value: V.sqsMaxConcurrentBatches,
    unit: 'concurrent batches per event source mapping',
    source: `${SQS_SCALING} (“the maximum number of batches … simultaneously is 1,000”)`,
    date: FACTS_DATE,
    kind: 'aws',
  },
  s3LatencyMs: {
    value: V.s3LatencyMs,
    unit: 'ms per GET or PUT of a small object',
    source: 'AWS whitepaper “Best Practices Design Patterns: Optimizing Amazon S3 Performance” (requests under 512 KB: “median latencies are often in the tens of milliseconds”); 30 ms is the engine’s pick in that range',
    date: FACTS_DATE,
    kind: 'assumption',
  },
  serverWarmupMs: {
    value: V.serverWarmupMs,
    unit: 'ms to add an instance (boot + health checks)',
    source: 'serverless-facts.md: adding capacity takes minutes, not milliseconds; 3 minutes is the engine’s pick',
    date: FACTS_DATE,
    kind: 'assumption',
  },
  albNewConnectionsPerLcu: {
    value: 25,
    unit: 'new connections per second per LCU',
    source: 'secondary copies of aws.amazon.com/elasticloadbalancing/pricing (LCU dimensions)',
    date: FACTS_DATE,
    kind: 'secondary',
    note: 'The engine assumes one new connection per request, an upper bound.',
  },
} as const satisfies Record<string, Fact>;

/** A cold-start profile: hello-world INIT means at 128 MB and 1,024 MB for each architecture. */
export interface RuntimeProfile {
  readonly label: string;
  readonly initMeanMs: { readonly x86_64: readonly [number, number]; readonly arm64: readonly [number, number] };
  readonly source: string;
  readonly date: string;
  readonly kind: FactKind;
}

const LAMBDA_PERF = 'maxday/lambda-perf daily benchmark, median of daily means 2026-07-23 to 2026-08-22, hello-world zip';

/** Cold-start (INIT) durations by runtime, [128 MB, 1,024 MB] in ms. */
export const RUNTIMES = {
  nodejs: { label: 'Node.js 24', initMeanMs: { x86_64: [136, 135], arm64: [116, 120] }, source: LAMBDA_PERF, date: '2026-08-22', kind: 'measured' },
  python: { label: 'Python 3.13', initMeanMs: { x86_64: [86, 85], arm64: [77, 77] }, source: LAMBDA_PERF, date: '2026-08-22', kind: 'measured' },
  java: { label: 'Java 21', initMeanMs: { x86_64: [241, 241], arm64: [235, 235] }, source: LAMBDA_PERF, date: '2026-08-22', kind: 'measured' },
  dotnet: { label: '.NET 8', initMeanMs: { x86_64: [256, 265], arm64: [307, 302] }, source: LAMBDA_PERF, date: '2026-08-22', kind: 'measured' },
  ruby: { label: 'Ruby 3.4', initMeanMs: { x86_64: [257, 250], arm64: [253, 268] }, source: LAMBDA_PERF, date: '2026-08-22', kind: 'measured' },
  go: { label: 'Go (provided.al2023)', initMeanMs: { x86_64: [50, 50], arm64: [41, 42] }, source: LAMBDA_PERF, date: '2026-08-22', kind: 'measured' },
  rust: { label: 'Rust (provided.al2023)', initMeanMs: { x86_64: [16, 16], arm64: [14, 14] }, source: LAMBDA_PERF, date: '2026-08-22', kind: 'measured' },
} as const satisfies Record<string, RuntimeProfile>;

/** Runtime names accepted by `function.runtime`. */
export type RuntimeName = keyof typeof RUNTIMES;

/**
 * The spread of INIT times is not published (lambda-perf reports daily means), so the default
 * cold-start distribution is lognormal with p99 = this × mean. A model choice, labelled as such.
 */
export const COLD_START_P99_TO_MEAN: Fact = {
  value: 2,
  unit: 'ratio p99 / mean',
  source: 'engine assumption: lambda-perf publishes means only; real functions are slower (Shilkov 2021: 0.2–0.4 s median end-to-end)',
  date: FACTS_DATE,
  kind: 'assumption',
};

/**
 * DynamoDB publishes no latency distribution beyond “single-digit milliseconds”, so each
 * operation's latency is lognormal with p99 = this × mean. A model choice, labelled as such.
 */
export const DB_LATENCY_P99_TO_MEAN: Fact = {
  value: 2,
  unit: 'ratio p99 / mean',
  source: 'engine assumption: keeps a 5 ms mean operation’s p99 at 10 ms, the top of AWS’s “single-digit millisecond” claim',
  date: FACTS_DATE,
  kind: 'assumption',
};

/** Mean INIT time in ms for a runtime, architecture and memory: linear between the 128 MB and 1,024 MB figures, flat outside. */
export function coldStartMeanMs(runtime: RuntimeName, architecture: 'x86_64' | 'arm64', memoryMB: number): number {
  const [at128, at1024] = RUNTIMES[runtime].initMeanMs[architecture];
  const f = Math.min(1, Math.max(0, (memoryMB - 128) / (1024 - 128)));
  return at128 + (at1024 - at128) * f;
}

/**
 * Cold starts grow with the deployment package: end-to-end cold starts through API Gateway (median,
 * Node.js) for packages of a given size, in MB and ms. The lambda-perf table above measures a
 * hello-world package; what a bigger package adds is read off these points (linear between them,
 * nothing below the smallest, no extrapolation beyond the largest).
 */
export const PACKAGE_SIZE_COLD_START = {
  points: [
    [0.001, 260],
    [14, 1700],
    [35, 3900],
  ] as const,
  unit: 'ms, median end-to-end cold start, by package size in MB',
  source: 'Mikhail Shilkov, “Cold Starts in AWS Lambda” (mikhail.io/serverless/coldstarts/aws/), dependencies of 1 KB, 14 MB and 35 MB',
  date: '2021-01',
  kind: 'measured',
  note: 'Measured with Node.js; the figure adds the same extra time to every runtime, an estimate.',
} as const;

/** Container images start slower than the same code as a ZIP package: this range of ratios. */
export const CONTAINER_IMAGE_COLD_START: { readonly low: number; readonly high: number } & Omit<Fact, 'value'> = {
  low: 1.1,
  high: 2.4,
  unit: 'ratio of INIT time, container image / ZIP',
  source: 'maxday/lambda-perf daily benchmark, image and zip variants of the same runtimes (about 3× in Shilkov, 2021)',
  date: '2026-08-22',
  kind: 'measured',
};

/** The extra INIT time a package of `sizeMB` adds over a hello-world one (PACKAGE_SIZE_COLD_START, interpolated). */
export function packageColdStartExtraMs(sizeMB: number): number {
  const pts = PACKAGE_SIZE_COLD_START.points;
  const base = pts[0][1];
  if (!(sizeMB > pts[0][0])) return 0;
  for (let i = 1; i < pts.length; i++) {
    const [x1, y1] = pts[i];
    const [x0, y0] = pts[i - 1];
    if (sizeMB <= x1) return y0 + ((sizeMB - x0) / (x1 - x0)) * (y1 - y0) - base;
  }
  return pts[pts.length - 1][1] - base;
}

/** Uploading a file through a function, or straight to S3: payload limits and the transfer speeds the model assumes. */
export const UPLOADS = {
  lambdaSyncPayloadMB: {
    value: 6,
    unit: 'MB per synchronous invocation request (and response)',
    source: 'AWS CLI reference, lambda invoke: “For synchronous invocations, the maximum payload size is 6 MB”; Lambda quotas',
    date: '2026-12-02',
    kind: 'aws',
  },
  httpApiPayloadMB: {
    value: 10,
    unit: 'MB per API Gateway request payload (hard limit)',
    source: 'API Gateway quotas (docs.aws.amazon.com/apigateway/latest/developerguide/limits.html); AWS re:Post answers on presigned URLs for larger files',
    date: '2026-12-02',
    kind: 'aws',
  },
  base64Growth: {
    value: 4 / 3,
    unit: 'bytes of base64 per byte of file',
    source: 'RFC 4648: API Gateway hands a binary body to Lambda base64-encoded (isBase64Encoded), four characters for every three bytes',
    date: '2006-10',
    kind: 'aws',
  },
  clientUplinkMbps: {
    value: 10,
    unit: 'Mbit/s, the uploading client’s connection',
    source: 'model choice: a middling mobile or home uplink; the figure lets a reader pick another',
    date: '2026-12-02',
    kind: 'assumption',
  },
  lambdaToS3MBps: {
    value: 50,
    unit: 'MB/s from a Lambda function to S3 in the same region',
    source: 'model choice: AWS documents no per-function network bandwidth; third-party tests report tens to about a hundred MB/s',
    date: '2026-12-02',
    kind: 'assumption',
  },
  httpApiMeteringKB: {
    value: 512,
    unit: 'KB of request data per billed HTTP API request',
    source: 'AWS whitepaper “Best practices for designing Amazon API Gateway private APIs and private integration”, cost optimization: HTTP APIs are metered in 512 KB increments (a 513 KB request bills as two)',
    date: '2026-12-02',
    kind: 'aws',
  },
  handlerMs: {
    value: 10,
    unit: 'ms of handler time besides the S3 write: signing an upload URL, or decoding the event',
    source: 'model choice: signing is a local HMAC computation with no network call; decoding is of the same order',
    date: '2026-12-02',
    kind: 'assumption',
  },
} as const satisfies Record<string, Fact>;
