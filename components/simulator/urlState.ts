/**
 * The simulator's shareable state in the URL: `rps`, `pattern` (the traffic's shape around `rps`),
 * `speed`, `seed`, `preset`, `skin`, `idle` (idle timeout, s) and `memory` (MB); the Settings
 * tab's choices as dotted scenario paths (`function.runtime=python`, `gateway.type=rest`,
 * `server.mode=fixed`…); and, on the playground, `play`. Parsing never throws: a bad value becomes
 * a notice naming the parameter and the default used instead. Messages hold only parameter names,
 * numbers and known words, never the raw input, so nothing from the URL is ever echoed into the
 * page. A setting's value is checked by the engine's own schema (in its worker); a link whose
 * settings it refuses runs without them, and says so (the store's rejectReset).
 */
import type { ScenarioInput, TrafficChange } from '@/simulations';
import { presets, type PresetName } from '@/simulations/presets';
import { isSceneName, SCENE_NAMES, type SceneName } from './sceneEvent';
import { SIMULATOR_KEYS } from '@/components/embed/protocol';
import { PLATFORMS, type Platform } from '@/simulations/defaults';
import { parseChoice, serializeChoice, type CompareChoice } from './compare';

/** Playback speeds: 0.1× is slow motion, for following one request hop by hop. */
export const SPEEDS = [0.1, 1, 10, 60, 600] as const;
export type Speed = (typeof SPEEDS)[number];
export type Skin = 'cloud' | 'kitchen';

export const RPS_MAX = 10_000;
export const LIMITS = {
  rps: { min: 0, max: RPS_MAX },
  seed: { min: 0, max: 4_294_967_295 },
  idle: { min: 1, max: 86_400 },
  memory: { min: 128, max: 10_240 },
} as const;

/** Traffic shapes the controls (and the URL) offer. */
export const URL_PATTERNS = ['steady', 'ramp', 'spike', 'diurnal', 'bursty', 'idle'] as const;
export type UrlPattern = (typeof URL_PATTERNS)[number];

/** A pattern shaped around a base rate, starting now: what the Pattern menu and `pattern=` set. */
export function patternChange(pattern: UrlPattern, rate: number): TrafficChange {
  const base = Math.max(rate, 1);
  switch (pattern) {
    case 'spike':
      return { pattern, requestsPerSecond: base, peakRequestsPerSecond: Math.min(RPS_MAX, base * 20), spikeStartSeconds: 0, spikeDurationSeconds: 60 };
    case 'ramp':
      return { pattern, startRequestsPerSecond: 0, requestsPerSecond: base, rampSeconds: 120 };
    case 'diurnal':
      return { pattern, requestsPerSecond: base, periodSeconds: 86_400, amplitude: 0.8 };
    case 'bursty':
      return { pattern, requestsPerSecond: base, onSeconds: 10, offSeconds: 50 };
    case 'idle':
      return { pattern, requestsPerSecond: 0 };
    case 'steady':
      return { pattern, requestsPerSecond: rate };
  }
}

export interface SimulatorParams {
  /** Traffic from load (requests/s; the base rate of `pattern`); undefined: the preset's or default traffic, not playing. */
  rps?: number;
  /** The traffic's shape around `rps`; undefined means steady. */
  pattern?: Exclude<UrlPattern, 'steady'>;
  speed: Speed;
  seed: number;
  preset?: PresetName;
  skin: Skin;
  idleSeconds?: number;
  memoryMB?: number;
  /** The Settings tab's changes to the scene: one level deep, scalar leaves (`{ function: { runtime: 'python' } }`). */
  settings?: ScenarioInput;
  /** Read from a playground link's `play` (1 or 0) to start playing or paused; never written by serializeParams. */
  play?: boolean;
  /** The compute model (`platform=`); undefined: the scene's (on-demand Lambda unless it says otherwise). */
  platform?: Platform;
  /** Compare mode: a second run with this one change, fed the same arrivals (compare.ts). */
  compare?: CompareChoice;
}

/** Scenario sections the Settings tab changes, in the order the URL lists them. */
export const SETTING_SECTIONS = ['function', 'gateway', 'database', 'async', 's3', 'server'] as const;
const SETTING_KEY = /^([a-z0-9]+)\.([A-Za-z]{1,40})$/;
const SETTING_VALUE = /^[A-Za-z0-9._+-]{1,40}$/;

