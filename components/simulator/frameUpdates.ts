'use client';

import { startTransition, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';

let publishing = false;

/**
 * Runs `update` (a store's `set` with an engine frame) flagged as a frame: what it changes renders
 * as a transition in every component reading the store through useFrameSelection.
 */
export function publishFrame(update: () => void): void {
  const outer = publishing;
  publishing = true;
  try {
    update();
  } finally {
    publishing = outer;
  }
}

/** True while a store is publishing an engine frame to its subscribers (inside publishFrame). */
export function isPublishingFrame(): boolean {
  return publishing;
}

type Latest<S, T> = { current: { selector: (state: S) => T; value: T } };

/**
 * Renders the component again if its selection in the store differs from the value on screen or
 * already scheduled (`latest`), and records the new value as scheduled; as a transition or at once.
 */
function follow<S, T>(store: StoreApi<S>, latest: Latest<S, T>, rerender: () => void, asTransition: boolean): void {
  try {
    const next = latest.current.selector(store.getState());
    if (Object.is(next, latest.current.value)) return;
    latest.current.value = next;
  } catch {
    // As React does for useSyncExternalStore: render again, so the error is thrown in render,
    // where an error boundary catches it (not in the store's loop over its subscribers).
  }
  if (asTransition) startTransition(rerender);
  else rerender();
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
 * this). Any other change renders with normal priority: a reader's click or key before the next
 * paint, as before (other changes in a task of their own rather than a microtask).
 *
 * What the component shows or has been asked to show next is kept, so a change that selects the
 * same thing schedules nothing (a frame not published to React, say, while a transition is under
 * way), and after each commit the store is checked again: a change made while React was rendering
 * is not lost. A component re-rendered at once meanwhile shows the store as it is by then, so for
 * a moment it may be a frame ahead of its neighbours; the transition settles them.
 */
export function useFrameSelection<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const value = selector(store.getState());
  // The selector, and the value on screen or already scheduled to be.
  const latest = useRef({ selector, value });
  useLayoutEffect(() => {
    latest.current = { selector, value };
    // Insurance, as useSyncExternalStore checks after each commit: if the store moved on while this
    // render was under way and no subscriber call caught it, catch up, as a transition (most such
    // changes are frames).
    follow(store, latest, rerender, true);
  });
  useEffect(() => {
    const onChange = () => follow(store, latest, rerender, isPublishingFrame());
    // The store may have changed between this render and this subscription.
    onChange();
    return store.subscribe(onChange);
  }, [store]);
  return value;
}
