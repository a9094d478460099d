/**
 * Monthly cost of serverless vs always-on at steady traffic, for the break-even chart. Computed
 * analytically from the same price data and the same billing rules as the engine (not by
 * simulation), because a curve of 50 points must render instantly and a month's run per point
 * would take seconds: at steady traffic the engine's averages converge to these expectations.
 * Cold starts at a steady rate are negligible except at very low rates, where the chance that a
 * request finds no warm environment is modelled as e^(−rate × idle timeout). The always-on fleet
 * is sized to serve each rate (never below the scenario's fleet), so a point never compares the
 * serverless bill with servers that would drop most of the traffic.
 */
import { dexp, dlog } from './dmath';
import { LIMITS } from './facts';
import { PLATFORM_FACTS } from './platformFacts';
import { dynamoUnits, meanBilledInitMs, meanBilledMs, sqsBatchRequests } from './billing';
import { lambdaColdStart, lmiEnvironmentsFor, meanServiceMs, platformStartup } from './platform';
import { costFromUsage, emptyUsage, HOURS_PER_MONTH, serverCostUsd, snsBilledPublishes, sqsBilledRequests, type CostBreakdown, type Usage } from './pricing';
import { parseScenario, type Scenario, type ScenarioInput } from './schema';

/**
 * Seconds in the month the curve assumes: 730 hours, the convention of AWS's pricing pages and
 * calculator (8,760 hours a year ÷ 12), which the article's break-even table also uses.
 */
export const MONTH_SECONDS = HOURS_PER_MONTH * 3600;

/** One point of the curve. */
export interface CostCurvePoint {
  requestsPerSecond: number;
  requestsPerMonth: number;
  /** The month's estimated serverless usage, which `serverless` prices. */
  usage: Usage;
  serverless: CostBreakdown;
  serverUsd: number;
  serverInstances: number;
}

/**
 * The async path's share of a month: SNS publishes, SQS requests and the consumer's invocations.
 * A message costs the consumer the same handler time in any batch, so the consumers can process
 * at most `consumerConcurrency` messages per message-time. Below that the pollers keep up with
 * about one message per batch; at it, every batch is full and the rest of the messages are
 * sent but never processed in the month (they wait in the queue until they expire) — what the
 * engine's pollers do, with a sharp turn where a busy queue's batches start to fill.
 */
function addAsyncUsage(u: Usage, s: Scenario, rps: number, n: number, initMs: number): void {
  const a = s.async;
  if (!a.enabled || a.share <= 0 || !(a.sqs || a.sns)) return;
  const jobs = n * a.share;
  if (a.sns) u.snsPublishes += jobs * snsBilledPublishes(a.messageSizeKB);
  if (!a.sqs) return;
  u.sqsRequests += jobs * sqsBilledRequests(a.messageSizeKB);
  const mean = a.consumerDurationMs.mean;
  // Messages per second the consumers can finish, against messages per second sent.
  const capacity = mean > 0 ? (a.consumerConcurrency * 1000) / mean : Infinity;
  const sent = rps * a.share;
  const saturated = sent >= capacity;
  const processed = saturated ? jobs * (capacity / sent) : jobs;
  const perBatch = saturated ? a.batchSize : 1;
  const batches = processed / perBatch;
  // The consumer cold-starts, like the API function, when no batch has run for the idle timeout.
  const coldShare = dexp(-(batches / MONTH_SECONDS) * s.function.idleTimeoutSeconds);
  const initMbMs = s.function.memoryMB * batches * coldShare * initMs;
  // Each batch's handler time (its messages' means) is rounded up as billed: half a ms a batch.
  const roundingMs = meanBilledMs(0);
  const mbMs = s.function.memoryMB * (processed * mean + batches * roundingMs) + initMbMs;
  u.initMbMs += initMbMs;
  // A ReceiveMessage per batch, billed per 64 KB chunk of its messages, and a DeleteMessageBatch.
  u.sqsRequests += batches * sqsBatchRequests(perBatch, a.messageSizeKB);
  u.functionRequests += batches;
  u.onDemandMbMs += mbMs;
  u.consumerRequests += batches;
  u.consumerMbMs += mbMs;
}

/**
 * The expected number of instances holding at least one request when the requests in flight
 * are Poisson with mean `c` (M/G/∞: any service-time distribution) and packed `perInstance` to an
 * instance: E[⌈K / N⌉]. Summed term by term in log space up to 12 standard deviations past the
 * mean; past 5,000 requests in flight, c / N + ½ (the ceiling adds half an instance on average).
 */
