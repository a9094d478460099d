/**
 * The rows of the "where numbers come from" table: every parameter in force for the current
 * scenario, read from facts.ts (never restated here), with its value, unit, source, date and
 * kind. When the scene overrides a default, the row shows the scene's value, marked as a model
 * choice, and names the default's source in its note. It reads the scenario the engine validated
 * (every default applied), so it restates none.
 */
import type { Scenario } from '@/simulations';
import {
  COLD_START_P99_TO_MEAN,
  DB_LATENCY_P99_TO_MEAN,
  FREE_TIER,
  INSTANCES,
  LIMITS,
  PRICES,
  RUNTIMES,
  coldStartMeanMs,
  type Fact,
  type FactKind,
  type InstanceType,
  type RuntimeName,
  type TieredFact,
} from '@/simulations/facts';
import { PLATFORM_FACTS } from '@/simulations/platformFacts';
import { formatDuration } from './narration';

/** Exact figures (no "600K"): a sources table must show the number as sourced. */
const formatCount = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

export interface SourceRow {
  id: string;
  group: string;
  name: string;
  value: string;
  unit: string;
  source: string;
  date: string;
  kind: FactKind;
  note?: string;
}

export const KIND_LABEL: Record<FactKind, string> = {
  aws: 'AWS documentation',
  provider: 'provider documentation',
  secondary: 'secondary source',
  measured: 'measurement',
  assumption: 'model assumption',
};

/** The settings the table depends on, from the scenario in force (validated: every field there). */
export interface SourceSettings {
  /** The compute model: another platform than on-demand Lambda adds its own group of rows. */
  platform?: Scenario['platform'];
  /** Requests one instance takes at once (the scene's, resolved by the engine). */
  maxConcurrencyPerInstance?: number;
  memoryMB: number;
  architecture: 'x86_64' | 'arm64';
  runtime: RuntimeName;
  /** The scene's own cold-start mean, when it overrides the runtime's profile. */
  coldStartOverrideMs?: number;
  gatewayType: 'http' | 'rest';
  gatewayRateLimitRps: number;
  gatewayBurst: number;
  gatewayLatencyMs: number;
  concurrencyLimit: number;
  provisionedConcurrency: number;
  idleTimeoutSeconds: number;
  scalingRateLimit: boolean;
  databaseMode: 'onDemand' | 'provisioned';
  databaseLatencyMs: number;
  freeTier: boolean;
  asyncEnabled: boolean;
  consumerConcurrency: number;
  serverEnabled: boolean;
  instanceType: InstanceType;
  warmupSeconds: number;
  loadBalancer: boolean;
}

export function settingsOf(s: Scenario): SourceSettings {
  const fn = s.function;
  return {
    platform: s.platform,
    maxConcurrencyPerInstance: fn.maxConcurrencyPerInstance,
    memoryMB: fn.memoryMB,
    architecture: fn.architecture,
    runtime: fn.runtime as RuntimeName,
    coldStartOverrideMs: fn.coldStartMs?.mean,
    gatewayType: s.gateway.type,
    gatewayRateLimitRps: s.gateway.rateLimitRps,
    gatewayBurst: s.gateway.burst,
    gatewayLatencyMs: s.gateway.latencyMs,
    concurrencyLimit: fn.concurrencyLimit,
    provisionedConcurrency: fn.provisionedConcurrency,
    idleTimeoutSeconds: fn.idleTimeoutSeconds,
    scalingRateLimit: fn.scalingRateLimit,
    databaseMode: s.database.mode,
    databaseLatencyMs: s.database.latencyMs,
    freeTier: s.pricing.freeTier,
    asyncEnabled: s.async.enabled,
    consumerConcurrency: s.async.consumerConcurrency,
    serverEnabled: s.server.enabled,
    instanceType: s.server.instanceType as InstanceType,
    warmupSeconds: s.server.warmupSeconds,
    loadBalancer: s.server.loadBalancer,
  };
}

/** "$0.0000166667", "$0.0816": a price exactly as facts.ts holds it (no rounding, no exponent). */
export function formatPrice(usd: number): string {
  if (usd === 0) return '$0';
  const decimals = Math.min(20, Math.max(2, 9 - Math.floor(Math.log10(Math.abs(usd)))));
  let text = Math.abs(usd).toFixed(decimals).replace(/0+$/, '');
  if (/\.\d?$/.test(text)) text = Math.abs(usd).toFixed(2);
  return `${usd < 0 ? '-' : ''}$${text}`;
}

