/**
 * One request's trace as a waterfall (phases on a shared ms scale), why it was refused (if it
 * was), and what the request cost, term by term, in words. The engine prices the request
 * (`trace.costParts`, billing.ts); this only lays it out. Pure, so it is unit-tested.
 */
import type { RequestTrace, ThrottleCause } from '@/simulations/types';
import { LIMITS } from '@/simulations/facts';
import { pipelineNodes, type Skin } from '@/components/pipeline/graph';
import { formatCount } from '@/components/simulator/format';
import { formatUsd } from '@/components/simulator/format';

export type PhaseKey = 'gateway' | 'wait' | 'init' | 'handler' | 'database';

export interface PhaseSegment {
  startMs: number;
  ms: number;
}

export interface PhaseRow {
  key: PhaseKey;
  label: string;
  /** Total time in this phase (the gateway's inbound and outbound hops together). */
  ms: number;
  segments: PhaseSegment[];
  /** A short remark shown beside the value, e.g. "warm: no cold start", "in 5 + out 5". */
  note?: string;
}

export interface Waterfall {
  rows: PhaseRow[];
  /** The scale's end: the request's total time (at least the sum of its phases). */
  scaleMs: number;
  /** Where a throttled request was turned away, on the same scale. */
  rejectedAtMs?: number;
}

const title = (id: 'gateway' | 'database', skin: Skin) => pipelineNodes.find((n) => n.id === id)!.label[skin].title;

