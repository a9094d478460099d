/**
 * Dollars from usage. The engine meters usage the way AWS bills it (requests, MB-ms at 1 ms
 * granularity, request units...) and this module turns it into dollars, usage × price, with the
 * tiers and free-tier allowances from facts.ts. A run is treated as one billing month: tiers and
 * free allowances apply to the run's totals.
 */
import type { Platform } from './defaults';
import { FREE_TIER, INSTANCES, LIMITS, PRICES, type InstanceType, type Tier } from './facts';
import { PLATFORM_FACTS } from './platformFacts';

/** AWS prices a month as 730 hours (8,760 ÷ 12). */
export const HOURS_PER_MONTH = 730;

/** SQS requests billed for a call carrying `payloadKB` (each 64 KB chunk is one). */
export function sqsBilledRequests(payloadKB: number): number {
  return Math.ceil(payloadKB / LIMITS.sqsChunkKB.value);
}

/** SNS publishes billed for a message of `payloadKB` (each 64 KB chunk is one). */
export function snsBilledPublishes(payloadKB: number): number {
  return Math.ceil(payloadKB / LIMITS.snsChunkKB.value);
}

/** Metered usage, in the units AWS bills. */
export interface Usage {
  /** Lambda invocations (front function and async consumer). */
  functionRequests: number;
  /** Memory × billed duration on on-demand environments, INIT included (MB-ms, integer ms). */
  onDemandMbMs: number;
  /** The INIT share of `onDemandMbMs` (MB-ms), for display. */
  initMbMs: number;
  /** The async consumer's share of `functionRequests` and `onDemandMbMs` (it never has provisioned concurrency). */
  consumerRequests: number;
  consumerMbMs: number;
  /** Memory × billed duration on provisioned environments (MB-ms). */
  provisionedDurationMbMs: number;
  /** Memory × time provisioned concurrency was enabled, in 5-minute increments (MB-ms). */
  provisionedEnabledMbMs: number;
  /** API Gateway requests billed (those past the gateway throttle). */
  gatewayRequests: number;
  /** DynamoDB on-demand read and write request units. */
  readRequestUnits: number;
  writeRequestUnits: number;
  /** DynamoDB provisioned capacity, unit-hours. */
  rcuHours: number;
  wcuHours: number;
  /** Hours the provisioned table existed (the free tier's 25 RCUs and WCUs are free for each of them, up to a month). */
  capacityHours: number;
  sqsRequests: number;
  snsPublishes: number;
  s3Gets: number;
  s3Puts: number;
  /**
   * Another platform than on-demand Lambda only (absent on `lambda`): the API function's requests,
   * billed at that platform's request price. The queue's consumer stays an on-demand Lambda
   * function on every platform: its invocations stay in `functionRequests` and `onDemandMbMs`.
   */
  platformRequests?: number;
  /** Billable instance time in ms: Cloud Run's busy stretches (each rounded up to 100 ms); Managed Instances' execution environments alive. */
  instanceMs?: number;
  /** Cloudflare Workers: the handlers' CPU time in ms (the wait on the database is not CPU time). */
  cpuMs?: number;
}

/** An all-zero usage record. */
export function emptyUsage(): Usage {
  return {
    functionRequests: 0,
    onDemandMbMs: 0,
    initMbMs: 0,
    consumerRequests: 0,
    consumerMbMs: 0,
    provisionedDurationMbMs: 0,
    provisionedEnabledMbMs: 0,
    gatewayRequests: 0,
    readRequestUnits: 0,
    writeRequestUnits: 0,
    rcuHours: 0,
    wcuHours: 0,
    capacityHours: 0,
    sqsRequests: 0,
    snsPublishes: 0,
    s3Gets: 0,
    s3Puts: 0,
  };
}

/** Cost by component in USD. */
export interface CostBreakdown {
  gateway: number;
  functionRequests: number;
  functionCompute: number;
  provisionedConcurrency: number;
  database: number;
  other: number;
  total: number;
}