function big(n: number): string {
  if (n >= 1e9 && n % 1e8 === 0) return `${n / 1e9}B`;
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  return formatCount(n);
}

/** Tier table in words: "$0.0000166667 up to 6B, $0.000015 up to 15B, $0.0000133334 above". */
export function formatTiers(t: TieredFact): string {
  return t.tiers.map((tier) => `${formatPrice(tier.priceUsd)} ${tier.upTo === Infinity ? 'above' : `up to ${big(tier.upTo)}`}`).join(', ');
}

function fromFact(id: string, group: string, name: string, f: Fact, value: string, note?: string): SourceRow {
  return { id, group, name, value, unit: f.unit, source: f.source, date: f.date, kind: f.kind, note: note ?? f.note };
}

function fromTiered(id: string, group: string, name: string, f: TieredFact): SourceRow {
  return { id, group, name, value: formatTiers(f), unit: f.unit, source: f.source, date: f.date, kind: f.kind, note: f.note };
}

/**
 * A fact the scene may override: the scene's value as a model choice, or the fact itself when
 * the scene leaves it (or sets it to the fact's own value). Both are shown with `format`.
 */
function maybeOverridden(id: string, group: string, name: string, f: Fact, override: number | undefined, format: (v: number) => string): SourceRow {
  const factValue = format(f.value);
  if (override === undefined || override === f.value) return fromFact(id, group, name, f, factValue);
  return {
    id,
    group,
    name,
    value: format(override),
    unit: f.unit,
    source: `set by this scene or by you; the default, ${factValue}, comes from: ${f.source}`,
    date: f.date,
    kind: 'assumption',
  };
}

const ms = (v: number) => `${formatCount(v)} ms${v >= 1000 ? ` (${formatDuration(v)})` : ''}`;

/**
 * The rows of the compute model in force when it is not on-demand Lambda (whose rows are the
 * group above, and stay: the queue's consumer is a Lambda function on every platform).
 */