/** Phase names per skin; gateway and database use the diagram's own labels. */
export function phaseLabel(key: PhaseKey, skin: Skin): string {
  switch (key) {
    case 'gateway':
      return title('gateway', skin);
    case 'database':
      return title('database', skin);
    case 'wait':
      return skin === 'kitchen' ? 'Waiting for a station' : 'Waiting for an environment';
    case 'init':
      return skin === 'kitchen' ? 'Setting up the station' : 'Cold start (INIT)';
    case 'handler':
      return skin === 'kitchen' ? 'Cooking' : 'Handler';
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The phase where each cause ends a request: refused at the gateway (API Gateway's throttle, or
 * Lambda refusing the invoke), failed in the handler (its timeout, or the gateway giving up on
 * it), or failed at the database.
 */
export const FAILED_AT: Record<ThrottleCause, 'gateway' | 'handler' | 'database'> = {
  gateway: 'gateway',
  concurrency: 'gateway',
  scalingRate: 'gateway',
  database: 'database',
  timeout: 'handler',
  gatewayTimeout: 'handler',
};

/** Refused before any function ran: by API Gateway's throttle, or by Lambda (concurrency, scaling rate). */
export function refusedBeforeFunction(t: RequestTrace): boolean {
  return t.throttleCause !== undefined && FAILED_AT[t.throttleCause] === 'gateway';
}

/** The kitchen's word for a status: a 502 was cooked (and billed) but failed, a 504 waited too long; 429 and 500 never reached a stove. */
export function kitchenStatus(status: RequestTrace['status']): string {
  return status === 200 ? 'served' : status === 502 ? 'failed' : status === 504 ? 'gave up waiting' : 'turned away';
}

/** The status as a client would read it: "200 OK", "429 Too Many Requests", "500 Internal Server Error"… */
export function statusText(status: RequestTrace['status']): string {
  switch (status) {
    case 200:
      return '200 OK';
    case 429:
      return '429 Too Many Requests';
    case 500:
      return '500 Internal Server Error';
    case 502:
      return '502 Bad Gateway';
    case 504:
      return '504 Gateway Timeout';
  }
}

/** The phases of a trace, in order, with their offsets from arrival. */
export function waterfall(t: RequestTrace, skin: Skin): Waterfall {
  const rows: PhaseRow[] = [];
  if (refusedBeforeFunction(t)) {
    // Turned away before any function ran: the only time spent is reaching the gateway (or the invoke).
    rows.push({ key: 'gateway', label: phaseLabel('gateway', skin), ms: t.gatewayMs, segments: [{ startMs: 0, ms: t.gatewayMs }] });
    const scaleMs = Math.max(t.totalMs, t.gatewayMs);
    return { rows, scaleMs, rejectedAtMs: scaleMs };
  }
  const gwIn = t.gatewayMs / 2;
  const gwOut = t.gatewayMs - gwIn;
  let at = gwIn;
  const wait = { startMs: at, ms: t.waitMs };
  at += t.waitMs;
  const init = { startMs: at, ms: t.initMs };
  at += t.initMs;
  const handler = { startMs: at, ms: t.handlerMs };
  at += t.handlerMs;
  const db = { startMs: at, ms: t.databaseMs };
  at += t.databaseMs;
  const out = { startMs: at, ms: gwOut };
  at += gwOut;
  rows.push({
    key: 'gateway',
    label: phaseLabel('gateway', skin),
    ms: t.gatewayMs,
    segments: [{ startMs: 0, ms: gwIn }, out],
    note: t.gatewayMs > 0 ? `${round1(gwIn)} ms in, ${round1(gwOut)} ms back` : undefined,
  });
  if (t.waitMs > 0) rows.push({ key: 'wait', label: phaseLabel('wait', skin), ms: t.waitMs, segments: [wait] });
  rows.push({
    key: 'init',
    label: phaseLabel('init', skin),
    ms: t.initMs,
    segments: t.initMs > 0 ? [init] : [],
    note: t.coldStart || t.initMs > 0 ? undefined : skin === 'kitchen' ? 'none: a station was free' : 'none: a warm environment was free',
  });
  rows.push({
    key: 'handler',
    label: phaseLabel('handler', skin),
    ms: t.handlerMs,
    segments: [handler],
    note:
      t.throttleCause === 'timeout'
        ? skin === 'kitchen'
          ? 'out of time: the order failed'
          : 'timed out'
        : t.throttleCause === 'gatewayTimeout'
          ? skin === 'kitchen'
            ? 'the customer left before it was done'
            : `ran on after the 504 at ${msText(t.totalMs)}`
          : undefined,
  });
  rows.push({
    key: 'database',
    label: phaseLabel('database', skin),
    ms: t.databaseMs,
    segments: [db],
    note: t.throttleCause === 'database' ? (skin === 'kitchen' ? 'could not keep up: the order failed' : 'throttled') : undefined,
  });
  const scaleMs = Math.max(t.totalMs, at);
  // A 504 reached the client while the function ran on: mark when it was sent.
  return { rows, scaleMs, rejectedAtMs: t.status === 200 ? undefined : t.throttleCause === 'gatewayTimeout' ? t.totalMs : scaleMs };
}

/** Why a request was refused, and what its client received, in a sentence or two. */
export function throttleExplanation(cause: ThrottleCause | undefined, skin: Skin): string {
  const k = skin === 'kitchen';
  const perWindow = `${formatCount(LIMITS.scalingRateEnvironments.value)} new environments every ${LIMITS.scalingRateWindowMs.value / 1000} seconds`;
  switch (cause) {
    case 'gateway':
      return k
        ? 'The host stand was swamped: more customers arrived per second than it takes (a steady pace plus a short burst allowance), so this one was turned away at the door before reaching any station.'
        : 'API Gateway’s throttle (steady rate and burst) was exceeded, so the gateway itself answered 429 Too Many Requests before any function ran.';
    case 'concurrency':
      return k
        ? 'The kitchen already had every station it is allowed, all cooking or being set up, so this customer was turned away.'
        : 'The concurrency limit was reached: every allowed execution environment was busy, so Lambda refused the invoke with 429 TooManyRequestsException. API Gateway passes no Lambda refusal on as such: the client got 500 Internal Server Error.';
    case 'scalingRate':
      return k
        ? 'Stations could not be set up fast enough for the rush, so this customer was turned away.'
        : `Lambda could not add environments fast enough (a function scales by at most ${perWindow}), so it refused the invoke with 429 TooManyRequestsException, and API Gateway answered the client 500 Internal Server Error.`;
    case 'database':
      return k
        ? 'The pantry could not hand out stock fast enough, so the order failed after cooking.'
        : 'DynamoDB’s provisioned capacity was used up, so it refused the call (ProvisionedThroughputExceededException). The handler ran and failed with it, and API Gateway answered the client 502 Bad Gateway.';
    case 'timeout':
      return k
        ? 'The dish took longer than a cook is allowed to spend on one order, so the cook stopped and the order failed (the time was still paid).'
        : 'The handler ran past the function’s timeout, so Lambda stopped it (“Task timed out”), billed up to the timeout, and API Gateway answered the client 502 Bad Gateway.';
    case 'gatewayTimeout':
      return k
        ? 'The order took longer than the host stand lets a customer wait, so the customer was told to give up, while the cook finished the dish anyway (and it was paid).'
        : `API Gateway stopped waiting for the function (${formatCount(LIMITS.gatewayTimeoutHttpMs.value / 1000)} s for an HTTP API, ${formatCount(LIMITS.gatewayTimeoutRestMs.value / 1000)} s for a REST API) and answered the client 504 Gateway Timeout. The function ran on to its end, and was billed for all of it.`;
    default:
      return k ? 'The kitchen was too busy and turned this customer away.' : 'The request was throttled.';
  }
}

export interface CostTerm {
  label: string;
  usd: number;
}

/**
 * The request's cost as the engine priced it, part by part (`trace.costParts`: first-tier prices,
 * no free tier), in words; parts that cost nothing are left out.
 */
export function costTerms(t: RequestTrace, skin: Skin = 'cloud'): CostTerm[] {
  const k = skin === 'kitchen';
  const p = t.costParts;
  const gateway: CostTerm = { label: k ? 'host stand' : 'API Gateway', usd: p.gateway };
  const b = t.billed;
  if (!b) return p.gateway > 0 ? [gateway] : [];
  const billed = `${formatCount(b.memoryMB)} MB × ${formatCount(b.initMs + b.runMs)} ms billed`;
  const how = b.provisioned
    ? k
      ? ', at the kept-ready rate'
      : ', provisioned rate'
    : b.initMs > 0
      ? k
        ? ', set-up included'
        : ', cold start included'
      : '';
  const terms: CostTerm[] = [
    { label: k ? 'order fee' : 'request fee', usd: p.functionRequest },
    { label: k ? `cooking time (${billed}${how})` : `compute (${billed}${how})`, usd: p.functionCompute },
    gateway,
  ];
  if (p.database > 0) terms.push({ label: k ? 'pantry trips' : 'DynamoDB requests', usd: p.database });
  if (p.s3 > 0) terms.push({ label: k ? 'store-room trips' : 'S3 requests', usd: p.s3 });
  return terms;
}

/** One line explaining the cost. */
export function costNote(t: RequestTrace, skin: Skin = 'cloud'): string {
  const k = skin === 'kitchen';
  if (t.throttleCause === 'gateway') return k ? 'Turned away at the door: nothing is billed.' : 'Turned away by the gateway itself: nothing is billed.';
  if (refusedBeforeFunction(t)) {
    return k
      ? `The host stand charges for the order (${formatUsd(t.costUsd)}); the stations charge nothing, because nothing was cooked.`
      : `API Gateway bills the request (${formatUsd(t.costUsd)}); Lambda bills nothing, because no function ran.`;
  }
  return `${costTerms(t, skin)
    .map((x) => `${formatUsd(x.usd)} ${x.label}`)
    .join(' + ')}. First-tier prices, no free tier.`;
}

/** The newest `max` traces, newest first (the engine's ring is not in order). */
export function recentTraces(traces: readonly RequestTrace[] | undefined, max = 20): RequestTrace[] {
  if (!traces || traces.length === 0) return [];
  return [...traces].sort((a, b) => b.arrivalMs - a.arrivalMs || b.id - a.id).slice(0, max);
}

/** Same requests in the same order (ids repeat after a restart, so arrival times are compared too). */
export function sameTraces(a: readonly RequestTrace[], b: readonly RequestTrace[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id || a[i].arrivalMs !== b[i].arrivalMs) return false;
  return true;
}

/** A one-line name for a trace: "Request 123: 200 OK, 143 ms, cold start" or "Request 9: 500, Lambda throttled, 12 ms". */
export function traceLabel(t: RequestTrace, skin: Skin): string {
  const k = skin === 'kitchen';
  const parts = [
    t.status === 200 ? (k ? 'served' : '200 OK') : k ? kitchenStatus(t.status) : `${t.status}, ${REFUSED_BY[t.throttleCause ?? 'gateway']}`,
    msText(t.totalMs),
  ];
  if (t.coldStart) parts.push(k ? 'station set up for it' : 'cold start');
  if (t.manual) parts.push(k ? 'your order' : 'sent by you');
  return `${k ? 'Order' : 'Request'} ${t.id}: ${parts.join(', ')}`;
}

const REFUSED_BY: Record<ThrottleCause, string> = {
  gateway: 'gateway throttled',
  concurrency: 'Lambda throttled',
  scalingRate: 'Lambda throttled',
  database: 'database throttled',
  timeout: 'function timed out',
  gatewayTimeout: 'gateway timed out',
};

/** Milliseconds, always in ms: "4.2 ms", "143 ms", "1,204 ms". */
export function msText(ms: number): string {
  return ms < 10 ? `${Math.round(ms * 10) / 10} ms` : `${formatCount(Math.round(ms))} ms`;
}
