'use client';

import { startTransition, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';

let publishing = false;

/**
 * Runs `update` (a store's `set` with an engine frame) flagged as a frame: what it changes renders
 * as a transition in every component reading the store through useFrameSelection.
 */
export function publishFrame(update: () => void): void {
  publishing = true;
  try {
    update();
  } finally {
    publishing = false;
  }
}

/** True while a store is publishing an engine frame to its subscribers (inside publishFrame). */
export function isPublishingFrame(): boolean {
  return publishing;
}

/**
 * An atomic selection from a simulation's store (the simulator's or a figure's): the component
 * renders again only when what it selects changes (Object.is, as zustand's useStore compares).
 *
 * Unlike zustand's useStore (React's useSyncExternalStore, whose updates always render at once, in
 * one piece), a change that an engine frame brings renders as a transition: React renders it in
 * slices of a few milliseconds and yields between them, so a running simulation does not block
 * the page for long. Under Lighthouse's mobile CPU slowdown the live embed's frames were each one
 * task of 100–400 ms, twenty times a second (its blocking time went from 5.7 s to 2.6–3.0 s with
 * this). Anything else (a click, a key, a command) renders at once, as before. A component
 * re-rendered at once meanwhile shows the store as it is by then, so for a moment it may be a
 * frame ahead of its neighbours; the transition settles them.
 */
export function useFrameSelection<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
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
        // where an error boundary catches it (not in the store's loop over its subscribers).
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