function platformRows(s: SourceSettings): SourceRow[] {
  const rows: SourceRow[] = [];
  const n = s.maxConcurrencyPerInstance;
  const perInstance = (id: string, group: string, f: Fact) => maybeOverridden(id, group, 'Requests per instance at once', f, n, formatCount);
  if (s.platform === 'lambda-managed-instances') {
    const P = PLATFORM_FACTS.lmi;
    const M = 'Lambda Managed Instances';
    rows.push(perInstance('lmiConcurrency', M, P.concurrencyDefault));
    rows.push(fromFact('lmiConcurrencyMax', M, 'Requests per instance, at most', P.concurrencyMax, formatCount(P.concurrencyMax.value)));
    rows.push(fromFact('lmiMin', M, 'Execution environments, at least', P.minEnvironments, formatCount(P.minEnvironments.value)));
    rows.push(fromFact('lmiMax', M, 'Execution environments, at most', P.maxEnvironments, formatCount(P.maxEnvironments.value)));
    rows.push(fromFact('lmiScaling', M, 'Capacity can at most double in', P.scalingDoublingMs, ms(P.scalingDoublingMs.value)));
    rows.push(fromFact('lmiTarget', M, 'Target use of request slots', P.targetUtilization, `${P.targetUtilization.value * 100}%`));
    rows.push(maybeOverridden('lmiLaunch', M, 'Launching an environment', P.launchMs, s.coldStartOverrideMs, ms));
    rows.push(fromFact('lmiMemoryPerVcpu', M, 'Memory per vCPU', P.memoryPerVcpuMB, `${formatCount(P.memoryPerVcpuMB.value)} MB`));
    rows.push(fromFact('lmiVcpuHour', M, 'EC2 capacity, per vCPU-hour', P.vcpuHourPrice, formatPrice(P.vcpuHourPrice.value)));
    rows.push(fromFact('lmiFee', M, 'Management fee', P.managementFee, `${P.managementFee.value * 100}%`));
    rows.push(fromFact('lmiRequest', M, 'Request price', P.requestPrice, formatPrice(P.requestPrice.value)));
  } else if (s.platform === 'cloud-run') {
    const P = PLATFORM_FACTS.cloudRun;
    const C = 'Google Cloud Run';
    rows.push(perInstance('runConcurrency', C, P.concurrencyDefault));
    rows.push(fromFact('runConcurrencyMax', C, 'Requests per instance, at most', P.concurrencyMax, formatCount(P.concurrencyMax.value)));
    rows.push(fromFact('runVcpus', C, 'vCPUs per instance', P.vcpus, formatCount(P.vcpus.value)));
    rows.push(maybeOverridden('runStart', C, 'Starting an instance', P.startMs, s.coldStartOverrideMs, ms));
    rows.push(fromFact('runVcpuSecond', C, 'CPU price', P.vcpuSecondPrice, formatPrice(P.vcpuSecondPrice.value)));
    rows.push(fromFact('runGibSecond', C, 'Memory price', P.gibSecondPrice, formatPrice(P.gibSecondPrice.value)));
    rows.push(fromFact('runRequest', C, 'Request price', P.requestPrice, formatPrice(P.requestPrice.value)));
    rows.push(fromFact('runIncrement', C, 'Billing granularity', P.billingIncrementMs, ms(P.billingIncrementMs.value)));
    if (s.freeTier) {
      rows.push(fromFact('runFreeVcpu', C, 'Free tier: CPU', P.freeVcpuSeconds, formatCount(P.freeVcpuSeconds.value)));
      rows.push(fromFact('runFreeGib', C, 'Free tier: memory', P.freeGibSeconds, formatCount(P.freeGibSeconds.value)));
      rows.push(fromFact('runFreeRequests', C, 'Free tier: requests', P.freeRequests, formatCount(P.freeRequests.value)));
    }
  } else if (s.platform === 'cloudflare-workers') {
    const P = PLATFORM_FACTS.workers;
    const W = 'Cloudflare Workers';
    rows.push(perInstance('workersConcurrency', W, P.concurrencyDefault));
    rows.push(fromFact('workersConcurrencyMax', W, 'Requests per isolate, at most', P.concurrencyMax, formatCount(P.concurrencyMax.value)));
    rows.push(maybeOverridden('workersStart', W, 'Starting an isolate', P.startMs, s.coldStartOverrideMs, ms));
    rows.push(fromFact('workersRequest', W, 'Request price', P.requestPrice, formatPrice(P.requestPrice.value)));
    rows.push(fromFact('workersCpu', W, 'CPU time price', P.cpuMsPrice, formatPrice(P.cpuMsPrice.value)));
    rows.push(fromFact('workersPlan', W, 'Workers Paid plan', P.planUsd, formatPrice(P.planUsd.value)));
    rows.push(fromFact('workersIncludedRequests', W, 'Requests included', P.includedRequests, formatCount(P.includedRequests.value)));
    rows.push(fromFact('workersIncludedCpu', W, 'CPU time included', P.includedCpuMs, formatCount(P.includedCpuMs.value)));
    rows.push(fromFact('workersCpuLimit', W, 'CPU time per request, at most', P.cpuLimitMs, ms(P.cpuLimitMs.value)));
    rows.push(fromFact('workersMemory', W, 'Memory per isolate', P.memoryMB, `${formatCount(P.memoryMB.value)} MB`));
  }
  return rows;
}

