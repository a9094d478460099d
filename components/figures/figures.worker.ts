/// <reference lib="webworker" />
/**
 * The inline figures' engine: one worker shared by every live figure on the page, each with a
 * simulation of its own (see simHost.ts). Curves drawn from whole runs use the headless worker
 * (headlessRun.ts) instead, so a long batch never stalls a live figure.
 */
import { createSimHost, type SimHost } from '@/components/simulator/simHost';
import type { FigureRequest, FigureResponse } from './workerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const hosts = new Map<number, SimHost>();
const post = (message: FigureResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<FigureRequest>) => {
  const req = event.data;
  switch (req.kind) {
    case 'sim': {
      let host = hosts.get(req.sim);
      if (!host) {
        host = createSimHost((msg) => post({ kind: 'sim', sim: req.sim, msg }));
        hosts.set(req.sim, host);
      }
      host.handle(req.cmd);
      return;
    }
    case 'close':
      hosts.delete(req.sim);
      return;
  }
};
