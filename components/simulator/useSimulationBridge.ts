'use client';

import { useEffect, type RefObject } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ScenarioInput } from '@/simulations';
import type { Command, EngineChannel, FrameMessage, HostOptions, WorkerMessage } from './protocol';

/** Longest wall-clock gap one frame may simulate: after a stall or a hidden tab, no catch-up storm. */
const MAX_FRAME_MS = 100;

/** What the bridge needs of a store: the simulator's and each inline figure's have it. */
export interface BridgedState {
  params: { speed: number };
  scenario: ScenarioInput;
  playing: boolean;
  achievedSpeed: number | null;
  engineError: string | null;
  /** Engine options for every reset (figures keep small ones); the simulator's defaults otherwise. */
  engineOptions?: HostOptions;
  /** The first run starts this far in (a figure starts where its poster shows it). */
  warmupMs?: number;
  send: (cmd: Command) => void;
  receiveFrame(frame: FrameMessage): void;
  rejectReset(message: string, id: number): void;
}

export interface BridgeOptions {
  /** Where the engine runs: by default a dedicated worker of its own. */
  channel?: () => EngineChannel;
  /** Advance in steps this many wall ms apart instead of every animation frame (reduced motion: stepped states). */
  stepMs?: number;
  /** False until the simulation may start (default true). */
  enabled?: boolean;
}

/** A dedicated module worker holding one simulation. */
export function dedicatedChannel(): EngineChannel {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'serverless-engine' });
  const channel: EngineChannel = {
    post: (cmd) => worker.postMessage(cmd),
    onmessage: null,
    onfailure: null,
    close: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => channel.onmessage?.(event.data);
  worker.onerror = (event) => channel.onfailure?.(event.message || 'The simulation engine failed to start.');
  return channel;
}

/**
 * The one bridge between engine and store: opens the engine's channel, drives it from a single
 * animation-frame loop while the simulation is playing, visible and on screen, and publishes each
 * frame into the store. It sends the next tick only after the previous frame arrived, so a slow
 * device runs the simulation slower instead of queueing work. Off screen or in a hidden tab it
 * sends nothing, so the engine uses no CPU. Nothing starts until `enabled` (an embed's poster waits).
 */
export function useSimulationBridge<S extends BridgedState>(store: StoreApi<S>, container: RefObject<HTMLElement | null>, options: BridgeOptions = {}) {
  const { channel: open = dedicatedChannel, stepMs, enabled = true } = options;
  useEffect(() => {
    if (!enabled) return;
    const channel = open();
    const send = (cmd: Command) => channel.post(cmd);
    store.setState({ send } as Partial<S>);

    let awaiting = false;
    let raf = 0;
    let last = 0;
    let onScreen = true;
    // Measured over about a second: simulated ms delivered per wall ms, against the requested speed.
    let windowStart = 0;
    let windowSimMs = 0;

    channel.onmessage = (msg) => {
      if (msg.type === 'error') {
        awaiting = false;
        if (msg.rejectedId !== undefined) store.getState().rejectReset(msg.message, msg.rejectedId);
        else store.setState({ engineError: msg.message } as Partial<S>);
        return;
      }
      awaiting = false;
      store.getState().receiveFrame(msg);
      const now = performance.now();
      if (windowStart && now - windowStart >= 1000) {
        const speed = store.getState().params.speed;
        const achieved = windowSimMs / (now - windowStart);
        const next = achieved < speed * 0.8 ? achieved : null;
        if (next !== store.getState().achievedSpeed) store.setState({ achievedSpeed: next } as Partial<S>);
        windowStart = now;
        windowSimMs = 0;
      }
    };
    channel.onfailure = (message) => {
      awaiting = false;
      store.setState({ engineError: message } as Partial<S>);
    };

    const running = () => store.getState().playing && onScreen && document.visibilityState === 'visible';

    const loop = (now: number) => {
      raf = 0;
      if (!running()) {
        last = 0;
        windowStart = 0;
        return;
      }
      const due = !stepMs || !last || now - last >= stepMs;
      if (!awaiting && due) {
        const dt = stepMs ?? (last ? Math.min(now - last, MAX_FRAME_MS) : 1000 / 60);
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

    const { scenario, engineOptions, warmupMs } = store.getState();
    send({ type: 'reset', scenario, options: engineOptions, warmupMs });

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
      channel.close();
      store.setState({ send: () => {} } as unknown as Partial<S>);
    };
  }, [store, container, open, stepMs, enabled]);
}