/** What the price depends on besides usage. */
export interface PricingOptions {
  architecture: 'x86_64' | 'arm64';
  gatewayType: 'http' | 'rest';
  freeTier: boolean;
  /**
   * The front function has provisioned concurrency. The Lambda free tier does not apply to such
   * functions (pricing page), so only the async consumer's usage can use it then.
   */
  hasProvisionedConcurrency: boolean;
  /** The compute model (default `lambda`): the API function's own usage is priced by its rules (`platformCost`). */
  platform?: Platform;
  /** Memory of an instance, MB (Cloud Run's GiB-seconds, Managed Instances' vCPUs). */
  memoryMB?: number;
}

/** vCPUs of a Lambda Managed Instances execution environment of `memoryMB` (the engine's memory-to-vCPU ratio; at least one). */
export function lmiVcpus(memoryMB: number): number {
  return Math.max(1, Math.ceil(memoryMB / PLATFORM_FACTS.lmi.memoryPerVcpuMB.value));
}

/**
 * The API function's dollars on another platform than on-demand Lambda: its request fee and its
 * compute, by that platform's rules (free allowances when `freeTier`, the run being the month),
 * and whether an API Gateway stands in front (only Managed Instances: Cloud Run and Workers
 * answer HTTP themselves, so the gateway's requests cost nothing there).
 */
export function platformCost(u: Usage, o: PricingOptions): { requests: number; compute: number; gatewayBilled: boolean } {
  const requests = u.platformRequests ?? 0;
  const instanceS = (u.instanceMs ?? 0) / 1000;
  const free = o.freeTier;
  switch (o.platform ?? 'lambda') {
    case 'lambda-managed-instances': {
      const f = PLATFORM_FACTS.lmi;
      const vcpuHours = (instanceS / 3600) * lmiVcpus(o.memoryMB ?? 0);
      return { requests: requests * f.requestPrice.value, compute: vcpuHours * f.vcpuHourPrice.value * (1 + f.managementFee.value), gatewayBilled: true };
    }
    case 'cloud-run': {
      const f = PLATFORM_FACTS.cloudRun;
      const vcpuS = instanceS * f.vcpus.value;
      const gibS = instanceS * ((o.memoryMB ?? 0) / 1024);
      const billable = (used: number, allowance: number) => Math.max(0, used - (free ? allowance : 0));
      return {
        requests: billable(requests, f.freeRequests.value) * f.requestPrice.value,
        compute: billable(vcpuS, f.freeVcpuSeconds.value) * f.vcpuSecondPrice.value + billable(gibS, f.freeGibSeconds.value) * f.gibSecondPrice.value,
        gatewayBilled: false,
      };
    }
    case 'cloudflare-workers': {
      const f = PLATFORM_FACTS.workers;
      // The plan's $5 comes with its allowances: both only when the run is treated as the month.
      const plan = free ? f.planUsd.value : 0;
      return {
        requests: plan + Math.max(0, requests - (free ? f.includedRequests.value : 0)) * f.requestPrice.value,
        compute: Math.max(0, (u.cpuMs ?? 0) - (free ? f.includedCpuMs.value : 0)) * f.cpuMsPrice.value,
        gatewayBilled: false,
      };
    }
    default:
      return { requests: 0, compute: 0, gatewayBilled: true };
  }
}

/** MB-ms → GB-seconds, with AWS's GB of 1,024 MB. */
export const MB_MS_PER_GB_SECOND = 1024 * 1000;

/** Cost of `units` under a cumulative tier table. */
export function tieredCost(units: number, tiers: readonly Tier[]): number {
  let cost = 0;
  let prev = 0;
  for (const t of tiers) {
    if (units <= prev) break;
    const inTier = Math.min(units, t.upTo) - prev;
    cost += inTier * t.priceUsd;
    prev = t.upTo;
  }
  return cost;
}

