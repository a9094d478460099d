/// <reference lib="webworker" />
/**
 * The simulator's engine in the browser: a Web Worker, so simulating 10,000 requests/s at 600×
 * never blocks scrolling or input. It hosts one simulation (see simHost.ts).
 */
import type { Command, WorkerMessage } from './protocol';
import { createSimHost } from './simHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createSimHost((message: WorkerMessage) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<Command>) => host.handle(event.data);
