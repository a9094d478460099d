/** The Function node's environment cells: their look per state, and the node's words per skin. */
import type { Skin } from './graph';

/** Tailwind classes of a cell in each state: starting (amber), busy (blue), idle and warm (hollow green). */
export const CELL_CLASS = {
  initializing: 'bg-amber-400 border-amber-700 motion-safe:animate-pulse',
  busy: 'bg-[var(--pipe-stroke)] border-[var(--pipe-edge)]',
  idle: 'bg-transparent border-emerald-600 dark:border-emerald-400',
} as const;

/** The Function node's subtitle and counts line, in each skin. */
export const FUNCTION_WORDS: Record<Skin, { subtitle: string; busy: string; idle: string; starting: string }> = {
  cloud: { subtitle: 'each square is an environment', busy: 'busy', idle: 'idle', starting: 'starting' },
  kitchen: { subtitle: 'each square is a station', busy: 'cooking', idle: 'free', starting: 'setting up' },
};

/** The request dots' short names in each skin (the animated SVG's legend). */
export const DOT_WORDS: Record<Skin, { request: string; response: string; throttled: string }> = {
  cloud: { request: 'request', response: 'response', throttled: 'refused' },
  kitchen: { request: 'order', response: 'dish', throttled: 'turned away' },
};