export function meanPackedInstances(c: number, perInstance: number): number {
  if (!(c > 0)) return 0;
  if (c > 5000) return c / perInstance + 0.5;
  const lc = dlog(c);
  let lp = -c;
  let sum = 0;
  const kMax = Math.ceil(c + 12 * Math.sqrt(c) + 20);
  for (let k = 1; k <= kMax; k++) {
    lp += lc - dlog(k);
    sum += dexp(lp) * Math.ceil(k / perInstance);
  }
  return sum;
}

/** How far above the mean concurrency, in standard deviations, a second's peak lies (Managed Instances' scaler sizes for it). */
const LMI_PEAK_SIGMAS = 3.5;

/**
 * The API function's month on another platform than on-demand Lambda, at a steady `rps`: its
 * requests, and the usage its platform bills —
 * - Cloud Run (request-based billing): instance time while requests are in flight, E[⌈K/N⌉]
 *   instances (meanPackedInstances), plus half a billing increment per busy stretch of the first
 *   instance (stretches end at rps × P(none in flight) = rps × e^(−c) a second), plus the start-up
 *   of the rare cold start (e^(−rate × idle timeout) of requests, as for Lambda);
 * - Managed Instances: the environments the scaling rule keeps for a second's peak concurrency, all month;
 * - Workers: each request's handler time as CPU time.
 */
function addPlatformUsage(u: Usage, s: Scenario, rps: number, n: number): void {
  const serviceMs = meanServiceMs(s);
  const c = (rps * serviceMs) / 1000;
  const perInstance = s.function.maxConcurrencyPerInstance;
  u.platformRequests = n;
  u.instanceMs = 0;
  u.cpuMs = 0;
  if (s.platform === 'cloud-run') {
    const coldShare = dexp(-rps * s.function.idleTimeoutSeconds);
    const stretchRounding = rps * dexp(-c) * (PLATFORM_FACTS.cloudRun.billingIncrementMs.value / 2 / 1000);
    const starts = rps * coldShare * (platformStartup(s).mean / 1000);
    u.instanceMs = (meanPackedInstances(c, perInstance) + stretchRounding + starts) * MONTH_SECONDS * 1000;
  } else if (s.platform === 'lambda-managed-instances') {
    // The scaler sizes for each second's peak, not the mean: requests in flight are Poisson, and a
    // second's highest is about 3.5 standard deviations (√c) above the mean (a fit to the engine's
    // runs from 20 to 650 in flight); it keeps that all month, as steady traffic never lets it scale in.
    u.instanceMs = lmiEnvironmentsFor(c + LMI_PEAK_SIGMAS * Math.sqrt(c), perInstance) * MONTH_SECONDS * 1000;
  } else if (s.platform === 'cloudflare-workers') {
    u.cpuMs = n * s.function.durationMs.mean;
  }
}

/** One rate of a two-curve comparison: `a` and `b` are the two models' costs at rate `x`. */
export interface CrossoverPoint {
  x: number;
  a: number;
  b: number;
}

/**
 * The first rate where curve `a` and curve `b` cross (their difference changes sign or reaches
 * zero after being non-zero), interpolated linearly in log x (the break-even chart's axis), or
 * null when one curve stays below the other over the whole range. Points sorted by x > 0.
 */
export function crossover(points: readonly CrossoverPoint[]): number | null {
  let prev: CrossoverPoint | null = null;
  let prevD = 0;
  for (const p of points) {
    if (!Number.isFinite(p.a) || !Number.isFinite(p.b) || !(p.x > 0)) continue;
    const d = p.a - p.b;
    if (prev !== null && prevD !== 0 && (d === 0 || Math.sign(d) !== Math.sign(prevD))) {
      if (d === 0) return p.x;
      const t = prevD / (prevD - d);
      return dexp(dlog(prev.x) + t * (dlog(p.x) - dlog(prev.x)));
    }
    prev = p;
    prevD = d;
  }
  return null;
}

/** How many times `a − b` changes sign along the points (the fleet's staircase can cross the serverless line more than once). */
export function crossings(points: readonly CrossoverPoint[]): number {
  let n = 0;
  let prev = 0;
  for (const p of points) {
    const d = p.a - p.b;
    if (!Number.isFinite(d) || d === 0) continue;
    if (prev !== 0 && Math.sign(d) !== Math.sign(prev)) n++;
    prev = d;
  }
  return n;
}

