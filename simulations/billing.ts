/**
 * Billing: every rule that turns what happened into billed usage, in one place. The engine meters
 * usage here as AWS does (requests, MB-ms rounded up per invocation, request units, 64 KB chunks,
 * provisioned concurrency in 5-minute increments); pricing.ts turns usage into dollars.
 *
 * Modelled: Lambda's 1 ms granularity, INIT billed as duration (since 2025-08-01) and capped,
 * on-demand vs provisioned duration prices, provisioned concurrency while enabled, the gateway's
 * requests past its throttle, DynamoDB on-demand request units (provisioned capacity is billed
 * by the hour in `usageNow`), S3 requests, SQS and SNS per 64 KB chunk, and a request's own cost in
 * parts at first-tier prices. Left out: data transfer, CloudWatch logs, ephemeral storage beyond
 * 512 MB, Savings Plans, DynamoDB storage and S3 storage.
 */
import { LIMITS, PRICES } from './facts';
import { PLATFORM_FACTS } from './platformFacts';
import { costFromUsage, emptyUsage, MB_MS_PER_GB_SECOND, provisionedBilledMs, sqsBilledRequests, type CostBreakdown, type Usage } from './pricing';
import type { Scenario } from './schema';
import type { RequestBilled, RequestCostParts } from './types';
import { settleNumberFields } from './typed';

// Read on the hot path: copied out of the facts once (a property chain, or a getter when a bundler
// wraps the module, per request is measurable).
const INIT_BILLED_CAP_MS = LIMITS.initBilledCapMs.value;

/** INIT as billed: rounded up to the ms, at most the cap (0 for a warm start). */
export function billedInitMs(initMs: number): number {
  return initMs > 0 ? Math.ceil(initMs < INIT_BILLED_CAP_MS ? initMs : INIT_BILLED_CAP_MS) : 0;
}

/** An invocation's run as billed: handler and database time together, rounded up to the ms. */
export function billedRunMs(handlerMs: number, databaseMs: number): number {
  return Math.ceil(handlerMs + databaseMs);
}

/**
 * The mean billed ms of runs lasting `meanMs` on average, for the break-even curve's expectations:
 * rounding up to the ms adds half a millisecond on average.
 */
export function meanBilledMs(meanMs: number): number {
  return meanMs + 0.5;
}

/** The mean billed INIT of cold starts lasting `meanMs` on average: capped as Lambda caps it, then rounded up (half a ms on average). */
export function meanBilledInitMs(meanMs: number): number {
  return meanBilledMs(Math.min(meanMs, INIT_BILLED_CAP_MS));
}

/** SQS requests a consumer's batch of `messages` bills: one ReceiveMessage per 64 KB chunk of what it returns, and one DeleteMessageBatch (receipt handles only: one chunk). */
export function sqsBatchRequests(messages: number, messageSizeKB: number): number {
  return sqsBilledRequests(messages * messageSizeKB) + 1;
}

/** DynamoDB request units per read and per write of an item (reads: per 4 KB, halved when eventually consistent; writes: per 1 KB). */
export function dynamoUnits(db: Scenario['database']): { read: number; write: number } {
  return {
    read: Math.ceil(db.itemSizeKB / LIMITS.dynamoReadUnitKB.value) * (db.consistency === 'eventual' ? 0.5 : 1),
    write: Math.ceil(db.itemSizeKB / LIMITS.dynamoWriteUnitKB.value),
  };
}

/** The API Gateway's first-tier price per request. */
export function gatewayRequestPrice(type: Scenario['gateway']['type']): number {
  return type === 'http' ? PRICES.httpApiRequest.tiers[0].priceUsd : PRICES.restApiRequest.tiers[0].priceUsd;
}

/**
 * What a request's function was billed for: on Lambda, memory × (INIT + run), each rounded as
 * Lambda rounds it. On Workers, `runMs` is the handler's CPU time (unrounded) and there is no INIT;
 * on Cloud Run and Managed Instances a request is billed no time of its own (its instance's time
 * is, shared with the others it holds): both are 0.
 */
