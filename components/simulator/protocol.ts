/** Messages between a simulation's UI (main thread) and the engine's Web Worker. Plain data only. */
import type { ScenarioInput, SeriesRow, Snapshot, TrafficChange } from '@/simulations';

/** Engine options a page may choose (plain data: the worker owns the callbacks). */
export interface HostOptions {
  seriesCapacity?: number;
  traceCapacity?: number;
  eventCapacity?: number;
  environmentViews?: number;
  inFlightSample?: number;
}

export type Command =
  /**
   * Start (again) from t = 0 with this scenario; `id` comes back with a rejection. `warmupMs`
   * advances the fresh run at once (a figure starts where its build-time poster left off).
   */
  | {
      type: 'reset';
      scenario: ScenarioInput;
      id?: number;
      options?: HostOptions;
      warmupMs?: number;
      /**
       * Compare mode: a second run, B, on the scenario with this patch over it, fed the identical
       * arrivals (same seed and traffic) and advanced in lockstep; every traffic and settings
       * change reaches both (B keeps its own value of what the patch sets). Frames then carry B's.
       */
      compare?: ScenarioInput;
    }
  /** Advance simulated time by `simMs` and send a frame back. */
  | { type: 'tick'; simMs: number }
  | { type: 'setTraffic'; change: TrafficChange }
  | { type: 'setConfig'; patch: ScenarioInput }
  | { type: 'sendRequest' }
  /** Keep this request's trace in every snapshot once it finishes (the inspector's pick); null: none. */
  | { type: 'watchTrace'; id: number | null }
  /** Send a frame without advancing (after a change while paused). */
  | { type: 'frame' };

/** A frame: the snapshot and the per-second rows since the last frame. */
export interface FrameMessage {
  type: 'frame';
  snapshot: Snapshot;
  series: SeriesRow[];
  seriesReset: boolean;
  manualId?: number;
  /** Compare mode: run B at the same simulated time. */
  compare?: RunFrame;
}

/** One run's part of a frame. */
export interface RunFrame {
  type: 'frame';
  snapshot: Snapshot;
  series: SeriesRow[];
  seriesReset: boolean;
}

export type WorkerMessage =
  | FrameMessage
  /** Still working on a long command (a big tick): the page's watchdog waits on (simHost.ts). */
  | { type: 'alive' }
  /** `rejectedId`: the id of a reset whose scenario was invalid; the previous run goes on unchanged. */
  | { type: 'error'; message: string; rejectedId?: number };

/** One simulation's end of the conversation with a worker: a dedicated worker, or a share of one. */
export interface EngineChannel {
  post(cmd: Command): void;
  /** Set by the bridge: frames and errors from this simulation. */
  onmessage: ((msg: WorkerMessage) => void) | null;
  /** Set by the bridge: the worker itself failed (it cannot be used again). */
  onfailure: ((message: string) => void) | null;
  /**
   * Set by the bridge, for an engine shared with others: the engine was replaced at someone's
   * request (a reader restarting a stopped figure), so this channel is dead and a fresh one is due.
   */
  onreplaced?: (() => void) | null;
  close(): void;
}
