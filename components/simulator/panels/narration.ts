/**
 * Sentences about the simulation, in cloud words or in pop-up-kitchen words: the event log's
 * narration and the screen-reader summary. Pure functions of engine data, so they are unit-tested.
 */
import type { EngineEvent, Snapshot, ThrottleCause } from '@/simulations/types';
import type { Skin } from '@/components/pipeline/graph';
import { formatClock, formatCount, formatMs, formatUsd, plural, rateInWords } from '@/components/simulator/format';
import { FAILED_AT } from './waterfall';

/** A span of time for people: "140 ms", "45 s", "10 min", "2.5 h". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return formatMs(ms);
  const s = ms / 1000;
  if (s < 120) return `${s < 10 ? Math.round(s * 10) / 10 : Math.round(s)} s`;
  const min = s / 60;
  if (min < 120) return `${min < 10 ? Math.round(min * 10) / 10 : Math.round(min)} min`;
  const h = min / 60;
  if (h < 48) return `${h < 10 ? Math.round(h * 10) / 10 : Math.round(h)} h`;
  return `${Math.round((h / 24) * 10) / 10} d`;
}

/** Why requests were throttled, as a short phrase for a parenthesis. */
const CAUSE_SHORT: Record<Skin, Record<ThrottleCause, string>> = {
  cloud: {
    gateway: 'API Gateway rate limit',
    concurrency: 'concurrency limit',
    scalingRate: 'scaling-rate limit',
    database: 'DynamoDB capacity',
    timeout: 'function timeout',
    gatewayTimeout: 'API Gateway timeout',
  },
  kitchen: {
    gateway: 'the host stand is swamped',
    concurrency: 'station limit reached',
    scalingRate: 'stations cannot be set up fast enough',
    database: 'the pantry cannot keep up',
    timeout: 'the dish took longer than a cook may spend',
    gatewayTimeout: 'the customer stopped waiting',
  },
};

/** A throttle cause as a short phrase: "concurrency limit" / "station limit reached". */
export function causeWords(cause: ThrottleCause | undefined, skin: Skin): string {
  if (!cause) return skin === 'kitchen' ? 'too busy' : 'limit reached';
  return CAUSE_SHORT[skin][cause];
}

function envName(skin: Skin, id: number | undefined): string {
  if (id === undefined || id < 0) return skin === 'kitchen' ? 'a station' : 'an environment';
  return `${skin === 'kitchen' ? 'station' : 'environment'} ${id}`;
}

/** A rate after a word that already says "orders": "12 per second", "one every 5 minutes", "none". */
function ordersRate(rate: string): string {
  return rate === 'no traffic' ? 'none' : rate.replace(/ requests?\b/g, '');
}