export function billedFor(s: Scenario, memoryMB: number, initMs: number, handlerMs: number, databaseMs: number, provisioned: boolean): RequestBilled {
  if (s.platform === 'lambda') return { memoryMB, initMs: billedInitMs(initMs), runMs: billedRunMs(handlerMs, databaseMs), provisioned };
  return { memoryMB, initMs: 0, runMs: s.platform === 'cloudflare-workers' ? handlerMs : 0, provisioned: false };
}

/**
 * A request's cost in parts at first-tier prices, no free tier (what a trace shows), written into
 * `parts`; returns their sum. `billed`: what its function was billed for, null when none ran.
 */
export function requestCost(s: Scenario, billed: RequestBilled | null, readUnits: number, writeUnits: number, parts: RequestCostParts): number {
  if (s.platform !== 'lambda') return platformRequestCost(s, billed, readUnits, writeUnits, parts);
  const gateway = gatewayRequestPrice(s.gateway.type);
  parts.gateway = gateway;
  if (billed === null) {
    parts.functionRequest = parts.functionCompute = parts.database = parts.s3 = 0;
    return gateway;
  }
  const arm = s.function.architecture === 'arm64';
  const gbS = (billed.memoryMB * (billed.initMs + billed.runMs)) / MB_MS_PER_GB_SECOND;
  const durationPrice = billed.provisioned
    ? arm
      ? PRICES.provisionedDurationArm.value
      : PRICES.provisionedDurationX86.value
    : arm
      ? PRICES.lambdaDurationArm.tiers[0].priceUsd
      : PRICES.lambdaDurationX86.tiers[0].priceUsd;
  const functionRequest = PRICES.lambdaRequest.value;
  const functionCompute = gbS * durationPrice;
  const { database, s3 } = storageCost(s, readUnits, writeUnits);
  parts.functionRequest = functionRequest;
  parts.functionCompute = functionCompute;
  parts.database = database;
  parts.s3 = s3;
  return functionRequest + functionCompute + gateway + database + s3;
}

/** The database's and S3's first-tier cost of one request (the same on every platform). */
function storageCost(s: Scenario, readUnits: number, writeUnits: number): { database: number; s3: number } {
  // Provisioned capacity is billed by the hour, not per request.
  const database = s.database.mode === 'onDemand' ? readUnits * PRICES.dynamoReadRequestUnit.value + writeUnits * PRICES.dynamoWriteRequestUnit.value : 0;
  return { database, s3: s.s3.readsPerRequest * PRICES.s3Get.value + s.s3.writesPerRequest * PRICES.s3Put.value };
}

/**
 * A request's cost in parts on another platform than on-demand Lambda: the platform's request fee;
 * its compute where a request has one of its own (Workers: its CPU time, `billed.runMs`). Cloud Run
 * and Managed Instances bill an instance's time, which the requests it holds share, so no part of
 * it is one request's: their `functionCompute` part is 0 and the run's cost carries it. The
 * gateway part is API Gateway's price in front of Managed Instances, 0 on Cloud Run and Workers.
 */
function platformRequestCost(s: Scenario, billed: RequestBilled | null, readUnits: number, writeUnits: number, parts: RequestCostParts): number {
  const lmi = s.platform === 'lambda-managed-instances';
  const gateway = lmi ? gatewayRequestPrice(s.gateway.type) : 0;
  parts.gateway = gateway;
  if (billed === null) {
    parts.functionRequest = parts.functionCompute = parts.database = parts.s3 = 0;
    return gateway;
  }
  const P = PLATFORM_FACTS;
  const workers = s.platform === 'cloudflare-workers';
  parts.functionRequest = lmi ? P.lmi.requestPrice.value : workers ? P.workers.requestPrice.value : P.cloudRun.requestPrice.value;
  parts.functionCompute = workers ? billed.runMs * P.workers.cpuMsPrice.value : 0;
  const { database, s3 } = storageCost(s, readUnits, writeUnits);
  parts.database = database;
  parts.s3 = s3;
  return parts.functionRequest + parts.functionCompute + gateway + database + s3;
}

