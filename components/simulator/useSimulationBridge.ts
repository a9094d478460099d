'use client';

import { useEffect, type RefObject } from 'react';
import type { Command, WorkerMessage } from './protocol';
import type { SimulatorStore } from './store';

/** Longest wall-clock gap one frame may simulate: after a stall or a hidden tab, no catch-up storm. */
const MAX_FRAME_MS = 100;

/**
 * The one bridge between engine and store: starts the engine's worker, drives it from a single
 * animation-frame loop while the simulator is playing, visible and on screen, and publishes each
 * frame into the store. It sends the next tick only after the previous frame arrived, so a slow
 * device runs the simulation slower instead of queueing work. Nothing starts until `enabled`.
 */
export function useSimulationBridge(store: SimulatorStore, container: RefObject<HTMLElement | null>, enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'serverless-engine' });
    const send = (cmd: Command) => worker.postMessage(cmd);
    store.setState({ send });

    let awaiting = false;
    let raf = 0;
    let last = 0;
    let onScreen = true;
    // Measured over about a second: simulated ms delivered per wall ms, against the requested speed.
    let windowStart = 0;
    let windowSimMs = 0;

    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const msg = event.data;
      if (msg.type === 'error') {
        awaiting = false;
        if (msg.rejectedId !== undefined) store.getState().rejectReset(msg.message, msg.rejectedId);
        else store.setState({ engineError: msg.message });
        return;
      }
      awaiting = false;
      store.getState().receiveFrame(msg);
      const now = performance.now();
      if (windowStart && now - windowStart >= 1000) {
        const speed = store.getState().params.speed;
        const achieved = windowSimMs / (now - windowStart);
        const next = achieved < speed * 0.8 ? achieved : null;
        if (next !== store.getState().achievedSpeed) store.setState({ achievedSpeed: next });
        windowStart = now;
        windowSimMs = 0;
      }
    };
    worker.onerror = (event) => {
      store.setState({ engineError: event.message || 'The simulation engine failed to start.' });
    };

    const running = () => store.getState().playing && onScreen && document.visibilityState === 'visible';

    const loop = (now: number) => {
      raf = 0;
      if (!running()) {
        last = 0;
        windowStart = 0;
        return;
      }
      if (!awaiting) {
        const dt = last ? Math.min(now - last, MAX_FRAME_MS) : 1000 / 60;
        last = now;
        awaiting = true;
        const simMs = dt * store.getState().params.speed;
        if (!windowStart) {
          windowStart = now;
          windowSimMs = 0;
        } else windowSimMs += simMs;
        send({ type: 'tick', simMs });
      }
      raf = requestAnimationFrame(loop);
    };
    const kick = () => {
      if (!raf && running()) raf = requestAnimationFrame(loop);
    };

    send({ type: 'reset', scenario: store.getState().scenario });

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.playing !== prev.playing) {
        if (s.playing) kick();
        else last = 0;
      }
    });
    const onVisibility = () => {
      last = 0;
      kick();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const observer = new IntersectionObserver(([entry]) => {
      onScreen = entry?.isIntersecting ?? true;
      last = 0;
      kick();
    });
    if (container.current) observer.observe(container.current);
    kick();

    return () => {
      unsubscribe();
      observer.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      if (raf) cancelAnimationFrame(raf);
      worker.terminate();
      store.setState({ send: () => {} });
    };
  }, [store, container, enabled]);
}
