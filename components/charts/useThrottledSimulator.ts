'use client';

import { useCallback, useSyncExternalStore } from 'react';
import type { SimulatorState } from '@/components/simulator/store';
import { useSimulatorStore } from '@/components/simulator/SimulatorContext';

/** Chart refreshes per second at most. */
export const CHART_UPDATES_PER_SECOND = 4;

/**
 * An atomic selection from the simulator store that re-renders at most every `intervalMs`
 * (trailing edge, so the last change always lands), and at once when the run restarts. The
 * series grows by one row per simulated second, which at 600× is 600 changes a wall second.
 * `selector` must be stable (defined at module level or memoized).
 */
export function useThrottledSimulator<T>(selector: (s: SimulatorState) => T, intervalMs = 1000 / CHART_UPDATES_PER_SECOND): T {
  const store = useSimulatorStore();
  const subscribe = useCallback(
    (notify: () => void) => {
      let last = 0;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const fire = () => {
        timer = null;
        last = performance.now();
        notify();
      };
      const unsubscribe = store.subscribe((state, prev) => {
        if (selector(state) === selector(prev)) return;
        if (state.runId !== prev.runId) {
          if (timer) clearTimeout(timer);
          fire();
          return;
        }
        if (timer) return;
        const wait = intervalMs - (performance.now() - last);
        if (wait <= 0) fire();
        else timer = setTimeout(fire, wait);
      });
      return () => {
        unsubscribe();
        if (timer) clearTimeout(timer);
      };
    },
    [store, selector, intervalMs],
  );
  const get = () => selector(store.getState());
  return useSyncExternalStore(subscribe, get, get);
}