/** Usage metered so far, and the open period of provisioned concurrency. */
export class Meter {
  /** Counters take fractions (half request units) and pass 2^30 mid-run: settled as doubles. */
  declare readonly usage: Usage;
  private provPeriodStartMs: number = 0.5;
  private provClosedMbMs: number = 0.5;
  /** Another platform's API requests and (Workers) their CPU ms (Usage.platformRequests, cpuMs). */
  private platformRequests: number = 0.5;
  private cpuMs: number = 0.5;

  constructor() {
    const u = emptyUsage();
    settleNumberFields(u, () => true);
    this.usage = u;
    this.provPeriodStartMs = 0;
    this.provClosedMbMs = 0;
    this.platformRequests = 0;
    this.cpuMs = 0;
    settleNumberFields(this, () => true);
  }

  /** An API-function invocation finished, billed for `billedInit` and `billedRun` ms (billedInitMs, billedRunMs; whole ms, so they pass to this call unboxed); `provisioned`: on a provisioned environment. */
  invocation(memoryMB: number, billedInit: number, billedRun: number, provisioned: boolean): void {
    const u = this.usage;
    u.functionRequests++;
    if (provisioned) u.provisionedDurationMbMs += memoryMB * billedRun;
    else {
      u.onDemandMbMs += memoryMB * (billedInit + billedRun);
      u.initMbMs += memoryMB * billedInit;
    }
  }

  /** An API request finished on another platform than on-demand Lambda, its handler's CPU time `cpuMs` (what Workers bills; the others bill instance time, metered by the pool). */
  platformRequest(cpuMs: number): void {
    this.platformRequests++;
    this.cpuMs += cpuMs;
  }

  /** A queue consumer's batch started: one invocation, billed like the API function's (INIT capped, each part rounded up). */
  consumerBatch(memoryMB: number, initMs: number, runMs: number): void {
    const u = this.usage;
    const billedInit = billedInitMs(initMs);
    const mbMs = memoryMB * (billedInit + Math.ceil(runMs));
    u.functionRequests++;
    u.onDemandMbMs += mbMs;
    u.initMbMs += memoryMB * billedInit;
    u.consumerRequests++;
    u.consumerMbMs += mbMs;
  }

  /** Close the open provisioned-concurrency period at `now` (before the target or the memory changes). */
  closeProvisionedPeriod(now: number, target: number, memoryMB: number): void {
    if (target > 0) this.provClosedMbMs += target * memoryMB * provisionedBilledMs(now - this.provPeriodStartMs);
    this.provPeriodStartMs = now;
  }

  /** Provisioned concurrency may have been billed (the free tier then skips the API function). */
  hadProvisioned(target: number): boolean {
    return target > 0 || this.provClosedMbMs > 0;
  }

  /** Usage up to `now`, with the time-based parts (provisioned concurrency, provisioned capacity) brought up to it. */
  usageAt(now: number, s: Scenario, provTarget: number, instanceMs: number): Usage {
    const u = { ...this.usage };
    if (s.platform !== 'lambda') {
      u.platformRequests = this.platformRequests;
      u.instanceMs = instanceMs;
      u.cpuMs = this.cpuMs;
    }
    const open = provTarget > 0 ? provTarget * s.function.memoryMB * provisionedBilledMs(now - this.provPeriodStartMs) : 0;
    u.provisionedEnabledMbMs = this.provClosedMbMs + open;
    if (s.database.mode === 'provisioned') {
      const hours = now / 3_600_000;
      u.rcuHours = s.database.readCapacityUnits * hours;
      u.wcuHours = s.database.writeCapacityUnits * hours;
      u.capacityHours = hours;
    }
    return u;
  }

  /** Dollars up to `now`: usage × price. */
  costAt(now: number, s: Scenario, provTarget: number, instanceMs: number): CostBreakdown {
    return costFromUsage(this.usageAt(now, s, provTarget, instanceMs), {
      architecture: s.function.architecture,
      gatewayType: s.gateway.type,
      freeTier: s.pricing.freeTier,
      hasProvisionedConcurrency: this.hadProvisioned(provTarget),
      platform: s.platform,
      memoryMB: s.function.memoryMB,
    });
  }
}