/** Every parameter in force for these settings, grouped. */
export function sourceRows(s: SourceSettings): SourceRow[] {
  const rows: SourceRow[] = [];
  const arm = s.architecture === 'arm64';
  const L = 'AWS Lambda';

  rows.push(fromFact('lambdaRequest', L, 'Request price', PRICES.lambdaRequest, formatPrice(PRICES.lambdaRequest.value)));
  rows.push(fromTiered('lambdaDuration', L, `Compute price (${s.architecture})`, arm ? PRICES.lambdaDurationArm : PRICES.lambdaDurationX86));
  if (s.provisionedConcurrency > 0) {
    const enabled = arm ? PRICES.provisionedConcurrencyArm : PRICES.provisionedConcurrencyX86;
    const duration = arm ? PRICES.provisionedDurationArm : PRICES.provisionedDurationX86;
    rows.push(fromFact('provEnabled', L, 'Provisioned concurrency, while enabled', enabled, formatPrice(enabled.value)));
    rows.push(fromFact('provDuration', L, 'Provisioned concurrency, duration', duration, formatPrice(duration.value)));
  }
  const freeNote = s.freeTier ? 'Applied in this scene.' : 'Not applied in this scene (per-request figures never include it).';
  rows.push(fromFact('freeRequests', L, 'Free tier: requests', FREE_TIER.lambdaRequests, formatCount(FREE_TIER.lambdaRequests.value), freeNote));
  rows.push(fromFact('freeGbS', L, 'Free tier: compute', FREE_TIER.lambdaGbSeconds, formatCount(FREE_TIER.lambdaGbSeconds.value), freeNote));
  rows.push(fromFact('billing', L, 'Billing granularity', LIMITS.billingGranularityMs, ms(LIMITS.billingGranularityMs.value)));
  rows.push(fromFact('initBilled', L, 'Cold start (INIT) billed as duration, capped at', LIMITS.initBilledCapMs, ms(LIMITS.initBilledCapMs.value)));
  rows.push(
    fromFact(
      'memoryCpu',
      L,
      'CPU share of memory',
      LIMITS.memoryPerVcpuMB,
      formatCount(LIMITS.memoryPerVcpuMB.value),
      `Up to ${LIMITS.maxVcpus.value} vCPUs; memory ${formatCount(LIMITS.lambdaMemoryMinMB.value)}–${formatCount(LIMITS.lambdaMemoryMaxMB.value)} MB. This scene: ${formatCount(s.memoryMB)} MB ≈ ${(s.memoryMB / LIMITS.memoryPerVcpuMB.value).toFixed(2)} vCPU.`,
    ),
  );
  const rt = RUNTIMES[s.runtime];
  const [at128, at1024] = rt.initMeanMs[s.architecture];
  if (s.coldStartOverrideMs !== undefined) {
    rows.push({
      id: 'coldStart',
      group: L,
      name: 'Cold start (INIT), mean',
      value: ms(s.coldStartOverrideMs),
      unit: 'ms',
      source: `set by this scene; the ${rt.label} hello-world figure would be ${Math.round(coldStartMeanMs(s.runtime, s.architecture, s.memoryMB))} ms (${rt.source})`,
      date: rt.date,
      kind: 'assumption',
    });
  } else {
    rows.push({
      id: 'coldStart',
      group: L,
      name: `Cold start (INIT), mean, ${rt.label}`,
      value: `${Math.round(coldStartMeanMs(s.runtime, s.architecture, s.memoryMB))} ms`,
      unit: `ms at ${formatCount(s.memoryMB)} MB, ${s.architecture}`,
      source: rt.source,
      date: rt.date,
      kind: rt.kind,
      note: `${at128} ms at 128 MB, ${at1024} ms at 1,024 MB; in between, interpolated. Real functions are slower than hello-world.`,
    });
  }
  rows.push(fromFact('coldSpread', L, 'Cold start spread (p99 ÷ mean)', COLD_START_P99_TO_MEAN, String(COLD_START_P99_TO_MEAN.value)));
  rows.push(
    maybeOverridden('idle', L, 'Idle environment reclaimed after', LIMITS.idleTimeoutMs, s.idleTimeoutSeconds * 1000, ms),
  );
  rows.push(
    maybeOverridden('concurrency', L, 'Concurrency limit', LIMITS.accountConcurrency, s.concurrencyLimit, formatCount),
  );
  if (s.scalingRateLimit) {
    rows.push(
      fromFact(
        'scalingRate',
        L,
        'Scaling rate',
        LIMITS.scalingRateEnvironments,
        formatCount(LIMITS.scalingRateEnvironments.value),
        `Every ${formatDuration(LIMITS.scalingRateWindowMs.value)}.`,
      ),
    );
  } else {
    rows.push({
      id: 'scalingRate',
      group: L,
      name: 'Scaling rate',
      value: 'unlimited',
      unit: 'new concurrent executions',
      source: `switched off in this scene to show an unlimited platform; AWS: ${LIMITS.scalingRateEnvironments.source}`,
      date: LIMITS.scalingRateEnvironments.date,
      kind: 'assumption',
    });
  }

  rows.push(...platformRows(s));

  const G = 'API Gateway';
  rows.push(fromTiered('gatewayPrice', G, `${s.gatewayType === 'http' ? 'HTTP API' : 'REST API'} request price`, s.gatewayType === 'http' ? PRICES.httpApiRequest : PRICES.restApiRequest));
  rows.push(
    maybeOverridden('gatewayRate', G, 'Throttle, steady rate', LIMITS.gatewayRateLimitRps, s.gatewayRateLimitRps, formatCount),
  );
  rows.push(maybeOverridden('gatewayBurst', G, 'Throttle, burst', LIMITS.gatewayBurst, s.gatewayBurst, formatCount));
  rows.push(
    maybeOverridden('gatewayLatency', G, 'Added latency', LIMITS.gatewayLatencyMs, s.gatewayLatencyMs, ms),
  );
  const waitFact = s.gatewayType === 'http' ? LIMITS.gatewayTimeoutHttpMs : LIMITS.gatewayTimeoutRestMs;
  rows.push(fromFact('gatewayTimeout', G, 'Integration timeout (then 504)', waitFact, ms(waitFact.value)));

  const D = 'DynamoDB';
  if (s.databaseMode === 'onDemand') {
    rows.push(fromFact('dynamoRead', D, 'Read request unit', PRICES.dynamoReadRequestUnit, formatPrice(PRICES.dynamoReadRequestUnit.value)));
    rows.push(fromFact('dynamoWrite', D, 'Write request unit', PRICES.dynamoWriteRequestUnit, formatPrice(PRICES.dynamoWriteRequestUnit.value)));
  } else {
    rows.push(fromFact('dynamoRcu', D, 'Read capacity unit-hour', PRICES.dynamoRcuHour, formatPrice(PRICES.dynamoRcuHour.value)));
    rows.push(fromFact('dynamoWcu', D, 'Write capacity unit-hour', PRICES.dynamoWcuHour, formatPrice(PRICES.dynamoWcuHour.value)));
    rows.push(fromFact('dynamoBurst', D, 'Burst capacity kept', LIMITS.dynamoBurstSeconds, `${LIMITS.dynamoBurstSeconds.value} s of unused capacity`));
    if (s.freeTier) rows.push(fromFact('dynamoFree', D, 'Free tier: provisioned capacity', FREE_TIER.dynamoCapacityUnits, '25 RCU + 25 WCU'));
  }
  rows.push(
    maybeOverridden('dynamoLatency', D, 'Latency per operation', LIMITS.dynamoLatencyMs, s.databaseLatencyMs, ms),
  );
  rows.push(fromFact('dynamoSpread', D, 'Latency spread (p99 ÷ mean)', DB_LATENCY_P99_TO_MEAN, String(DB_LATENCY_P99_TO_MEAN.value)));

  const Q = 'Queues, notifications and files';
  rows.push(fromFact('sqs', Q, 'SQS request', PRICES.sqsRequest, formatPrice(PRICES.sqsRequest.value)));
  rows.push(fromFact('sns', Q, 'SNS publish', PRICES.snsPublish, formatPrice(PRICES.snsPublish.value)));
  rows.push(fromFact('sqsChunk', Q, 'SQS: payload per billed request', LIMITS.sqsChunkKB, `${LIMITS.sqsChunkKB.value} KB`));
  rows.push(fromFact('snsChunk', Q, 'SNS: payload per billed publish', LIMITS.snsChunkKB, `${LIMITS.snsChunkKB.value} KB`));
  rows.push(fromFact('sqsPollers', Q, 'Queue consumers at first', LIMITS.sqsPollersInitial, formatCount(LIMITS.sqsPollersInitial.value)));
  rows.push(fromFact('sqsGrowth', Q, 'Queue consumers added per minute of backlog', LIMITS.sqsPollerGrowthPerMinute, formatCount(LIMITS.sqsPollerGrowthPerMinute.value)));
  rows.push(
    maybeOverridden('sqsMax', Q, 'Queue consumers at most', LIMITS.sqsMaxConcurrentBatches, s.consumerConcurrency, formatCount),
  );
  if (s.freeTier) {
    rows.push(fromFact('sqsFree', Q, 'Free tier: SQS', FREE_TIER.sqsRequests, formatCount(FREE_TIER.sqsRequests.value)));
    rows.push(fromFact('snsFree', Q, 'Free tier: SNS', FREE_TIER.snsPublishes, formatCount(FREE_TIER.snsPublishes.value)));
  }
  rows.push(fromFact('s3Get', Q, 'S3 GET', PRICES.s3Get, formatPrice(PRICES.s3Get.value)));
  rows.push(fromFact('s3Put', Q, 'S3 PUT', PRICES.s3Put, formatPrice(PRICES.s3Put.value)));
  rows.push(fromFact('s3Latency', Q, 'S3 latency per request', LIMITS.s3LatencyMs, ms(LIMITS.s3LatencyMs.value)));

  const S = 'Always-on alternative';
  const inst = INSTANCES[s.instanceType];
  rows.push(fromFact('instance', S, `${s.instanceType} instance`, inst, formatPrice(inst.value), s.serverEnabled ? undefined : 'The always-on comparison is off in this scene.'));
  if (s.loadBalancer) {
    rows.push(fromFact('albHour', S, 'Application Load Balancer', PRICES.albHour, formatPrice(PRICES.albHour.value)));
    rows.push(fromFact('albLcu', S, 'Load Balancer capacity unit', PRICES.albLcuHour, formatPrice(PRICES.albLcuHour.value)));
  }
  rows.push(
    maybeOverridden('warmup', S, 'Time to add an instance', LIMITS.serverWarmupMs, s.warmupSeconds * 1000, ms),
  );
  return rows;
}
