/// <reference lib="webworker" />
/**
 * The inline figures' engine: one worker shared by every figure on the page. It hosts each live
 * figure's simulation (see simHost.ts) and runs the figures' batch jobs (curves from many
 * headless runs), so no engine work happens on the main thread.
 */
import { createSimHost, type SimHost } from '@/components/simulator/simHost';
import { runJob } from './jobs';
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
    case 'job':
      try {
        post({ kind: 'job', job: req.job, ok: true, result: runJob(req.name, req.input) });
      } catch (error) {
        post({ kind: 'job', job: req.job, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
      return;
  }
};
