/** Messages between the simulator UI (main thread) and the engine's Web Worker. Plain data only. */
import type { ScenarioInput, SeriesRow, Snapshot, TrafficChange } from '@/simulations';

export type Command =
  /** Start (again) from t = 0 with this scenario; `id` comes back with a rejection. */
  | { type: 'reset'; scenario: ScenarioInput; id?: number }
  /** Advance simulated time by `simMs` and send a frame back. */
  | { type: 'tick'; simMs: number }
  | { type: 'setTraffic'; change: TrafficChange }
  | { type: 'setConfig'; patch: ScenarioInput }
  | { type: 'sendRequest' }
  /** Keep this request's trace in every snapshot once it finishes (the inspector's pick); null: none. */
  | { type: 'watchTrace'; id: number | null }
  /** Send a frame without advancing (after a change while paused). */
  | { type: 'frame' };

export type WorkerMessage =
  | { type: 'frame'; snapshot: Snapshot; series: SeriesRow[]; seriesReset: boolean; manualId?: number }
  /** `rejectedId`: the id of a reset whose scenario was invalid; the previous run goes on unchanged. */
  | { type: 'error'; message: string; rejectedId?: number };
