/// <reference lib="webworker" />
/**
 * The worker behind `runHeadless`: whole runs (a scene's five minutes, a day of traffic) take from
 * a tenth of a second to seconds, so they never run on the page's thread. One job at a time; the
 * client sends the next when this one has answered.
 */
import { runHeadlessJob } from './headlessJob';
import type { HeadlessRequest } from './headlessProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<HeadlessRequest>) => runHeadlessJob(event.data, (reply) => scope.postMessage(reply));
