/**
 * What each node of the live diagram says, as selectors of the simulator's state: one home for
 * the words, read by both live drawings (React Flow's nodes on the site, LivePipelineSvg in embeds).
 * Each returns a string (or null), so a component re-renders only when its words change.
 */
import { CLIENT_STATUS, type ThrottleCause } from '@/simulations/types';
import { formatCount, formatRate } from '@/components/simulator/format';
import { shownSettings, type SimulatorState } from '@/components/simulator/store';
import { FUNCTION_WORDS, PLATFORM_NODE_WORDS } from './cells';
import { pipelineNodes, type PipelineNodeId } from './graph';

type State = Pick<SimulatorState, 'params' | 'snapshot' | 'scenario' | 'settings'>;

const label = (id: PipelineNodeId) => pipelineNodes.find((n) => n.id === id)!.label;

/** A node's name in the reader's view (the nodes whose name does not change with the platform). */
export function nodeTitle(id: PipelineNodeId, s: State): string {
  return label(id)[s.params.skin].title;
}

/** The client: the current arrival rate. */
export function clientSubtitle(s: State): string {
  const rps = s.snapshot?.requestsPerSecond ?? 0;
  return s.params.skin === 'kitchen' ? `ordering ${formatRate(rps)}` : `${formatRate(rps)} sent`;
}

/** The front door's name: API Gateway in front of Lambda, the platform's own endpoint elsewhere. */
export function gatewayTitle(s: State): string {
  if (s.params.skin === 'kitchen') return label('gateway').kitchen.title;
  return PLATFORM_NODE_WORDS[shownSettings(s).platform].gateway?.title ?? label('gateway').cloud.title;
}

export function gatewaySubtitle(s: State): string {
  if (s.params.skin === 'kitchen') return label('gateway').kitchen.subtitle;
  const settings = shownSettings(s);
  return PLATFORM_NODE_WORDS[settings.platform].gateway?.subtitle ?? `${settings.gateway.type === 'rest' ? 'REST' : 'HTTP'} API`;
}

/** Refusal causes, and the statuses their clients see (429, 500, 502, 504), grouped by `CLIENT_STATUS` itself. */
const CAUSES = Object.keys(CLIENT_STATUS) as ThrottleCause[];
const STATUSES = [...new Set(CAUSES.map((c) => CLIENT_STATUS[c]))].sort((x, y) => x - y);

/**
 * What the front door answered the clients it could not serve ('' while it has served them all).
 * Its own throttle answers 429; a Lambda refusal (concurrency, scaling rate) reaches the client as
 * 500, a failed or timed-out handler as 502, and a function that outlasts the gateway's wait as
 * 504 (`CLIENT_STATUS`). The kitchen says turned away (429, 500) and failed (502 and 504: cooking
 * had started).
 */
export function gatewayRefusals(s: State): string {
  const totals = s.snapshot?.totals;
  if (!totals || totals.throttled <= 0) return '';
  const by = STATUSES.map((status) => CAUSES.reduce((n, c) => (CLIENT_STATUS[c] === status ? n + totals.throttledBy[c] : n), 0));
  if (s.params.skin === 'kitchen') {
    const failed = (by[STATUSES.indexOf(CLIENT_STATUS.database)] ?? 0) + (by[STATUSES.indexOf(CLIENT_STATUS.gatewayTimeout)] ?? 0);
    const turnedAway = totals.throttled - failed;
    return [turnedAway > 0 ? `${formatCount(turnedAway)} turned away` : '', failed > 0 ? `${formatCount(failed)} failed` : ''].filter(Boolean).join(' · ');
  }
  return STATUSES.map((status, i) => (by[i] > 0 ? `${formatCount(by[i])} × ${status}` : ''))
    .filter(Boolean)
    .join(' · ');
}

/** Whether an instance takes several requests at once (its cell fills as it fills). */
export function manyPerInstance(s: State): boolean {
  return (s.snapshot?.environments[0]?.capacity ?? 1) > 1;
}

/** The function's name on its platform (the kitchen's stations on every one). */
export function functionTitle(s: State): string {
  return s.params.skin === 'kitchen' ? label('function').kitchen.title : PLATFORM_NODE_WORDS[shownSettings(s).platform].function;
}

export function functionSubtitle(s: State): string {
  const words = FUNCTION_WORDS[s.params.skin];
  return manyPerInstance(s) ? words.many : words.subtitle;
}

/** "3 busy · 1 idle · 0 starting". */
export function functionCounts(s: State): string {
  const c = s.snapshot?.counts;
  const words = FUNCTION_WORDS[s.params.skin];
  return `${formatCount(c?.busy ?? 0)} ${words.busy} · ${formatCount(c?.idle ?? 0)} ${words.idle} · ${formatCount(c?.initializing ?? 0)} ${words.starting}`;
}

/** The statelessness scene: each environment shows its own in-memory counter. */
export function showsMemoryCounters(s: State): boolean {
  return s.params.preset === 'statelessness';
}

/** The database: its capacity mode, or in the statelessness scene the counter that stays right. */
export function databaseSubtitle(s: State): string {
  if (showsMemoryCounters(s)) return `counter: ${formatCount(s.snapshot?.databaseCounter ?? 0)}`;
  if (s.params.skin === 'kitchen') return label('database').kitchen.subtitle;
  return shownSettings(s).database.mode === 'onDemand' ? 'on-demand' : 'provisioned capacity';
}

const NOTHING_YET = { queueDepth: 0, consumersBusy: 0, snsPublished: 0 };

/**
 * S3, SQS or SNS beside the function: what it is doing, or null while the scenario does not use
 * it (drawn dimmed, "· off"). The consumer function is not drawn: its running batches ride on the
 * queue's line.
 */
export function serviceDetail(id: 's3' | 'sqs' | 'sns', s: State): string | null {
  const sc = shownSettings(s);
  // Off unless the settings shown turn it on; before the run's first frame, on with nothing in it yet.
  const a = sc.async.enabled ? (s.snapshot?.async ?? NOTHING_YET) : null;
  const kitchen = s.params.skin === 'kitchen';
  if (id === 'sqs') return a && sc.async.sqs ? `${formatCount(a.queueDepth)} waiting · ${formatCount(a.consumersBusy)} ${kitchen ? (a.consumersBusy === 1 ? 'cook busy' : 'cooks busy') : a.consumersBusy === 1 ? 'batch running' : 'batches running'}` : null;
  if (id === 'sns') return a && sc.async.sns ? `${formatCount(a.snsPublished)} ${kitchen ? 'rung' : 'published'}` : null;
  const calls = sc.s3.readsPerRequest + sc.s3.writesPerRequest;
  if (calls === 0) return null;
  return kitchen ? `${calls} trip${calls === 1 ? '' : 's'} per order` : `${calls} call${calls === 1 ? '' : 's'} per request`;
}

/** A service's subtitle: its detail, or its description marked off. */
export function serviceSubtitle(id: 's3' | 'sqs' | 'sns', s: State): string {
  return serviceDetail(id, s) ?? `${label(id)[s.params.skin].subtitle} · off`;
}

/** With reduced motion, a sync edge's count of refusals is named as the kitchen or the cloud would. */
export function refusedWord(kitchen: boolean, edge: string): string {
  return kitchen ? (edge === 'function-database' ? 'failed' : 'turned away') : 'refused';
}
