'use client';

import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { SimulatorStore } from './store';

/**
 * Poster first: whether the live simulator (engine and live diagram) should run yet. It starts
 * when the simulator is on screen and playing, once the page has finished its own work (idle),
 * or at once when the reader presses a key or a pointer inside it. It never stops once started.
 * `immediate` skips all that (the site's simulators, which load on demand already).
 */
export function useGoLive(store: SimulatorStore, container: RefObject<HTMLElement | null>, immediate: boolean): boolean {
  const [live, setLiveNow] = useState(immediate);
  // A transition: React renders the live diagram in slices, so the page stays responsive meanwhile
  // (the poster stays up until it is ready).
  const setLive = (value: boolean) => startTransition(() => setLiveNow(value));
  useEffect(() => {
    if (live) return;
    const el = container.current;
    if (!el) return;
    let visible = false;
    let idleHandle: number | null = null;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    const consider = () => {
      if (!visible || !store.getState().playing || idleHandle !== null) return;
      // After the poster has painted and the page is quiet, not in the middle of its start-up.
      idleHandle = idle(() => setLive(true), { timeout: 1500 });
    };
    const observer = new IntersectionObserver(([entry]) => {
      visible = entry?.isIntersecting ?? false;
      if (visible) consider();
      else if (idleHandle !== null) {
        cancelIdle(idleHandle);
        idleHandle = null;
      }
    });
    observer.observe(el);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.playing && !prev.playing) setLive(true);
      else if (!s.playing && idleHandle !== null) {
        cancelIdle(idleHandle);
        idleHandle = null;
      }
    });
    // Touching any control means the reader wants the real thing (a panel, a setting, the slider).
    const now = () => setLive(true);
    el.addEventListener('pointerdown', now, { once: true });
    el.addEventListener('keydown', now, { once: true });
    return () => {
      observer.disconnect();
      unsubscribe();
      el.removeEventListener('pointerdown', now);
      el.removeEventListener('keydown', now);
      if (idleHandle !== null) cancelIdle(idleHandle);
    };
  }, [live, store, container]);
  return live;
}
