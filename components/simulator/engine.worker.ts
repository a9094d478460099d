/// <reference lib="webworker" />
/**
 * The engine's home in the browser: a Web Worker, so simulating 10,000 requests/s at 600× never
 * blocks scrolling or input. The UI's frame loop sends `tick`s; each one advances simulated time
 * and answers with one frame (a snapshot and the new per-second rows), so the worker never runs
 * ahead of what the page can draw.
 */
import { createSimulation, MAX_SIMULATED_MS, type Simulation } from '@/simulations';
import type { Command, WorkerMessage } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let sim: Simulation | null = null;
/** Seconds already sent, so each frame carries only new rows. */
let sentSeconds = 0;
let seriesReset = true;

/** Per-second rows kept for charts: one hour of simulated time. */
const SERIES_CAPACITY = 3600;

function post(message: WorkerMessage) {
  scope.postMessage(message);
}

function frame(manualId?: number) {
  if (!sim) return;
  const seconds = Math.floor(sim.timeMs / 1000);
  const fresh = Math.min(seconds - sentSeconds, SERIES_CAPACITY);
  const series = fresh > 0 ? sim.series(fresh) : [];
  sentSeconds = seconds;
  post({ type: 'frame', snapshot: sim.snapshot(), series, seriesReset, manualId });
  seriesReset = false;
}

function handle(cmd: Command) {
  switch (cmd.type) {
    case 'reset': {
      let next: Simulation;
      try {
        // The diagram draws at most a few dozen environment cells; counts still cover every environment.
        next = createSimulation(cmd.scenario, { seriesCapacity: SERIES_CAPACITY, traceEvery: 1, traceCapacity: 50, environmentViews: 64, inFlightSample: 200 });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // With nothing running yet there is nothing to fall back on: the simulation has stopped.
        if (!sim) throw error;
        // Otherwise an invalid scenario changes nothing: the current run goes on, and its series is
        // sent again because the page cleared its charts when it asked for the reset.
        post({ type: 'error', message, rejectedId: cmd.id ?? -1 });
        sentSeconds = 0;
        seriesReset = true;
        frame();
        return;
      }
      sim = next;
      sentSeconds = 0;
      seriesReset = true;
      frame();
      return;
    }
    case 'tick':
      if (!sim) return;
      // A run stops at the engine's horizon (366 simulated days: 14 hours of wall time at 600×).
      sim.advanceBy(Math.max(0, Math.min(cmd.simMs, MAX_SIMULATED_MS - sim.timeMs)));
      frame();
      return;
    case 'setTraffic':
      sim?.setTraffic(cmd.change);
      frame();
      return;
    case 'setConfig':
      sim?.setConfig(cmd.patch);
      frame();
      return;
    case 'sendRequest': {
      if (!sim) return;
      frame(sim.sendRequest());
      return;
    }
    case 'watchTrace':
      sim?.watchTrace(cmd.id);
      frame();
      return;
    case 'frame':
      frame();
      return;
  }
}

scope.onmessage = (event: MessageEvent<Command>) => {
  try {
    handle(event.data);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
