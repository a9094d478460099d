/** Plain, serializable shapes the engine hands out (snapshots, traces, summaries). */
import type { CostBreakdown, Usage } from './pricing';
import type { Scenario } from './schema';

/** How the engine is observed; the CLI and benchmarks turn the UI extras off. */
export interface EngineOptions {
  /** Keep traces, in-flight samples, recent throttles and the event log (for the UI). Default true. */
  observe?: boolean;
  /** Trace every n-th request (manual requests always). Default 1. */
  traceEvery?: number;
  /** How many recent traces to keep. Default 50. */
  traceCapacity?: number;
  /** Per-second rows kept for `series()`. Default 3600. A headless run (observe off) with none and no `onSecond` also skips the recent-latency window. */
  seriesCapacity?: number;
  /** Events kept in the log. Default 200. */
  eventCapacity?: number;
  /** Called once per simulated second with the row (a reused array in SERIES_COLUMNS order). */
  onSecond?: (row: Float64Array) => void;
  /** Max in-flight requests returned by `snapshot().inFlight`. Default 300. */
  inFlightSample?: number;
  /** Max environments listed in `snapshot().environments` (counts always cover all). Default 2000. */
  environmentViews?: number;
}

/** Why a request was refused (see `RequestTrace.status` for what the client receives). */
export type ThrottleCause = 'gateway' | 'concurrency' | 'scalingRate' | 'database' | 'timeout' | 'gatewayTimeout';

/**
 * The HTTP status a client receives for a refused request, by cause. API Gateway's own throttle
 * answers 429. When Lambda refuses the invoke (its 429 `TooManyRequestsException`, concurrency or
 * scaling rate), API Gateway answers the client 500 "Internal server error"; when the function
 * runs but fails (here: a throttled DynamoDB call the handler does not catch, or the function's
 * own timeout), it answers 502. When the integration takes longer than the gateway waits (30 s
 * for an HTTP API, 29 s for a REST API), the gateway answers 504 while the function runs on.
 * Source: AWS Lambda Developer Guide, "Handling Lambda errors with an API Gateway API"
 * (docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html, read 2026-11-27).
 */
export const CLIENT_STATUS = { gateway: 429, concurrency: 500, scalingRate: 500, database: 502, timeout: 502, gatewayTimeout: 504 } as const satisfies Record<ThrottleCause, number>;

/** What the client receives: 200, or the refusal's status from `CLIENT_STATUS`. */
export type ClientStatus = 200 | (typeof CLIENT_STATUS)[ThrottleCause];

/** An execution environment as the UI sees it. */
export interface EnvironmentView {
  id: number;
  state: 'initializing' | 'busy' | 'idle';
  sinceMs: number;
  requestsServed: number;
  /** The per-environment in-memory counter: lost when the environment is reclaimed (statelessness demo). */
  memoryCounter: number;
  provisioned: boolean;
  /** Requests it holds now (0 when idle or starting ahead of demand; on-demand Lambda: 0 or 1). */
  requests: number;
  /** Requests it can hold at once (`function.maxConcurrencyPerInstance`): how full it is is `requests / capacity`. */
  capacity: number;
}

/** Where an in-flight request is, so the UI can place its dot from simulated progress. */
export interface InFlightView {
  id: number;
  phase: 'gateway' | 'wait' | 'init' | 'handler' | 'database' | 'response';
  phaseStartMs: number;
  phaseEndMs: number;
  envId?: number;
}

/**
 * A request's cost in parts, at first-tier prices with no free tier (billing.ts): they add up to
 * its `costUsd`. `functionCompute` is memory × billed ms (`RequestTrace.billed`) at the on-demand
 * or, on a provisioned environment, the provisioned duration price.
 */
export interface RequestCostParts {
  gateway: number;
  functionRequest: number;
  functionCompute: number;
  /** DynamoDB on-demand request units (provisioned capacity bills by the hour, not per request). */
  database: number;
  s3: number;
}

/** What a request's function was billed for: memory × (INIT + run), each rounded up to the ms as Lambda rounds them. */
export interface RequestBilled {
  memoryMB: number;
  /** INIT as billed (capped; 0 when warm or provisioned). */
  initMs: number;
  /** Handler and database as billed. */
  runMs: number;
  /** Ran on a provisioned environment: the provisioned duration price, and no INIT. */
  provisioned: boolean;
}

