/** The Function node's environment cells: their look per state, and the node's words per skin. */
import type { Platform } from '@/simulations/defaults';
import type { Skin } from './graph';

/** Tailwind classes of a cell in each state: starting (amber), busy (blue), idle and warm (hollow green). */
export const CELL_CLASS = {
  initializing: 'bg-amber-400 border-amber-700 motion-safe:animate-pulse',
  busy: 'bg-[var(--pipe-stroke)] border-[var(--pipe-edge)]',
  idle: 'bg-transparent border-emerald-600 dark:border-emerald-400',
} as const;

/** An instance that takes several requests at once: a hollow cell whose fill, from the bottom, is how full it is. */
export const PARTIAL_CELL_CLASS = 'bg-transparent border-[var(--pipe-edge)]';
/** The fill's colour: a busy cell's. */
export const FILL_CLASS = 'fill-[var(--pipe-stroke)]';

/**
 * The Function node's subtitle and counts line, in each skin; `many` is the subtitle when an
 * instance takes several requests at once, and `one`/`unit`/`requests` name an instance and what
 * it holds ("Instance 3: 12 of 80 requests").
 */
export const FUNCTION_WORDS: Record<Skin, { subtitle: string; many: string; busy: string; idle: string; starting: string; one: string; requests: string }> = {
  cloud: { subtitle: 'each square is an environment', many: 'each square is an instance, filled as it fills', busy: 'busy', idle: 'idle', starting: 'starting', one: 'Instance', requests: 'requests' },
  kitchen: { subtitle: 'each square is a station', many: 'each square is a station, filled as it fills', busy: 'cooking', idle: 'free', starting: 'setting up', one: 'Station', requests: 'orders' },
};

/** How full an instance is, in words: "Instance 3: 12 of 80 requests" (and "starting" while it starts). */
export function fullnessText(skin: Skin, env: { id: number; state: 'initializing' | 'busy' | 'idle'; requests: number; capacity: number }): string {
  const w = FUNCTION_WORDS[skin];
  const starting = env.state === 'initializing' ? `, ${w.starting}` : '';
  return `${w.one} ${env.id}: ${env.requests} of ${env.capacity} ${w.requests}${starting}`;
}

/** A station's state in the kitchen's words. */
const KITCHEN_STATE = { initializing: 'being set up', busy: 'cooking', idle: 'free' } as const;

/** A cell's hover text: "Environment 3: busy", "Station 3: cooking", or how full a many-request instance is. */
export function cellTitle(skin: Skin, env: { id: number; state: 'initializing' | 'busy' | 'idle'; requests: number; capacity: number }, many: boolean): string {
  if (many) return fullnessText(skin, env);
  return skin === 'kitchen' ? `Station ${env.id}: ${KITCHEN_STATE[env.state]}` : `Environment ${env.id}: ${env.state}`;
}

/** The height of an instance's fill in a cell of `size` units: its share of the slots, at least a sliver when it holds any. */
export function fillHeight(requests: number, capacity: number, size: number): number {
  if (requests <= 0 || capacity <= 0) return 0;
  return Math.max(1, Math.round((size * Math.min(requests, capacity)) / capacity));
}

/** The request dots' short names in each skin (the animated SVG's legend). */
export const DOT_WORDS: Record<Skin, { request: string; response: string; throttled: string }> = {
  cloud: { request: 'request', response: 'response', throttled: 'refused' },
  kitchen: { request: 'order', response: 'dish', throttled: 'turned away' },
};

/**
 * The cloud view's names for the function and the front door on each compute model: a Cloud Run
 * service or a Worker is not a "Lambda function", and neither has API Gateway in front (the
 * platform's own HTTPS endpoint takes the request; the engine keeps the gateway's hop and throttle
 * but bills it only in front of Lambda). The kitchen keeps its own words on every platform.
 */
export const PLATFORM_NODE_WORDS: Record<Platform, { function: string; gateway?: { title: string; subtitle: string } }> = {
  lambda: { function: 'Lambda function' },
  'lambda-managed-instances': { function: 'Lambda (Managed Instances)' },
  'cloud-run': { function: 'Cloud Run service', gateway: { title: 'HTTPS endpoint', subtitle: 'built into Cloud Run' } },
  'cloudflare-workers': { function: 'Cloudflare Worker', gateway: { title: 'Cloudflare edge', subtitle: 'routes to the Worker' } },
};
