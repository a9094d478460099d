/**
 * What the embed and the pages around it agree on: its parameters' names and the two messages.
 * No imports, so the web component (/embed.js) can bundle it without the simulator.
 */

/** The simulator's parameters, in the order the embed's URL writes them. */
export const SIMULATOR_KEYS = ['preset', 'rps', 'pattern', 'speed', 'seed', 'skin', 'idle', 'memory', 'platform', 'compare', 'scene'] as const;
/** The embed's own parameters. */
export const EMBED_KEYS = ['theme', 'controls', 'autoplay'] as const;
/** Every parameter the embed reads (and every attribute of `<serverless-pipeline>`). */
export const ALL_EMBED_KEYS = [...SIMULATOR_KEYS, ...EMBED_KEYS] as const;

export type EmbedTheme = 'light' | 'dark' | 'auto';

/** Sent by the embed to its parent whenever its content's height changes: `{ type, height }` in CSS px. */
export const RESIZE_MESSAGE = 'serverless-explained:resize';
/** Sent by the parent to set the embed's theme live: `{ type, theme: 'light' | 'dark' | 'auto' }`. */
export const THEME_MESSAGE = 'serverless-explained:theme';

/** A host's theme message, if the data is exactly that shape; anything else is ignored. */
export function readThemeMessage(data: unknown): EmbedTheme | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== THEME_MESSAGE) return null;
  return m.theme === 'light' || m.theme === 'dark' || m.theme === 'auto' ? m.theme : null;
}

/** An embed's resize message: its height in whole CSS pixels, or null for anything else. */
export function readResizeMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== RESIZE_MESSAGE || typeof m.height !== 'number' || !Number.isFinite(m.height) || m.height < 0) return null;
  // No page is taller than this; a larger number is a broken or hostile sender.
  return Math.min(Math.ceil(m.height), 20_000);
}

export type EmbedSkin = 'cloud' | 'kitchen';

/** The embed's accessible name (an iframe's title), in its skin. */
export const EMBED_TITLE: Record<EmbedSkin, string> = {
  cloud: 'Serverless pipeline simulation: client, API Gateway, Lambda and DynamoDB',
  kitchen: 'Pop-up kitchen simulation of a serverless pipeline: customers, host stand, cooking stations and pantry',
};

/** The still diagram's alt text, in its skin. */
export const POSTER_ALT: Record<EmbedSkin, string> = {
  cloud: 'Serverless pipeline: client → API Gateway → Lambda → DynamoDB, with SNS, SQS and S3',
  kitchen: 'The pop-up kitchen as a pipeline: customers, host stand, cooking stations, pantry',
};

/** The still diagram file for a skin and a theme (under /diagrams/ on the embed's site). */
export function posterFile(skin: EmbedSkin, theme: 'light' | 'dark'): string {
  return `pipeline${skin === 'kitchen' ? '-kitchen' : ''}${theme === 'dark' ? '-dark' : ''}.svg`;
}

/** The animated diagram file for a skin and a theme ('auto' follows the reader's colour scheme; cloud only). */
export function animatedFile(skin: EmbedSkin, theme: EmbedTheme): string {
  if (theme === 'auto') return 'pipeline-animated-auto.svg';
  return `pipeline${skin === 'kitchen' ? '-kitchen' : ''}-animated${theme === 'dark' ? '-dark' : ''}.svg`;
}
