'use client';
/**
 * The page's side of the live figures' shared worker: created when the first figure needs it and
 * shared by all of them. A worker that failed is gone for good; the next figure to start gets a
 * fresh one. `restartFigureEngine` (a stopped figure's Restart) replaces the worker, failed or
 * stuck, and every figure that was on it starts again on the new one.
 */
import type { EngineChannel } from '@/components/simulator/protocol';
import type { FigureRequest, FigureResponse } from './workerProtocol';

interface Shared {
  worker: Worker;
  channels: Map<number, EngineChannel>;
}

let shared: Shared | null = null;
/** The worker that failed last, kept so a restart reaches the figures that were on it. */
let failed: Shared | null = null;
let nextId = 1;

function fail(s: Shared, message: string) {
  if (shared === s) shared = null;
  failed = s;
  s.worker.terminate();
  for (const c of [...s.channels.values()]) c.onfailure?.(message);
}

function worker(): Shared {
  if (shared) return shared;
  const w = new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module', name: 'figures-engine' });
  const s: Shared = { worker: w, channels: new Map() };
  w.onmessage = (event: MessageEvent<FigureResponse>) => {
    const res = event.data;
    s.channels.get(res.sim)?.onmessage?.(res.msg);
  };
  w.onerror = (event) => fail(s, event.message || 'The figures’ engine failed to start.');
  shared = s;
  return s;
}

/**
 * Stops the figures' worker (one that stopped answering is stuck in a loop: only terminating it
 * frees its thread) and tells every figure that was on it, or on the one that failed, to start
 * again on a fresh one.
 */
export function restartFigureEngine() {
  const gone = [shared, failed].filter((s): s is Shared => s !== null);
  shared = null;
  failed = null;
  for (const s of gone) {
    s.worker.terminate();
    const channels = [...s.channels.values()];
    s.channels.clear();
    for (const c of channels) c.onreplaced?.();
  }
}

const post = (s: Shared, req: FigureRequest) => s.worker.postMessage(req);

/** A channel to a simulation of its own inside the shared worker (for the bridge). */
export function figureChannel(): EngineChannel {
  const s = worker();
  const sim = nextId++;
  const channel: EngineChannel = {
    post: (cmd) => post(s, { kind: 'sim', sim, cmd }),
    onmessage: null,
    onfailure: null,
    close() {
      if (!s.channels.delete(sim)) return;
      post(s, { kind: 'close', sim });
    },
  };
  s.channels.set(sim, channel);
  return channel;
}
