'use client';
/**
 * The page's side of the live figures' shared worker: created when the first figure needs it,
 * shared by all of them, and created afresh after a failure (the failed one is gone for good).
 */
import type { EngineChannel } from '@/components/simulator/protocol';
import type { FigureRequest, FigureResponse } from './workerProtocol';

interface Shared {
  worker: Worker;
  channels: Map<number, EngineChannel>;
}

let shared: Shared | null = null;
let nextId = 1;

function fail(s: Shared, message: string) {
  if (shared === s) shared = null;
  s.worker.terminate();
  for (const c of s.channels.values()) c.onfailure?.(message);
  s.channels.clear();
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