/** The break-even chart's model: its points and where the two costs cross. */
export interface CostCurve {
  points: CostCurvePoint[];
  /** The first rate where the two monthly costs cross (interpolated in log rate), or null. */
  breakEvenRps: number | null;
  /** How many times they cross over the rates given. */
  crossings: number;
}

/**
 * Monthly cost at each steady rate; the break-even (the first rate where the two costs cross,
 * interpolated in log rate), and how many times they cross.
 */
export function monthlyCostCurve(scenario: ScenarioInput, rpsList: readonly number[]): CostCurve {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`Invalid scenario: ${parsed.error}`);
  const s = parsed.scenario;
  const f = s.function;
  // Billing rounds each invocation up to the next ms, and caps INIT (billing.ts).
  const billedMs = meanBilledMs(meanServiceMs(s));
  const initMs = meanBilledInitMs(lambdaColdStart(s).mean);
  const unit = dynamoUnits(s.database);

  const points = rpsList.map((rps): CostCurvePoint => {
    const n = rps * MONTH_SECONDS;
    const u = emptyUsage();
    u.gatewayRequests = n;
    const provisioned = f.provisionedConcurrency;
    if (s.platform === 'lambda') {
      u.functionRequests = n;
      const coldShare = dexp(-rps * f.idleTimeoutSeconds);
      // Requests up to the provisioned capacity (by Little's law) run on provisioned environments.
      const provShare = provisioned > 0 ? Math.min(1, (provisioned * 1000) / Math.max(1e-9, rps * billedMs)) : 0;
      u.onDemandMbMs = n * (1 - provShare) * f.memoryMB * (billedMs + coldShare * initMs);
      u.initMbMs = n * (1 - provShare) * f.memoryMB * coldShare * initMs;
      u.provisionedDurationMbMs = n * provShare * f.memoryMB * billedMs;
      u.provisionedEnabledMbMs = provisioned * f.memoryMB * MONTH_SECONDS * 1000;
    } else addPlatformUsage(u, s, rps, n);
    if (s.database.mode === 'onDemand') {
      u.readRequestUnits = n * s.database.readsPerRequest * unit.read;
      u.writeRequestUnits = n * s.database.writesPerRequest * unit.write;
    } else {
      u.rcuHours = s.database.readCapacityUnits * (MONTH_SECONDS / 3600);
      u.wcuHours = s.database.writeCapacityUnits * (MONTH_SECONDS / 3600);
      u.capacityHours = MONTH_SECONDS / 3600;
    }
    u.s3Gets = n * s.s3.readsPerRequest;
    u.s3Puts = n * s.s3.writesPerRequest;
    addAsyncUsage(u, s, rps, n, initMs);
    const serverless = costFromUsage(u, {
      architecture: f.architecture,
      gatewayType: s.gateway.type,
      freeTier: s.pricing.freeTier,
      hasProvisionedConcurrency: provisioned > 0,
      platform: s.platform,
      memoryMB: f.memoryMB,
    });
    const srv = s.server;
    // The always-on side must serve the rate to be a fair comparison: at least the fleet the
    // scenario sets, and as many instances as the rate needs (a fixed fleet sized for it; an
    // Auto Scaling group at its target utilization, past its configured maximum if need be).
    const perInstance = srv.requestsPerSecondPerInstance * (srv.mode === 'fixed' ? 1 : srv.targetUtilization);
    const needed = Math.ceil(rps / perInstance);
    const instances = Math.max(srv.mode === 'fixed' ? srv.instances : srv.minInstances, needed);
    const server = serverCostUsd(
      {
        instanceSeconds: instances * MONTH_SECONDS,
        loadBalancerSeconds: srv.loadBalancer ? MONTH_SECONDS : 0,
        lcuSeconds: srv.loadBalancer ? (rps / LIMITS.albNewConnectionsPerLcu.value) * MONTH_SECONDS : 0,
      },
      srv.instanceType,
    );
    return { requestsPerSecond: rps, requestsPerMonth: n, usage: u, serverless, serverUsd: server.total, serverInstances: instances };
  });

  const pairs = points.map((p) => ({ x: p.requestsPerSecond, a: p.serverless.total, b: p.serverUsd }));
  return { points, breakEvenRps: crossover(pairs), crossings: crossings(pairs) };
}
