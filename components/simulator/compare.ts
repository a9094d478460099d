/**
 * Compare mode: two runs of the same traffic, A (the reader's scenario) and B (A with one thing
 * changed), fed the identical arrivals (same seed, same traffic, same live changes, advanced in
 * lockstep by one worker: simHost.ts). This module is the choice of what B changes, its URL form
 * (`compare=memory:2048`, `compare=provisioned:10`, `compare=queue`, `compare=platform:cloud-run`),
 * the patch it puts over A's scenario, and the sentence that states the difference. Pure: no React.
 */
import type { Scenario, ScenarioInput, Snapshot } from '@/simulations';
import { PLATFORM_CONCURRENCY, PLATFORMS, type Platform } from '@/simulations/defaults';
import { LIMITS } from '@/simulations/facts';
import { formatCount, formatMs, formatUsd } from './format';

export const COMPARE_KINDS = ['platform', 'memory', 'provisioned', 'queue'] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];

export type CompareChoice =
  /** B runs on another compute model (its own per-instance concurrency default, no provisioned concurrency off Lambda). */
  | { kind: 'platform'; platform: Platform }
  /** B's function has this much memory (and CPU with it). */
  | { kind: 'memory'; memoryMB: number }
  /** B keeps this many environments provisioned (0: provisioned concurrency off). */
  | { kind: 'provisioned'; environments: number }
  /** B turns the queue (SNS/SQS and its consumer) on where A has it off, and off where A has it on. */
  | { kind: 'queue' };

/** What the picker offers for each kind, and what a new comparison starts with. */
export const COMPARE_MEMORY_MB = [LIMITS.lambdaMemoryMinMB.value, 256, 512, 1024, LIMITS.memoryPerVcpuMB.value, 2048, 3008, 4096, LIMITS.lambdaMemoryMaxMB.value];
export const COMPARE_PROVISIONED = [0, 5, 10, 25, 50, 100, 250] as const;
export const COMPARE_KIND_LABEL: Record<CompareKind, string> = {
  platform: 'Platform',
  memory: 'Memory',
  provisioned: 'Provisioned concurrency',
  queue: 'Direct or through a queue',
};

/** Each compute model's name as the page says it. */
export const PLATFORM_NAME: Record<Platform, string> = {
  lambda: 'Lambda, on demand',
  'lambda-managed-instances': 'Lambda Managed Instances',
  'cloud-run': 'Google Cloud Run',
  'cloudflare-workers': 'Cloudflare Workers',
};

/** The comparison a reader gets first for each kind, given A's scenario (B must differ from A). */
export function defaultChoice(kind: CompareKind, a: Scenario): CompareChoice {
  switch (kind) {
    case 'platform':
      return { kind, platform: a.platform === 'cloud-run' ? 'lambda' : 'cloud-run' };
    case 'memory':
      return { kind, memoryMB: a.function.memoryMB === 2048 ? 512 : 2048 };
    case 'provisioned':
      return { kind, environments: a.function.provisionedConcurrency > 0 ? 0 : 10 };
    case 'queue':
      return { kind };
  }
}

/** The patch that turns A's scenario into B's. */
export function variantPatch(choice: CompareChoice, a: Scenario): ScenarioInput {
  switch (choice.kind) {
    case 'platform':
      // B takes its platform's own per-instance default, not A's; provisioned concurrency is Lambda's alone.
      return {
        platform: choice.platform,
        function: {
          maxConcurrencyPerInstance: PLATFORM_CONCURRENCY[choice.platform].default,
          ...(choice.platform === 'lambda' ? {} : { provisionedConcurrency: 0 }),
        },
      };
    case 'memory':
      return { function: { memoryMB: choice.memoryMB } };
    case 'provisioned':
      return { function: { provisionedConcurrency: choice.environments } };
    case 'queue':
      return { async: { enabled: !a.async.enabled } };
  }
}

/** A patch for B from one meant for A: where the variant sets a field the patch also sets, B keeps the variant's value. */
export function overlayPatch(patch: ScenarioInput, variant: ScenarioInput): ScenarioInput {
  const out: Record<string, unknown> = { ...(patch as Record<string, unknown>) };
  const v = variant as Record<string, unknown>;
  for (const [k, value] of Object.entries(out)) {
    if (!Object.hasOwn(v, k)) continue;
    const mine = v[k];
    out[k] =
      value && typeof value === 'object' && !Array.isArray(value) && mine && typeof mine === 'object' && !Array.isArray(mine)
        ? overlayPatch(value as ScenarioInput, mine as ScenarioInput)
        : mine;
  }
  return out as ScenarioInput;
}

/** How a run is set up, in a few words, for the side's heading: "1,024 MB, direct". */
export function setupWords(choice: CompareChoice, s: Scenario): string {
  switch (choice.kind) {
    case 'platform':
      return s.function.maxConcurrencyPerInstance > 1
        ? `${PLATFORM_NAME[s.platform]}, up to ${formatCount(s.function.maxConcurrencyPerInstance)} requests per instance`
        : PLATFORM_NAME[s.platform];
    case 'memory':
      return `${formatCount(s.function.memoryMB)} MB`;
    case 'provisioned':
      return s.function.provisionedConcurrency > 0 ? `${formatCount(s.function.provisionedConcurrency)} provisioned` : 'no provisioned concurrency';
    case 'queue':
      return s.async.enabled ? 'with a queue' : 'direct, no queue';
  }
}

// ------------------------------------------------------------------ the URL form

