/**
 * The embed's own parameters on top of the simulator's: `theme` (light | dark | auto), `controls`
 * (none | traffic | full) and `autoplay` (true | false). Bad values give a notice naming the
 * parameter and the default used; messages never include the raw input.
 */
import { parseParams, repeatedKeyNotices, serializeParams, type SimulatorParams } from '@/components/simulator/urlState';

export type EmbedTheme = 'light' | 'dark' | 'auto';
export type EmbedControls = 'none' | 'traffic' | 'full';

export interface EmbedOptions {
  theme: EmbedTheme;
  controls: EmbedControls;
  autoplay: boolean;
}

export const EMBED_DEFAULTS: EmbedOptions = { theme: 'auto', controls: 'traffic', autoplay: false };

/** Reads simulator and embed parameters from a query string. */
export function parseEmbedParams(search: string): { params: SimulatorParams; embed: EmbedOptions; notices: string[] } {
  const q = new URLSearchParams(search);
  const { params, notices } = parseParams(q);
  const embed: EmbedOptions = { ...EMBED_DEFAULTS };
  notices.push(...repeatedKeyNotices(q, ['theme', 'controls', 'autoplay']));
  const theme = q.get('theme');
  if (theme !== null && theme !== '') {
    if (theme === 'light' || theme === 'dark' || theme === 'auto') embed.theme = theme;
    else notices.push('Ignored “theme”: it must be light, dark or auto; using auto.');
  }
  const controls = q.get('controls');
  if (controls !== null && controls !== '') {
    if (controls === 'none' || controls === 'traffic' || controls === 'full') embed.controls = controls;
    else notices.push('Ignored “controls”: it must be none, traffic or full; using traffic.');
  }
  const autoplay = q.get('autoplay');
  if (autoplay !== null) {
    if (['', '1', 'true', 'yes'].includes(autoplay)) embed.autoplay = true;
    else if (['0', 'false', 'no'].includes(autoplay)) embed.autoplay = false;
    else notices.push('Ignored “autoplay”: it must be true or false; using false.');
  }
  // Traffic from load when rps is given, as on the site.
  if (params.rps !== undefined && autoplay === null) embed.autoplay = true;
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

export const RESIZE_MESSAGE = 'serverless-explained:resize';
export const THEME_MESSAGE = 'serverless-explained:theme';

/** A host's theme message, if the data is exactly that shape; anything else is ignored. */
export function readThemeMessage(data: unknown): EmbedTheme | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== THEME_MESSAGE) return null;
  return m.theme === 'light' || m.theme === 'dark' || m.theme === 'auto' ? m.theme : null;
}
