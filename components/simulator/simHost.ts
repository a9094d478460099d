/**
 * One simulation living in a worker: turns commands into engine calls and answers each with one
 * frame (a snapshot and the new per-second rows), so the worker never runs ahead of what the page
 * can draw. The simulator's own worker holds one; the inline figures' shared worker holds several.
 */
import { createSimulation, MAX_SIMULATED_MS, type ScenarioInput, type Simulation } from '@/simulations';
import { mergeScenario } from '@/simulations/merge';
import { overlayPatch } from './compare';
import type { Command, HostOptions, RunFrame, WorkerMessage } from './protocol';

/** A simulation hosted in a worker; `handle` never throws (failures become error messages). */
export interface SimHost {
  handle(cmd: Command): void;
}

/**
 * While a tick takes long (a minute simulated at 10,000 requests/s: about 350 ms on the development
 * VM, more on a slow phone), the host says it is alive this often, so the page tells a busy engine
 * from a stuck one (useSimulationBridge's watchdog waits ENGINE_SILENCE_MS).
 */
export const ALIVE_EVERY_MS = 250;
/** A tick advances in steps of this much simulated time, checking the clock between them (the run is the same however it is stepped). */
const TICK_STEP_MS = 1000;

/** The `rejectedId` of a live change refused (no reset has this id: the store only says so). */
export const REJECTED_LIVE = -2;

/** Per-second rows kept for charts unless the page asks otherwise: one hour of simulated time. */
const SERIES_CAPACITY = 3600;

/** The simulator's defaults: the diagram draws at most a few dozen environment cells; counts still cover every environment. */
const DEFAULT_OPTIONS: Required<HostOptions> = {
  seriesCapacity: SERIES_CAPACITY,
  traceCapacity: 50,
  eventCapacity: 200,
  environmentViews: 64,
  inFlightSample: 200,
};

/** `clock`: wall ms (tests pass their own). */
export function createSimHost(post: (message: WorkerMessage) => void, clock: () => number = () => performance.now()): SimHost {
  let sim: Simulation | null = null;
  /** Compare mode: run B, fed what A is fed, and the patch that makes it B. */
  let simB: Simulation | null = null;
  let variant: ScenarioInput = {};
  let capacity = SERIES_CAPACITY;
  /** Seconds already sent, so each frame carries only new rows. */
  let sentSeconds = 0;
  let seriesReset = true;

  const frame = (manualId?: number) => {
    if (!sim) return;
    const seconds = Math.floor(sim.timeMs / 1000);
    const fresh = Math.min(seconds - sentSeconds, capacity);
    const series = fresh > 0 ? sim.series(fresh) : [];
    // Run B is always at A's simulated time, so the same rows are new for both.
    const compare: RunFrame | undefined = simB ? { type: 'frame', snapshot: simB.snapshot(), series: fresh > 0 ? simB.series(fresh) : [], seriesReset } : undefined;
    sentSeconds = seconds;
    post({ type: 'frame', snapshot: sim.snapshot(), series, seriesReset, manualId, compare });
    seriesReset = false;
  };

  const handle = (cmd: Command) => {
    switch (cmd.type) {
      case 'reset': {
        const options = { ...DEFAULT_OPTIONS, ...cmd.options, traceEvery: 1 };
        let next: Simulation;
        let nextB: Simulation | null = null;
        try {
          next = createSimulation(cmd.scenario, options);
          if (cmd.warmupMs && cmd.warmupMs > 0) next.advanceTo(Math.min(cmd.warmupMs, MAX_SIMULATED_MS));
          try {
            nextB = cmd.compare ? createSimulation(mergeScenario(cmd.scenario, cmd.compare), options) : null;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new Error(message.startsWith('Invalid scenario: ') ? message.replace('Invalid scenario: ', 'Invalid scenario for setup B: ') : `setup B: ${message}`);
          }
          if (nextB && cmd.warmupMs && cmd.warmupMs > 0) nextB.advanceTo(next.timeMs);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          // With nothing running yet there is nothing to fall back on: the simulation has stopped.
          if (!sim) {
            post({ type: 'error', message });
            return;
          }
          // Otherwise an invalid scenario changes nothing: the current run goes on, and its series is
          // sent again because the page cleared its charts when it asked for the reset.
          post({ type: 'error', message, rejectedId: cmd.id ?? -1 });
          sentSeconds = 0;
          seriesReset = true;
          frame();
          return;
        }
        sim = next;
        simB = nextB;
        variant = cmd.compare ?? {};
        capacity = options.seriesCapacity;
        // A warmed-up run sends the rows it already has (up to the capacity) with its first frame.
        sentSeconds = 0;
        seriesReset = true;
        frame();
        return;
      }
      case 'tick':
        if (!sim) return;
        {
          // A run stops at the engine's horizon (366 simulated days: 14 hours of wall time at 600×).
          const end = sim.timeMs + Math.max(0, Math.min(cmd.simMs, MAX_SIMULATED_MS - sim.timeMs));
          let said = clock();
          while (sim.timeMs < end) {
            sim.advanceTo(Math.min(end, sim.timeMs + TICK_STEP_MS));
            simB?.advanceTo(sim.timeMs);
            const now = clock();
            if (now - said >= ALIVE_EVERY_MS && sim.timeMs < end) {
              post({ type: 'alive' });
              said = now;
            }
          }
        }
        frame();
        return;
      case 'setTraffic':
        sim?.setTraffic(cmd.change);
        simB?.setTraffic(cmd.change);
        frame();
        return;
      case 'setConfig':
        // B keeps what makes it B. A change B cannot take (a concurrency limit under B's own
        // provisioned environments) reaches neither run, and the page says so instead of stopping.
        if (simB) {
          try {
            simB.setConfig(overlayPatch(cmd.patch, variant));
          } catch (error) {
            post({ type: 'error', message: `setup B cannot take it: ${error instanceof Error ? error.message : String(error)}`, rejectedId: REJECTED_LIVE });
            frame();
            return;
          }
        }
        sim?.setConfig(cmd.patch);
        frame();
        return;
      case 'sendRequest':
        if (sim) {
          const id = sim.sendRequest();
          simB?.sendRequest();
          frame(id);
        }
        return;
      case 'watchTrace':
        sim?.watchTrace(cmd.id);
        frame();
        return;
      case 'frame':
        frame();
        return;
    }
  };

  return {
    handle(cmd) {
      try {
        handle(cmd);
      } catch (error) {
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
