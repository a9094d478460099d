/**
 * The embed's own parameters on top of the simulator's: `theme` (light | dark | auto), `controls`
 * (none | traffic | full) and `autoplay` (true | false). Bad values give a notice naming the
 * parameter and the default used. So do parameters the embed does not know (with the one meant,
 * when the name is a near miss: `rsp` → `rps`) and parameters given with no value. A notice names
 * a parameter the reader wrote only when it is a plain short name; values are never repeated.
 */
import { isSettingKey, parseParams, repeatedKeyNotices, serializeParams, type SimulatorParams } from '@/components/simulator/urlState';
import { ALL_EMBED_KEYS, EMBED_KEYS, type EmbedTheme } from './protocol';

export { readThemeMessage, RESIZE_MESSAGE, THEME_MESSAGE, type EmbedTheme } from './protocol';
export type EmbedControls = 'none' | 'traffic' | 'full';

export interface EmbedOptions {
  theme: EmbedTheme;
  controls: EmbedControls;
  autoplay: boolean;
}

export const EMBED_DEFAULTS: EmbedOptions = { theme: 'auto', controls: 'traffic', autoplay: false };

/**
 * Parameters that sites, link shorteners and CMSs add to URLs on their own (campaign and click
 * ids): not the author's typing, so no notice for them.
 */
const FOREIGN = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|_ga|_gl|ref)$/i;
const AUTOPLAY_WORDS: Record<string, boolean> = { true: true, '1': true, yes: true, false: false, '0': false, no: false };

/** A name we are willing to print back: short, plain letters, digits, - and _. */
const PRINTABLE = /^[A-Za-z0-9_-]{1,24}$/;

/** Edits (insert, delete, substitute, swap neighbours) between two short names. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The parameter a near-miss name most likely meant (`rsp` → `rps`, `them` → `theme`, `control` → `controls`), if any. */
export function meantKey(name: string): string | null {
  const lower = name.toLowerCase();
  let best: string | null = null;
  let bestD = Infinity;
  for (const key of ALL_EMBED_KEYS) {
    const d = editDistance(lower, key);
    // One edit for short names, two for longer ones: `seeds` → `seed`, but not `size` → `skin`.
    if (d < bestD && d <= (key.length <= 4 ? 1 : 2)) {
      best = key;
      bestD = d;
    }
  }
  return best;
}

/** One notice per parameter the embed does not read. */
export function unknownKeyNotices(q: URLSearchParams): string[] {
  const seen = new Set<string>();
  const notices: string[] = [];
  for (const key of q.keys()) {
    if ((ALL_EMBED_KEYS as readonly string[]).includes(key) || isSettingKey(key) || FOREIGN.test(key) || seen.has(key)) continue;
    seen.add(key);
    const meant = meantKey(key);
    const name = PRINTABLE.test(key) ? `“${key}”` : 'a parameter';
    notices.push(
      meant
        ? `Ignored ${name}: no such parameter; did you mean “${meant}”?`
        : `Ignored ${name}: no such parameter (this embed reads ${ALL_EMBED_KEYS.join(', ')}, and settings such as function.runtime).`,
    );
  }
  return notices;
}

/** Reads simulator and embed parameters from a query string. */
export function parseEmbedParams(search: string): { params: SimulatorParams; embed: EmbedOptions; notices: string[] } {
  const q = new URLSearchParams(search);
  const { params, notices } = parseParams(q);
  const embed: EmbedOptions = { ...EMBED_DEFAULTS };
  notices.push(...repeatedKeyNotices(q, EMBED_KEYS));
  // `autoplay=` reads as "on" to some and "off" to others: no value is no choice, said so.
  for (const key of ALL_EMBED_KEYS) if (q.get(key)?.trim() === '') notices.push(`Ignored “${key}”: it has no value.`);
  const theme = q.get('theme');
  if (theme) {
    if (theme === 'light' || theme === 'dark' || theme === 'auto') embed.theme = theme;
    else notices.push('Ignored “theme”: it must be light, dark or auto; using auto.');
  }
  const controls = q.get('controls');
  if (controls) {
    if (controls === 'none' || controls === 'traffic' || controls === 'full') embed.controls = controls;
    else notices.push('Ignored “controls”: it must be none, traffic or full; using traffic.');
  }
  const autoplay = q.get('autoplay')?.trim();
  let chosen: boolean | undefined;
  if (autoplay) {
    if (Object.hasOwn(AUTOPLAY_WORDS, autoplay)) chosen = AUTOPLAY_WORDS[autoplay];
    else notices.push(`Ignored “autoplay”: it must be true or false; using ${params.rps !== undefined ? 'true, as rps is given' : 'false'}.`);
  }
  // Traffic from load when rps is given, as on the site.
  embed.autoplay = chosen ?? params.rps !== undefined;
  notices.push(...unknownKeyNotices(q));
  return { params, embed, notices };
}

/** The embed URL's query string for a state (defaults left out). */
export function serializeEmbedParams(params: SimulatorParams, embed: EmbedOptions): string {
  const q = new URLSearchParams(serializeParams(params));
  if (embed.theme !== EMBED_DEFAULTS.theme) q.set('theme', embed.theme);
  if (embed.controls !== EMBED_DEFAULTS.controls) q.set('controls', embed.controls);
  if (embed.autoplay && params.rps === undefined) q.set('autoplay', 'true');
  if (!embed.autoplay && params.rps !== undefined) q.set('autoplay', 'false');
  return q.toString();
}