/** Dollars for a usage record: usage × price, tier by tier, after free allowances. */
export function costFromUsage(u: Usage, o: PricingOptions): CostBreakdown {
  const arm = o.architecture === 'arm64';
  // Free allowances cover only usage of functions without provisioned concurrency.
  const freeRequests = !o.freeTier ? 0 : Math.min(FREE_TIER.lambdaRequests.value, o.hasProvisionedConcurrency ? u.consumerRequests : u.functionRequests);
  const requests = u.functionRequests - freeRequests;
  const onDemandGbS = u.onDemandMbMs / MB_MS_PER_GB_SECOND;
  const eligibleGbS = o.hasProvisionedConcurrency ? u.consumerMbMs / MB_MS_PER_GB_SECOND : onDemandGbS;
  const billableGbS = onDemandGbS - (o.freeTier ? Math.min(FREE_TIER.lambdaGbSeconds.value, eligibleGbS) : 0);
  const functionCompute =
    tieredCost(billableGbS, arm ? PRICES.lambdaDurationArm.tiers : PRICES.lambdaDurationX86.tiers) +
    (u.provisionedDurationMbMs / MB_MS_PER_GB_SECOND) * (arm ? PRICES.provisionedDurationArm.value : PRICES.provisionedDurationX86.value);
  const provisionedConcurrency =
    (u.provisionedEnabledMbMs / MB_MS_PER_GB_SECOND) * (arm ? PRICES.provisionedConcurrencyArm.value : PRICES.provisionedConcurrencyX86.value);
  const platform = platformCost(u, o);
  const gateway = platform.gatewayBilled ? tieredCost(u.gatewayRequests, o.gatewayType === 'http' ? PRICES.httpApiRequest.tiers : PRICES.restApiRequest.tiers) : 0;
  // Provisioned capacity: 25 RCUs and 25 WCUs are always free, for each hour of the run (a month at most).
  const freeUnitHours = o.freeTier ? FREE_TIER.dynamoCapacityUnits.value * Math.min(HOURS_PER_MONTH, u.capacityHours) : 0;
  const database =
    u.readRequestUnits * PRICES.dynamoReadRequestUnit.value +
    u.writeRequestUnits * PRICES.dynamoWriteRequestUnit.value +
    Math.max(0, u.rcuHours - freeUnitHours) * PRICES.dynamoRcuHour.value +
    Math.max(0, u.wcuHours - freeUnitHours) * PRICES.dynamoWcuHour.value;
  const sqs = o.freeTier ? Math.max(0, u.sqsRequests - FREE_TIER.sqsRequests.value) : u.sqsRequests;
  const sns = o.freeTier ? Math.max(0, u.snsPublishes - FREE_TIER.snsPublishes.value) : u.snsPublishes;
  const other = sqs * PRICES.sqsRequest.value + sns * PRICES.snsPublish.value + u.s3Gets * PRICES.s3Get.value + u.s3Puts * PRICES.s3Put.value;
  const functionRequests = requests * PRICES.lambdaRequest.value + platform.requests;
  const compute = functionCompute + platform.compute;
  return {
    gateway,
    functionRequests,
    functionCompute: compute,
    provisionedConcurrency,
    database,
    other,
    total: gateway + functionRequests + compute + provisionedConcurrency + database + other,
  };
}

/** Usage of the always-on fleet. */
export interface ServerUsage {
  instanceSeconds: number;
  loadBalancerSeconds: number;
  /** Load-balancer capacity units × seconds. */
  lcuSeconds: number;
}

/** Dollars for the always-on fleet: instance-hours (billed per second) + ALB hours + LCU-hours. */
export function serverCostUsd(u: ServerUsage, instanceType: InstanceType): { instances: number; loadBalancer: number; total: number } {
  const instances = (u.instanceSeconds / 3600) * INSTANCES[instanceType].value;
  const loadBalancer = (u.loadBalancerSeconds / 3600) * PRICES.albHour.value + (u.lcuSeconds / 3600) * PRICES.albLcuHour.value;
  return { instances, loadBalancer, total: instances + loadBalancer };
}

/** Provisioned-concurrency billing rounds each enabled period up to whole 5-minute increments. */
export function provisionedBilledMs(enabledMs: number): number {
  const inc = LIMITS.provisionedBillingIncrementMs.value;
  return Math.ceil(enabledMs / inc - 1e-9) * inc;
}
