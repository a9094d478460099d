/** Theme colours for canvas drawing, read from CSS variables at draw time. */
'use client';

import { useSyncExternalStore } from 'react';

export type ChartColor = 'blue' | 'amber' | 'green' | 'violet' | 'red' | 'gray';
export const CHART_COLORS: readonly ChartColor[] = ['blue', 'amber', 'green', 'violet', 'red', 'gray'];

export interface ChartPalette {
  fg: string;
  muted: string;
  grid: string;
  bg: string;
  surface: string;
  font: string;
  color: Record<ChartColor, string>;
}

const FALLBACK: ChartPalette = {
  fg: '#1c2230',
  muted: '#4b5567',
  grid: '#d8dee9',
  bg: '#ffffff',
  surface: '#f5f7fb',
  font: 'system-ui, sans-serif',
  color: { blue: '#2f6fdf', amber: '#b45309', green: '#047857', violet: '#7c3aed', red: '#b91c1c', gray: '#4b5567' },
};

/** The current theme's colours (call in the browser, at draw time). */
export function readPalette(): ChartPalette {
  if (typeof document === 'undefined') return FALLBACK;
  const root = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  const color = {} as Record<ChartColor, string>;
  for (const c of CHART_COLORS) color[c] = v(`--chart-${c}`, FALLBACK.color[c]);
  return {
    fg: v('--page-fg', FALLBACK.fg),
    muted: v('--muted-fg', FALLBACK.muted),
    grid: v('--border', FALLBACK.grid),
    bg: v('--page-bg', FALLBACK.bg),
    surface: v('--surface', FALLBACK.surface),
    font: getComputedStyle(document.body).fontFamily || FALLBACK.font,
    color,
  };
}

function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The `data-theme` of <html>, re-rendering when the theme toggle changes it. */
export function useThemeName(): string {
  return useSyncExternalStore(
    subscribeTheme,
    () => document.documentElement.dataset.theme ?? 'light',
    () => 'light',
  );
}