/** The sentence for one engine event, without its time stamp. */
export function eventSentence(e: EngineEvent, skin: Skin): string {
  const k = skin === 'kitchen';
  const who = envName(skin, e.envId);
  switch (e.kind) {
    case 'coldStart': {
      const took = e.ms !== undefined ? `, ${formatMs(e.ms)}` : '';
      return k ? `${who} being set up${took}` : `cold start: ${who} initializing${took}`;
    }
    case 'reclaimed': {
      const after = e.ms !== undefined ? ` after ${formatDuration(e.ms)}` : '';
      return k ? `${who} packed away${after} without orders` : `${who} reclaimed${after} idle`;
    }
    case 'throttled': {
      const n = e.count ?? 1;
      return k
        ? e.cause && FAILED_AT[e.cause] !== 'gateway'
          ? `${plural(n, 'order')} failed: ${causeWords(e.cause, skin)}`
          : `${plural(n, 'customer')} turned away: ${causeWords(e.cause, skin)}`
        : e.cause === 'timeout' || e.cause === 'gatewayTimeout'
          ? `${plural(n, 'request')} timed out (${causeWords(e.cause, skin)})`
          : `${plural(n, 'request')} throttled (${causeWords(e.cause, skin)})`;
    }
    case 'scaleUp': {
      const n = e.count ?? 0;
      return k ? `rush: ${plural(n, 'station')} open` : `scaled up to ${plural(n, 'environment')}`;
    }
    case 'scaleToZero':
      return k
        ? 'every station packed away: the next order waits for a set-up'
        : 'scaled to zero: no environments left, the next request is a cold start';
    case 'trafficChange': {
      const rate = rateInWords(e.count ?? 0);
      return k ? `orders now: ${ordersRate(rate)}` : `traffic now ${rate}`;
    }
    case 'provisionedReady':
      return k ? `${who} set up ahead of time, kept ready` : `provisioned ${who} ready, initialized ahead of traffic`;
    case 'serverScaleOut':
      return k
        ? e.count !== undefined
          ? `the rented restaurant grows to ${plural(e.count, 'rented kitchen')}`
          : 'the rented restaurant adds a kitchen'
        : e.count !== undefined
          ? `always-on fleet scaled out to ${plural(e.count, 'instance')}`
          : 'always-on fleet adds an instance';
    case 'serverScaleIn':
      return k
        ? e.count !== undefined
          ? `the rented restaurant shrinks to ${plural(e.count, 'rented kitchen')}`
          : 'the rented restaurant closes a kitchen'
        : e.count !== undefined
          ? `always-on fleet scaled in to ${plural(e.count, 'instance')}`
          : 'always-on fleet removes an instance';
    default:
      return k ? 'something happened in the kitchen' : 'event';
  }
}

/** "0:42 cold start: environment 7 initializing, 140 ms". */
export function describeEvent(e: EngineEvent, skin: Skin): string {
  return `${formatClock(e.timeMs)} ${eventSentence(e, skin)}`;
}

/** The newest `max` events, newest first. */
export function recentEvents(events: readonly EngineEvent[] | undefined, max = 50): EngineEvent[] {
  if (!events || events.length === 0) return [];
  return [...events].sort((a, b) => b.seq - a.seq).slice(0, max);
}

/**
 * What the screen-reader summary is about; when this string is unchanged, nothing meaningful
 * changed (cost alone creeping up is not worth an announcement).
 */
export function summaryKey(snapshot: Snapshot | null, skin: Skin): string {
  if (!snapshot) return '';
  const { counts, totals } = snapshot;
  return [skin, roundRate(snapshot.requestsPerSecond), counts.live, counts.initializing, totals.coldStarts, totals.throttled].join('|');
}

function roundRate(rps: number): number {
  if (rps >= 100) return Math.round(rps);
  if (rps >= 1) return Math.round(rps * 10) / 10;
  return rps > 0 ? Number(rps.toPrecision(2)) : 0;
}

/** "Traffic: 12 requests per second. 12 environments, 3 starting. 2 cold starts so far. Throttled: 0. Cost so far $0.0031." */
export function summarize(snapshot: Snapshot | null, skin: Skin): string {
  if (!snapshot) return skin === 'kitchen' ? 'The kitchen is not open yet.' : 'The simulation has not started yet.';
  const { counts, totals } = snapshot;
  const rate = rateInWords(roundRate(snapshot.requestsPerSecond));
  const money = formatUsd(snapshot.cost.total);
  if (skin === 'kitchen') {
    return [
      `Orders: ${ordersRate(rate)}.`,
      `${plural(counts.live, 'station')} open, ${formatCount(counts.initializing)} being set up.`,
      `${plural(totals.coldStarts, 'set-up')} so far.`,
      `Orders not served (turned away or failed): ${formatCount(totals.throttled)}.`,
      `Bill so far ${money}.`,
    ].join(' ');
  }
  return [
    `Traffic: ${rate}.`,
    `${plural(counts.live, 'environment')}, ${formatCount(counts.initializing)} starting.`,
    `${plural(totals.coldStarts, 'cold start')} so far.`,
    `Throttled: ${formatCount(totals.throttled)}.`,
    `Cost so far ${money}.`,
  ].join(' ');
}