/** One sampled request, end to end. */
export interface RequestTrace {
  id: number;
  arrivalMs: number;
  /** The HTTP status the client receives (see `CLIENT_STATUS`). */
  status: ClientStatus;
  /** Set when the request was refused. */
  throttleCause?: ThrottleCause;
  coldStart: boolean;
  /** -1 when the request never reached an environment. */
  envId: number;
  gatewayMs: number;
  waitMs: number;
  initMs: number;
  handlerMs: number;
  databaseMs: number;
  totalMs: number;
  /** This request's share: request price + its GB-ms + gateway + database units + S3 requests (first-tier prices, no free tier). */
  costUsd: number;
  /** `costUsd` in parts (they add up to it). */
  costParts: RequestCostParts;
  /** What its function was billed for; absent when no function ran (refused before it). */
  billed?: RequestBilled;
  manual: boolean;
}

/** A notable event; the UI writes the sentence. */
export interface EngineEvent {
  seq: number;
  timeMs: number;
  kind: 'coldStart' | 'reclaimed' | 'throttled' | 'scaleUp' | 'scaleToZero' | 'trafficChange' | 'provisionedReady' | 'serverScaleOut' | 'serverScaleIn';
  envId?: number;
  ms?: number;
  count?: number;
  cause?: ThrottleCause;
}

/** Latency percentiles in ms. */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** The always-on fleet's state and bill. */
export interface ServerView {
  enabled: boolean;
  costUsd: number;
  instanceCostUsd: number;
  loadBalancerCostUsd: number;
  instances: number;
  launching: number;
  meanInstances: number;
  peakInstances: number;
  served: number;
  failed: number;
  backlog: number;
  meanWaitMs: number;
  costPerMillionRequests: number;
}

/** Cost by component plus the cost of one million requests at this run's mix. */
export interface CostView extends CostBreakdown {
  perMillionRequests: number;
}

/** State of the optional SNS/SQS path. */
export interface AsyncView {
  queueDepth: number;
  peakQueueDepth: number;
  /** Messages sent to SQS (0 when only SNS is on: a topic's subscribers are not modelled). */
  enqueued: number;
  /** Messages the queue's consumer has finished. */
  processed: number;
  snsPublished: number;
  consumersBusy: number;
  /** Batches Lambda's SQS pollers allow at this moment (grows while a backlog remains; see facts.ts). */
  consumerConcurrency: number;
  /** Cold starts of the consumer function (a second function with its own environments). */
  consumerColdStarts: number;
  /** The consumer's live environments: running a batch, or idle within the idle timeout. */
  consumerEnvironments: number;
}

/** Everything the UI draws, as plain data. */
export interface Snapshot {
  timeMs: number;
  /** The scenario in force, validated, every default applied (live changes included): what the UI shows as settings. */
  scenario: Scenario;
  requestsPerSecond: number;
  environments: EnvironmentView[];
  environmentsTruncated: boolean;
  /**
   * The API function's environments by state (`busy`: serving a request past INIT; `initializing`:
   * in INIT, with a request or, provisioned, without), and `inProgress`: requests invoked and not
   * yet done (cold-starting ones included, provisioned environments initializing with no request
   * not): the function's concurrency. On a platform whose instances take several requests at
   * once the states are still instances' (`idle`: holding none; `busy`: holding at least one) and
   * `inProgress` still counts requests; each EnvironmentView says how many it holds.
   */
  counts: { live: number; busy: number; idle: number; initializing: number; reclaimedTotal: number; provisioned: number; inProgress: number };
  inFlight: InFlightView[];
  recentThrottles: { timeMs: number; cause: ThrottleCause }[];
  totals: {
    arrivals: number;
    completed: number;
    throttled: number;
    throttledBy: Record<ThrottleCause, number>;
    coldStarts: number;
    inFlight: number;
  };
  latency: LatencySummary;
  /** The last 10 simulated seconds; all zero in a headless run that keeps no series (see EngineOptions). */
  recentLatency: LatencySummary;
  meanConcurrency: number;
  peakConcurrency: number;
  cost: CostView;
  usage: Usage;
  server: ServerView;
  databaseCounter: number;
  async: AsyncView | null;
  events: EngineEvent[];
  /** The most recent traces (up to `traceCapacity`), oldest first, then the watched request's if it has left them (see `watchTrace`). */
  traces: RequestTrace[];
}

/** The CLI's one JSON object. */
export interface RunSummary {
  requests: number;
  completed: number;
  throttled: number;
  throttledBy: Record<ThrottleCause, number>;
  inFlight: number;
  coldStarts: number;
  latencyMs: LatencySummary;
  meanConcurrency: number;
  peakConcurrency: number;
  meanInstances: number;
  peakInstances: number;
  costUsd: CostBreakdown & { perMillionRequests: number };
  usage: Usage;
  server: ServerView;
  async: AsyncView | null;
  simulatedSeconds: number;
}
