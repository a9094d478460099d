'use client';

import { useEffect, type RefObject } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ScenarioInput } from '@/simulations';
import type { Command, EngineChannel, FrameMessage, HostOptions, WorkerMessage } from './protocol';

/** Longest wall-clock gap one frame may simulate: after a stall or a hidden tab, no catch-up storm. */
const MAX_FRAME_MS = 100;

/**
 * How long the engine may stay silent while the page waits for an answer before the page says it
 * stopped answering: the message must show within 2 s, and timers and rendering on a busy device
 * take some of that. A long tick does not count as silence: the worker says it is alive every
 * ALIVE_EVERY_MS of work (simHost.ts), so only a worker that is stuck or gone stays silent.
 */
export const ENGINE_SILENCE_MS = 1000;

/**
 * A new worker's first answer may take longer: it downloads and compiles the engine first (seconds
 * on a slow phone). A worker that fails to load says so at once (its error event); this catches one
 * that never starts.
 */
export const ENGINE_BOOT_MS = 15_000;

/** What the simulator says when its engine went silent (shown as "The simulation stopped: …"). */
export const ENGINE_SILENT = 'its engine stopped answering';

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
  /** Bumped to replace the engine: the bridge closes its channel (terminating a dead or silent worker) and opens a fresh one. */
  engineEpoch?: number;
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
  worker.onerror = (event) => channel.onfailure?.(event.message ? `its engine failed (${event.message})` : 'its engine failed to start');
  worker.onmessageerror = () => channel.onfailure?.('its engine sent a message the page cannot read');
  return channel;
}

/**
 * Whether a message from the engine has a frame's shape (what the bridge relies on); anything else
 * stops the simulation with a message instead of reaching the store. A frame whose contents are
 * wrong further in is the simulator's error boundary's to catch.
 */
export function isFrameMessage(msg: unknown): msg is FrameMessage {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Partial<FrameMessage>;
  return m.type === 'frame' && typeof m.snapshot === 'object' && m.snapshot !== null && Number.isFinite(m.snapshot.timeMs) && Array.isArray(m.series);
}

/**
 * The one bridge between engine and store: opens the engine's channel, drives it from a single
 * animation-frame loop while the simulation is playing, visible and on screen, and publishes each
 * frame into the store. It sends the next tick only after the previous frame arrived, so a slow
 * device runs the simulation slower instead of queueing work. Off screen or in a hidden tab it
 * sends nothing, so the engine uses no CPU. Nothing starts until `enabled` (an embed's poster waits).
 * A worker that fails, sends what is not a frame, or stays silent for ENGINE_SILENCE_MS while
 * an answer is due sets `engineError`; bumping `engineEpoch` replaces it with a fresh one.
 */
export function useSimulationBridge<S extends BridgedState>(store: StoreApi<S>, container: RefObject<HTMLElement | null>, options: BridgeOptions = {}) {
  const { channel: open = dedicatedChannel, stepMs, enabled = true } = options;
  useEffect(() => {
    if (!enabled) return;
    let channel: EngineChannel;
    let awaiting = false;
    let raf = 0;
    let last = 0;
    let onScreen = true;
    // Measured over about a second: simulated ms delivered per wall ms, against the requested speed.
    let windowStart = 0;
    let windowSimMs = 0;
    // Commands sent and not answered yet (each gets one frame or one error back), and the watchdog
    // that fires when the engine has been silent that long while one is due.
    let unanswered = 0;
    let watchdog = 0;
    let booted = false;

    const fail = (message: string) => {
      awaiting = false;
      store.setState({ engineError: message } as Partial<S>);
    };
    const arm = () => {
      window.clearTimeout(watchdog);
      watchdog = unanswered > 0 ? window.setTimeout(silent, booted ? ENGINE_SILENCE_MS : ENGINE_BOOT_MS) : 0;
    };
    // A failure already said (a refused first scenario leaves nothing to answer) is not repeated.
    const silent = () => {
      watchdog = 0;
      if (unanswered > 0 && store.getState().engineError === null) fail(ENGINE_SILENT);
    };
    const send = (cmd: Command) => {
      channel.post(cmd);
      if (unanswered++ === 0) arm();
    };

    const onMessage = (msg: WorkerMessage) => {
      booted = true;
      // Working on a long command: a sign of life, not an answer.
      if (typeof msg === 'object' && msg !== null && msg.type === 'alive') {
        arm();
        return;
      }
      unanswered = Math.max(0, unanswered - 1);
      // Still waiting for more: the engine's allowance of silence starts again from this sign of life.
      arm();
      if (!isFrameMessage(msg)) {
        if (typeof msg === 'object' && msg !== null && msg.type === 'error' && typeof msg.message === 'string') {
          awaiting = false;
          if (msg.rejectedId !== undefined) store.getState().rejectReset(msg.message, msg.rejectedId);
          else store.setState({ engineError: msg.message } as Partial<S>);
        } else fail('its engine sent a frame the page cannot read');
        return;
      }
      awaiting = false;
      try {
        store.getState().receiveFrame(msg);
      } catch (error) {
        // A frame that breaks what reads it (a subscriber, not a render: the error boundary has those).
        fail(`it could not use a frame (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
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

    /** Opens a channel (again) and starts the store's scenario on it. */
    const connect = () => {
      channel = open();
      unanswered = 0;
      booted = false;
      awaiting = false;
      arm();
      channel.onmessage = onMessage;
      channel.onfailure = fail;
      // A shared engine replaced under us: start again on a fresh channel, as a Reset would.
      channel.onreplaced = () => store.setState({ engineEpoch: (store.getState().engineEpoch ?? 0) + 1, engineError: null } as Partial<S>);
      store.setState({ send } as Partial<S>);
      const { scenario, engineOptions, warmupMs } = store.getState();
      send({ type: 'reset', scenario, options: engineOptions, warmupMs });
    };

    // A stopped engine gets no ticks (a late answer, or a fresh engine, starts them again).
    const running = () => store.getState().playing && store.getState().engineError === null && onScreen && document.visibilityState === 'visible';

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

    connect();

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.engineEpoch !== prev.engineEpoch) {
        // A fresh engine: the old worker (dead, or stuck in a loop) is terminated, not waited for.
        channel.onmessage = null;
        channel.onfailure = null;
        channel.onreplaced = null;
        channel.close();
        last = 0;
        windowStart = 0;
        connect();
        kick();
      }
      if (s.playing !== prev.playing) {
        if (s.playing) kick();
        else last = 0;
      }
      if (s.engineError === null && prev.engineError !== null) kick();
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
      window.clearTimeout(watchdog);
      channel.onmessage = null;
      channel.onfailure = null;
      channel.onreplaced = null;
      channel.close();
      store.setState({ send: () => {} } as unknown as Partial<S>);
    };
  }, [store, container, open, stepMs, enabled]);
}
