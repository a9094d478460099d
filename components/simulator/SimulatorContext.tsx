'use client';

import { createContext, startTransition, useContext, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { isPublishingFrame, type SimulatorState, type SimulatorStore } from './store';

export const SimulatorContext = createContext<SimulatorStore | null>(null);

/** The store of the simulator this component sits in. */
export function useSimulatorStore(): SimulatorStore {
  const store = useContext(SimulatorContext);
  if (!store) throw new Error('useSimulator: this component must be inside <SimulatorProvider> (the simulator widget renders one).');
  return store;
}

/**
 * An atomic selection from the enclosing simulator's store: the component renders again only when
 * what it selects changes (compared with Object.is, as zustand's useStore does).
 *
 * Unlike zustand's useStore (React's useSyncExternalStore, whose updates always render at once, in
 * one piece), a change that a published engine frame brings renders as a transition: React
 * renders it in slices of a few milliseconds and yields between them, so a running simulation
 * does not block the page for long: under Lighthouse's mobile CPU slowdown each frame's readouts
 * and cells were one task of 100–400 ms, twenty times a second (the live embed's blocking time
 * went from 5.7 s to 2.6–2.9 s with this). Anything else (a click, a key, a command) renders at
 * once, as before. A component re-rendered at once meanwhile shows the store as it is by then, so
 * for a moment it may be a frame ahead of its neighbours; the transition settles them.
 */
export function useSimulator<T>(selector: (state: SimulatorState) => T): T {
  const store = useSimulatorStore();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const value = selector(store.getState());
  const latest = useRef({ selector, value });
  useLayoutEffect(() => {
    latest.current = { selector, value };
  });
  useEffect(() => {
    const check = () => {
      const { selector: select, value: shown } = latest.current;
      let same: boolean;
      try {
        same = Object.is(select(store.getState()), shown);
      } catch {
        // As React does for useSyncExternalStore: render again, so the error is thrown in render,
        // where the simulator's error boundary catches it (not in the store's subscriber loop).
        same = false;
      }
      if (same) return;
      if (isPublishingFrame()) startTransition(rerender);
      else rerender();
    };
    // The store may have changed between this render and this subscription.
    check();
    return store.subscribe(check);
  }, [store]);
  return value;
}
