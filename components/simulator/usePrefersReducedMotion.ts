'use client';

import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One query list for the page: React reads the snapshot on every render of every edge, and
// matchMedia() parses the query and builds a new list each call (it showed in profiles at 300 req/s).
let media: MediaQueryList | undefined;
const list = () => (media ??= matchMedia(QUERY));

function subscribe(onChange: () => void) {
  const m = list();
  m.addEventListener('change', onChange);
  return () => m.removeEventListener('change', onChange);
}

/** True when the reader asked the system for less motion. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => list().matches, () => false);
}