/** True for a Settings key: `section.field` of a known section. */
export function isSettingKey(key: string): boolean {
  const m = SETTING_KEY.exec(key);
  return m !== null && (SETTING_SECTIONS as readonly string[]).includes(m[1]);
}

/** True for a key the simulator owns (the rest of a page's query, such as utm_source, is left alone). */
export function isSimulatorKey(key: string): boolean {
  return (URL_KEYS as readonly string[]).includes(key) || key === 'play' || isSettingKey(key);
}

/** The settings as `section.field` pairs, sections in a stable order, fields sorted. */
export function settingsEntries(settings: ScenarioInput | undefined): [string, string][] {
  const out: [string, string][] = [];
  const root = (settings ?? {}) as Record<string, unknown>;
  for (const section of SETTING_SECTIONS) {
    const fields = root[section];
    if (!fields || typeof fields !== 'object') continue;
    for (const [field, value] of Object.entries(fields as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') out.push([`${section}.${field}`, String(value)]);
    }
  }
  return out;
}

/** Dotted settings from a query: numbers and true/false become themselves, other words stay words. */
function parseSettings(q: URLSearchParams, notices: string[]): ScenarioInput | undefined {
  const settings: Record<string, Record<string, unknown>> = {};
  let malformed = 0;
  for (const [key, raw] of q) {
    const m = SETTING_KEY.exec(key);
    if (!m || !(SETTING_SECTIONS as readonly string[]).includes(m[1])) continue;
    const value = raw.trim();
    if (!SETTING_VALUE.test(value)) {
      malformed++;
      continue;
    }
    const section = (settings[m[1]] ??= {});
    if (Object.hasOwn(section, m[2])) continue;
    section[m[2]] = value === 'true' ? true : value === 'false' ? false : NUMBER.test(value) ? Number(value) : value;
  }
  if (malformed > 0) notices.push(`Ignored ${malformed === 1 ? 'a setting' : `${malformed} settings`} with an empty or malformed value.`);
  return Object.keys(settings).length > 0 ? (settings as ScenarioInput) : undefined;
}

/**
 * The page's query with the simulator's own parameters replaced by `ours`: the others (utm_source,
 * ref…) stay, in their place.
 */
export function mergeQuery(current: string, ours: string): string {
  const q = new URLSearchParams(current);
  for (const key of [...new Set(q.keys())]) if (isSimulatorKey(key)) q.delete(key);
  for (const [k, v] of new URLSearchParams(ours)) q.append(k, v);
  return q.toString();
}

/** The parameters the simulator reads, in the order `serializeParams` writes them. */
export const URL_KEYS = SIMULATOR_KEYS;

export const DEFAULT_PARAMS: SimulatorParams = { speed: 1, seed: 1, skin: 'cloud' };

export interface ParsedParams {
  params: SimulatorParams;
  /** `scene`: a TryIt's link to the playground; the simulator runs that scene (its preset, speed and caption) and plays. */
  scene?: SceneName;
  /** One short sentence per ignored parameter. */
  notices: string[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function numberParam(
  raw: string | null,
  name: string,
  range: { min: number; max: number },
  notices: string[],
  opts: { int?: boolean; fallback: string },
): number | undefined {
  if (raw === null || raw === '') return undefined;
  const value = NUMBER.test(raw.trim()) ? Number(raw) : NaN;
  const ok = Number.isFinite(value) && value >= range.min && value <= range.max && (!opts.int || Number.isInteger(value));
  if (!ok) {
    notices.push(
      `Ignored “${name}”: it must be ${opts.int ? 'a whole number' : 'a number'} from ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')}; using ${opts.fallback}.`,
    );
    return undefined;
  }
  return value;
}

/** A key given twice (a hand-edited link, or one appended to) is read once, and the reader told which. */
export function repeatedKeyNotices(q: URLSearchParams, keys: readonly string[]): string[] {
  const notices: string[] = [];
  for (const key of keys) {
    const n = q.getAll(key).length;
    if (n > 1) notices.push(`“${key}” appears ${n} times; using the first.`);
  }
  return notices;
}

/** Reads simulator parameters from a query string; bad values give notices and defaults. */
export function parseParams(search: string | URLSearchParams): ParsedParams {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const params: SimulatorParams = { ...DEFAULT_PARAMS };
  notices.push(...repeatedKeyNotices(q, URL_KEYS));

  params.rps = numberParam(q.get('rps'), 'rps', LIMITS.rps, notices, { fallback: 'the scene’s traffic' });
  const seed = numberParam(q.get('seed'), 'seed', LIMITS.seed, notices, { int: true, fallback: 'seed 1' });
  if (seed !== undefined) params.seed = seed;
  params.idleSeconds = numberParam(q.get('idle'), 'idle', LIMITS.idle, notices, { fallback: '600 s (10 minutes)' });
  params.memoryMB = numberParam(q.get('memory'), 'memory', LIMITS.memory, notices, { int: true, fallback: '1,024 MB' });

  const pattern = q.get('pattern');
  if (pattern !== null && pattern !== '' && pattern !== 'steady') {
    if ((URL_PATTERNS as readonly string[]).includes(pattern)) params.pattern = pattern as SimulatorParams['pattern'];
    else notices.push(`Ignored “pattern”: it must be one of ${URL_PATTERNS.join(', ')}; using steady.`);
  }

  const speed = q.get('speed');
  if (speed !== null && speed !== '') {
    // A speed exactly as written in the list, with an optional "x" (60 or 60x): Number() alone
    // would also take 0x3C, 6e1 or 60.0.
    const written = speed.trim().replace(/x$/i, '');
    const n = SPEEDS.find((v) => String(v) === written);
    if (n !== undefined) params.speed = n;
    else notices.push(`Ignored “speed”: it must be one of ${SPEEDS.join(', ')}; using 1×.`);
  }

  const preset = q.get('preset');
  if (preset !== null && preset !== '') {
    if (Object.hasOwn(presets, preset)) params.preset = preset as PresetName;
    else notices.push(`Ignored “preset”: it must be one of ${Object.keys(presets).join(', ')}; using the default scene.`);
  }

  const skin = q.get('skin');
  if (skin !== null && skin !== '') {
    if (skin === 'cloud' || skin === 'kitchen') params.skin = skin;
    else notices.push('Ignored “skin”: it must be cloud or kitchen; using cloud.');
  }

  params.settings = parseSettings(q, notices);

  const play = q.get('play');
  if (play !== null && play !== '') {
    if (play === '1' || play === '0') params.play = play === '1';
    else notices.push('Ignored “play”: it must be 1 (playing) or 0 (paused).');
  }

  const platform = q.get('platform');
  if (platform !== null && platform !== '') {
    if ((PLATFORMS as readonly string[]).includes(platform)) params.platform = platform as Platform;
    else notices.push(`Ignored “platform”: it must be one of ${PLATFORMS.join(', ')}; using the scene’s.`);
  }

  const compare = q.get('compare');
  if (compare !== null && compare !== '') {
    const read = parseChoice(compare);
    if ('choice' in read) params.compare = read.choice;
    else notices.push(`Ignored “compare”: ${read.error}; showing one run.`);
  }

  const scene = q.get('scene');
  let sceneName: SceneName | undefined;
  if (scene !== null && scene !== '') {
    if (isSceneName(scene)) sceneName = scene;
    else notices.push(`Ignored “scene”: it must be one of ${SCENE_NAMES.join(', ')}.`);
  }

  return { params, notices, scene: sceneName };
}

/** The query string for a state: only what differs from the defaults, in a stable order. */
export function serializeParams(p: SimulatorParams): string {
  const q = new URLSearchParams();
  if (p.preset) q.set('preset', p.preset);
  if (p.rps !== undefined) q.set('rps', String(roundForUrl(p.rps)));
  if (p.pattern) q.set('pattern', p.pattern);
  if (p.speed !== DEFAULT_PARAMS.speed) q.set('speed', String(p.speed));
  if (p.seed !== DEFAULT_PARAMS.seed) q.set('seed', String(p.seed));
  if (p.skin !== DEFAULT_PARAMS.skin) q.set('skin', p.skin);
  if (p.idleSeconds !== undefined) q.set('idle', String(p.idleSeconds));
  if (p.memoryMB !== undefined) q.set('memory', String(p.memoryMB));
  if (p.platform) q.set('platform', p.platform);
  if (p.compare) q.set('compare', serializeChoice(p.compare));
  for (const [k, v] of settingsEntries(p.settings)) q.set(k, v);
  return q.toString();
}

/**
 * Short but faithful: whole numbers from 100 up, three significant figures below. (Two decimals
 * wrote the slider's slowest rates, 0.001–0.0049 req/s, as 0: no traffic after a reload.)
 */
function roundForUrl(rps: number): number {
  return rps >= 100 ? Math.round(rps) : Number(rps.toPrecision(3));
}
