/**
 * One small store per inline figure: the scenario it runs, whether it plays, and the latest frame.
 * The bridge (useSimulationBridge) carries its commands to the figures' shared worker and frames
 * back. Figures re-render on each frame (as a transition): they are small, and their engines run
 * a few hundred requests a second at most.
 */
import { createStore } from 'zustand/vanilla';
import type { ScenarioInput, SeriesRow, Snapshot, TrafficChange } from '@/simulations';
import { mergeScenario } from '@/simulations/merge';
import { publishFrame } from '@/components/simulator/frameUpdates';
import type { FrameMessage, HostOptions } from '@/components/simulator/protocol';
import type { BridgedState } from '@/components/simulator/useSimulationBridge';

export interface FigureState extends BridgedState {
  /** The latest frame (null until the engine answers). */
  frame: Snapshot | null;
  /** Per-second rows of this run, oldest first (at most `keepSeries`). */
  series: SeriesRow[];
  /** Bumped whenever the run starts again. */
  runId: number;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  setTraffic(change: TrafficChange): void;
  setConfig(patch: ScenarioInput): void;
  /** Start again from t = 0 (after `warmupMs`) with this scenario, or the current one. */
  restart(scenario?: ScenarioInput, warmupMs?: number): void;
  sendRequest(): void;
}

export type FigureStore = ReturnType<typeof createFigureStore>;

export interface FigureStoreInit {
  scenario: ScenarioInput;
  /** Simulated ms per wall ms. */
  speed: number;
  playing?: boolean;
  engineOptions?: HostOptions;
  warmupMs?: number;
  /** Per-second rows kept for the figure's chart or window. */
  keepSeries?: number;
}

export function createFigureStore(init: FigureStoreInit) {
  const keep = init.keepSeries ?? 120;
  return createStore<FigureState>()((set, get) => ({
    params: { speed: init.speed },
    scenario: init.scenario,
    playing: init.playing ?? true,
    achievedSpeed: null,
    engineError: null,
    engineOptions: { seriesCapacity: keep, traceCapacity: 20, eventCapacity: 100, environmentViews: 200, inFlightSample: 0, ...init.engineOptions },
    warmupMs: init.warmupMs,
    frame: null,
    series: [],
    runId: 0,
    send: () => {},

    play: () => set({ playing: true }),
    pause: () => set({ playing: false }),
    setSpeed: (speed) => set({ params: { speed } }),
    setTraffic(change) {
      set({ scenario: mergeScenario(get().scenario, { traffic: change }) });
      get().send({ type: 'setTraffic', change });
    },
    setConfig(patch) {
      set({ scenario: mergeScenario(get().scenario, patch) });
      get().send({ type: 'setConfig', patch });
    },
    restart(scenario, warmupMs) {
      const next = scenario ?? get().scenario;
      const runId = get().runId + 1;
      set({ scenario: next, frame: null, series: [], runId, warmupMs, engineError: null });
      get().send({ type: 'reset', scenario: next, id: runId, options: get().engineOptions, warmupMs });
    },
    sendRequest() {
      get().send({ type: 'sendRequest' });
    },
    receiveFrame(msg: FrameMessage) {
      const rows = msg.seriesReset ? msg.series : get().series.concat(msg.series);
      // Flagged as a frame: the figure re-renders as a transition (frameUpdates.ts), not at once.
      publishFrame(() => set({ frame: msg.snapshot, series: rows.length > keep ? rows.slice(rows.length - keep) : rows, engineError: null }));
    },
    rejectReset(message) {
      set({ engineError: message });
    },
  }));
}
