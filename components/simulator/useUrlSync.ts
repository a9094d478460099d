'use client';

import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { SimulatorState } from './store';
import { mergeQuery, serializeParams, type SimulatorParams } from './urlState';

/** The simulator's part of the query for a state: its parameters, and `play` where it differs from what they imply (traffic given: playing). */
export function queryFor(params: SimulatorParams, playing: boolean): string {
  const play = playing === (params.rps !== undefined) ? '' : `play=${playing ? 1 : 0}`;
  return [serializeParams(params), play].filter(Boolean).join('&');
}

/** Replaces the address bar's simulator parameters (others, such as utm_source, stay where they were), keeping the path and hash. */
export function replaceSimulatorQuery(ours: string): void {
  const query = mergeQuery(window.location.search, ours);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

/** Keeps the page URL in step with the store's parameters and play state (a quarter second after the last change). */
export function useUrlSync(store: StoreApi<SimulatorState>, enabled: boolean | undefined): void {
  useEffect(() => {
    if (!enabled) return;
    let timer = 0;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.params === prev.params && s.playing === prev.playing) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const { params, playing } = store.getState();
        replaceSimulatorQuery(queryFor(params, playing));
      }, 250);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, enabled]);
}