/** `compare=…` as the URL writes it. */
export function serializeChoice(c: CompareChoice): string {
  switch (c.kind) {
    case 'platform':
      return `platform:${c.platform}`;
    case 'memory':
      return `memory:${c.memoryMB}`;
    case 'provisioned':
      return `provisioned:${c.environments}`;
    case 'queue':
      return 'queue';
  }
}

const WHOLE = /^\d{1,6}$/;
export const COMPARE_USAGE = `platform:<${PLATFORMS.join('|')}>, memory:<MB>, provisioned:<environments>, or queue`;

/**
 * `compare=…` read back, or why not. Only the form is checked here: the engine's schema checks
 * the value (memory's range, provisioned concurrency against the function's limit), and a link it
 * refuses runs without the comparison, saying so (the store's rejectReset).
 */
export function parseChoice(raw: string): { choice: CompareChoice } | { error: string } {
  const [kind, value, extra] = raw.trim().split(':');
  if (extra !== undefined) return { error: `it must be ${COMPARE_USAGE}` };
  switch (kind) {
    case 'platform':
      if (value === undefined || !(PLATFORMS as readonly string[]).includes(value)) return { error: `platform takes one of ${PLATFORMS.join(', ')}` };
      return { choice: { kind, platform: value as Platform } };
    case 'memory':
      if (value === undefined || !WHOLE.test(value)) return { error: 'memory takes a whole number of MB, as in memory:2048' };
      return { choice: { kind, memoryMB: Number(value) } };
    case 'provisioned':
      if (value === undefined || !WHOLE.test(value)) return { error: 'provisioned takes a whole number of environments, as in provisioned:10' };
      return { choice: { kind, environments: Number(value) } };
    case 'queue':
      return value === undefined ? { choice: { kind } } : { error: 'queue takes no value' };
    default:
      return { error: `it must be ${COMPARE_USAGE}` };
  }
}

// ------------------------------------------------------------------ the numbers side by side

export interface CompareMetric {
  id: 'requests' | 'completed' | 'throttled' | 'coldStarts' | 'p95' | 'instances' | 'peakInstances' | 'cost' | 'perMillion';
  label: string;
  value: (s: Snapshot) => number;
  format: (n: number) => string;
}

/** The rows of the comparison table, read from each run's frame. */
export const COMPARE_METRICS: readonly CompareMetric[] = [
  { id: 'requests', label: 'Requests', value: (s) => s.totals.arrivals, format: formatCount },
  { id: 'completed', label: 'Completed', value: (s) => s.totals.completed, format: formatCount },
  { id: 'throttled', label: 'Throttled or failed', value: (s) => s.totals.throttled, format: formatCount },
  { id: 'coldStarts', label: 'Cold starts', value: (s) => s.totals.coldStarts, format: formatCount },
  { id: 'p95', label: 'p95 latency', value: (s) => s.latency.p95, format: formatMs },
  { id: 'instances', label: 'Instances now', value: (s) => s.counts.live, format: formatCount },
  { id: 'cost', label: 'Cost so far', value: (s) => s.cost.total, format: formatUsd },
  { id: 'perMillion', label: 'Cost per million requests', value: (s) => s.cost.perMillionRequests, format: formatUsd },
];

/**
 * The difference in one or two sentences, from the same numbers the table shows: cost first (as a
 * percentage of A's), then cold starts, then throttled requests and p95 latency where they differ.
 * "B cost 38% less than A ($0.41 against $0.66) and had 0 cold starts against 41."
 */
export function describeDifference(a: Snapshot, b: Snapshot): string {
  if (a.totals.arrivals === 0) return 'No requests yet: press Play, or raise the traffic.';
  const costA = a.cost.total;
  const costB = b.cost.total;
  let cost: string;
  if (costA === 0 && costB === 0) cost = 'Neither has cost anything yet';
  else if (costA === 0) cost = `B cost ${formatUsd(costB)} where A cost nothing`;
  else {
    const pct = Math.round((Math.abs(costB - costA) / costA) * 100);
    cost =
      pct === 0
        ? `B cost the same as A to the percent (${formatUsd(costB)} against ${formatUsd(costA)})`
        : `B cost ${pct}% ${costB < costA ? 'less' : 'more'} than A (${formatUsd(costB)} against ${formatUsd(costA)})`;
  }
  const had = costA === 0 && costB === 0 ? '; B had' : ' and had';
  const colds =
    a.totals.coldStarts === b.totals.coldStarts
      ? `${costA === 0 && costB === 0 ? '; both had' : ' and had'} the same number of cold starts (${formatCount(a.totals.coldStarts)}).`
      : `${had} ${formatCount(b.totals.coldStarts)} cold ${b.totals.coldStarts === 1 ? 'start' : 'starts'} against ${formatCount(a.totals.coldStarts)}.`;
  const more: string[] = [];
  if (a.totals.throttled !== b.totals.throttled) more.push(`B throttled or failed ${formatCount(b.totals.throttled)} ${b.totals.throttled === 1 ? 'request' : 'requests'} against ${formatCount(a.totals.throttled)}`);
  if (a.totals.completed > 0 && b.totals.completed > 0 && formatMs(a.latency.p95) !== formatMs(b.latency.p95))
    more.push(`its p95 latency was ${formatMs(b.latency.p95)} against ${formatMs(a.latency.p95)}`);
  return `${cost}${colds}${more.length > 0 ? ` ${capitalize(more.join(', and '))}.` : ''}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
