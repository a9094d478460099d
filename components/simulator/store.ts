/**
 * One zustand store per simulator instance (an article may hold several). It holds what the UI
 * shows and the commands it sends; the bridge hook (useSimulationBridge) carries commands to the
 * engine's worker and frames back. Components read with atomic selectors; per-frame drawing (dots)
 * subscribes into refs instead of re-rendering.
 */
import { createStore } from 'zustand/vanilla';
import type { Scenario, ScenarioInput, SeriesRow, Snapshot, TrafficChange } from '@/simulations';
import { previewScenario, SCENARIO_DEFAULTS, type Platform } from '@/simulations/defaults';
import { mergeScenario } from '@/simulations/merge';
import { presets, type PresetName } from '@/simulations/presets';
import type { CompareChoice } from './compare';
import { publishFrame } from './frameUpdates';
import type { Command, HostOptions } from './protocol';
import { sceneForPreset, scenes, type Scene, type SceneName } from './scenes';
import { DEFAULT_PARAMS, patternChange, type SimulatorParams, type Skin, type Speed, type UrlPattern } from './urlState';

/** Per-second rows kept on the main thread for charts (an hour of simulated time). */
export const SERIES_KEEP = 3600;
/**
 * Readouts, cells and panels re-render at most this often; the dots still move every frame. At
 * 10,000 requests/s, re-rendering React every frame would cost more than the frame itself.
 */
export const PUBLISH_MS = 50;

export interface SimulatorState {
  params: SimulatorParams;
  /** What the engine keeps for its frames (every reset says it); the simulator's defaults when unset. */
  engineOptions?: HostOptions;
  /** What the reader asked for: the scenario the engine was last reset with, plus live changes since (commands read it). */
  scenario: ScenarioInput;
  /**
   * The scenario in force as the engine validated it (every default applied, live changes
   * included), from its latest frame: what components show as settings. Null until the engine's
   * first frame. Traffic the reader changed lives in `scenario.traffic` (the engine's validated
   * scenario keeps the traffic its run started with).
   */
  settings: Scenario | null;
  playing: boolean;
  /** What React components draw: the latest frame, published at most every PUBLISH_MS while playing. */
  snapshot: Snapshot | null;
  /** Every frame, for imperative drawing (request dots) through store.subscribe; no component selects it. */
  frame: Snapshot | null;
  series: SeriesRow[];
  /** Bumped whenever the run starts again, so charts can clear. */
  runId: number;
  notices: string[];
  /** Why the engine stopped (it failed, sent what is not a frame, or stopped answering); Reset starts a fresh one. */
  engineError: string | null;
  /** Bumped by Reset after a failure: the bridge replaces the worker. */
  engineEpoch: number;
  selectedTraceId: number | null;
  /** Effective speed when the engine cannot keep up with the requested one. */
  achievedSpeed: number | null;
  /** The article scene running, if any (its caption shows above the diagram). */
  scene: SceneName | null;
  /** The scene sets the speed as its clock runs (until the reader picks a speed). */
  pacing: boolean;
  /** "Skip ahead": run fast until this simulated time, just before the scene's next moment. */
  skipUntilMs: number | null;

  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: Speed): void;
  /** Steady traffic at this rate, applied live. */
  setRate(requestsPerSecond: number): void;
  /** Reshape the traffic around its current base rate (see `patternChange`). */
  setPattern(pattern: UrlPattern): void;
  loadPreset(name: PresetName | undefined, opts?: { play?: boolean }): void;
  setSeed(seed: number): void;
  setSkin(skin: Skin): void;
  /** Live function/database/async settings. */
  setConfig(patch: ScenarioInput): void;
  /**
   * Another compute model, on a fresh run: the function's requests per instance go back to the
   * platform's default, and provisioned concurrency (Lambda's alone) is off elsewhere.
   */
  setPlatform(platform: Platform): void;
  /** Settings that need a fresh run (gateway type, architecture, server fleet). */
  restartWith(patch: ScenarioInput): void;
  /** The engine refused reset `id`'s scenario: keep the previous one (if no later reset replaced it) and say why. */
  rejectReset(message: string, id: number): void;
  /** Start the run again; after an engine failure, on a fresh engine. */
  reset(): void;
  /** Start the run again on a fresh engine (the old worker is terminated). */
  restartEngine(): void;
  /** Start an article scene from t = 0, playing. */
  runScene(name: SceneName): void;
  /** Run quickly to just before the scene's next moment. */
  skipAhead(): void;
  sendRequest(): void;
  selectTrace(id: number | null): void;
  dismissNotices(): void;
  /** Wired by the bridge: how commands reach the engine. */
  send: (cmd: Command) => void;
  /** A frame from the engine; `publish` overrides when React sees it (compare mode's run B publishes with A). */
  receiveFrame(frame: { snapshot: Snapshot; series: SeriesRow[]; seriesReset: boolean; manualId?: number }, publish?: boolean): void;
  /** Compare mode: what run B changes (undefined: one run). Starts both runs again. */
  setCompare(choice: CompareChoice | undefined): void;
}

/** The scenario a set of URL-level parameters describes. */
/**
 * The Settings tab's changes kept for the URL: `patch` merged into what was set before, less the
 * memory and idle timeout, which have their own parameters.
 */
function settingsAfter(settings: ScenarioInput | undefined, patch: ScenarioInput): ScenarioInput | undefined {
  const { function: fn, ...rest } = patch;
  const fnRest: Record<string, unknown> = { ...fn };
  delete fnRest.memoryMB;
  delete fnRest.idleTimeoutSeconds;
  const next = mergeScenario(settings ?? {}, { ...rest, ...(Object.keys(fnRest).length > 0 ? { function: fnRest } : {}) });
  return Object.keys(next).length > 0 ? next : undefined;
}

export function scenarioFor(params: SimulatorParams): ScenarioInput {
  let scenario: ScenarioInput = params.preset ? structuredClone(presets[params.preset].scenario) : {};
  scenario = mergeScenario(scenario, { seed: params.seed });
  if (params.pattern) {
    // Drawn before any engine runs, so the default rate comes from the defaults' own module.
    const base = params.rps ?? scenario.traffic?.requestsPerSecond ?? SCENARIO_DEFAULTS.traffic.requestsPerSecond;
    scenario = mergeScenario(scenario, { traffic: patternChange(params.pattern, base) });
  } else if (params.rps !== undefined) scenario = mergeScenario(scenario, { traffic: { pattern: 'steady', requestsPerSecond: params.rps } });
  // Provisioned concurrency is on-demand Lambda's alone: a scene that has it runs without it elsewhere.
  if (params.platform) scenario = mergeScenario(scenario, { platform: params.platform, ...(params.platform === 'lambda' ? {} : { function: { provisionedConcurrency: 0 } }) });
  if (params.settings) scenario = mergeScenario(scenario, params.settings);
  if (params.idleSeconds !== undefined) scenario = mergeScenario(scenario, { function: { idleTimeoutSeconds: params.idleSeconds } });
  if (params.memoryMB !== undefined) scenario = mergeScenario(scenario, { function: { memoryMB: params.memoryMB } });
  return scenario;
}

/**
 * The traffic's base rate now: what the reader set, else the run's validated traffic, else (before
 * the engine has answered: an embed loads it on demand) the scenario default from its one home.
 */
export function currentBaseRate(s: Pick<SimulatorState, 'scenario' | 'settings'>): number {
  return s.scenario.traffic?.requestsPerSecond ?? s.settings?.traffic.requestsPerSecond ?? SCENARIO_DEFAULTS.traffic.requestsPerSecond;
}

const previews = new WeakMap<ScenarioInput, Scenario>();

/**
 * The settings to show: the engine's validated scenario, or, before its first frame (an embed's
 * poster, a worker starting), the reader's scenario with the defaults filled in from their one
 * home. The same scenario gives the same object, so a component selecting it re-renders only on a change.
 */
export function shownSettings(s: Pick<SimulatorState, 'scenario' | 'settings'>): Scenario {
  if (s.settings) return s.settings;
  let preview = previews.get(s.scenario);
  if (!preview) previews.set(s.scenario, (preview = previewScenario(s.scenario)));
  return preview;
}

/** The traffic pattern now: the reader's, else the run's, else (before the engine answers) the default. */
export function currentPattern(s: Pick<SimulatorState, 'scenario' | 'settings'>): NonNullable<TrafficChange['pattern']> {
  return s.scenario.traffic?.pattern ?? s.settings?.traffic.pattern ?? SCENARIO_DEFAULTS.traffic.pattern;
}

/** Structural equality of two plain-data values (a frame's scenario against the one kept). */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => samePlainData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export type SimulatorStore = ReturnType<typeof createSimulatorStore>;

/** The speed one request sent while paused plays at: slow motion, so its dot can be followed. */
export const FOLLOW_SPEED: Speed = 0.1;

/** How fast "Skip ahead" runs, and how long before the moment it gives back the scene's own speed. */
export const SKIP_SPEED: Speed = 600;
const SKIP_LEAD_MS = 2000;

/** The speed a scene's pacing asks for at simulated time `ms`. */
export function pacedSpeed(name: SceneName, ms: number): Speed {
  const scene: Scene = scenes[name];
  let speed = scene.speed;
  for (const p of scene.pace ?? []) if (p.atSeconds * 1000 <= ms) speed = p.speed;
  return speed;
}

/** The scene's next moment after simulated time `ms`, if any. */
export function nextMoment(name: SceneName, ms: number) {
  const scene: Scene = scenes[name];
  return scene.moments?.find((m) => m.atSeconds * 1000 > ms) ?? null;
}

/** Creates a simulator store; `autoplay` starts traffic as soon as the engine is ready. */
export function createSimulatorStore(init: { params?: Partial<SimulatorParams>; notices?: string[]; autoplay?: boolean; engineOptions?: HostOptions } = {}) {
  const params: SimulatorParams = { ...DEFAULT_PARAMS, ...init.params };
  let lastPublish = 0;
  let pendingSeries: SeriesRow[] = [];
  /** What was running before the latest reset, restored if the engine rejects the new scenario. */
  let beforeReset: { scenario: ScenarioInput; params: SimulatorParams } | null = null;
  return createStore<SimulatorState>()((set, get) => {
    const restart = (scenario: ScenarioInput, extra: Partial<SimulatorState> = {}) => {
      beforeReset = { scenario: get().scenario, params: get().params };
      const runId = get().runId + 1;
      // settings: null until the new run's frame (shownSettings previews the new scenario meanwhile).
      set({ scenario, settings: null, snapshot: null, frame: null, series: [], runId, selectedTraceId: null, ...extra });
      lastPublish = 0;
      pendingSeries = [];
      get().send({ type: 'reset', scenario, id: runId, options: get().engineOptions });
    };
    return {
      params,
      engineOptions: init.engineOptions,
      scenario: scenarioFor(params),
      settings: null,
      playing: init.autoplay ?? params.play ?? params.rps !== undefined,
      snapshot: null,
      frame: null,
      series: [],
      runId: 0,
      notices: init.notices ?? [],
      engineError: null,
      engineEpoch: 0,
      selectedTraceId: null,
      achievedSpeed: null,
      // A link to a scene's preset, left as the scene set it, shows what that scene asks to watch for.
      scene:
        params.preset && params.rps === undefined && !params.pattern && params.idleSeconds === undefined && params.memoryMB === undefined && !params.settings && !params.platform
          ? sceneForPreset(params.preset)
          : null,
      // A shared scene link keeps the speed it was shared at; the scene's pacing starts with Play.
      pacing: false,
      skipUntilMs: null,

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      togglePlay: () => set({ playing: !get().playing }),
      // The reader's own speed ends the scene's pacing.
      setSpeed: (speed) => set({ params: { ...get().params, speed }, pacing: false, skipUntilMs: null }),
      setRate(requestsPerSecond) {
        const rps = Math.max(0, Math.min(10_000, requestsPerSecond));
        const change: TrafficChange = { pattern: 'steady', requestsPerSecond: rps };
        // The reader's own traffic replaces the scene's script, so its caption no longer applies.
        set({
          params: { ...get().params, rps, pattern: undefined },
          scenario: mergeScenario(get().scenario, { traffic: change }),
          scene: null,
        });
        get().send({ type: 'setTraffic', change });
      },
      setPattern(pattern) {
        const rate = currentBaseRate(get());
        const change = patternChange(pattern, rate);
        // The URL keeps the shape and its base rate, so a reload or a shared link replays it.
        const params: SimulatorParams = { ...get().params, rps: change.requestsPerSecond, pattern: pattern === 'steady' ? undefined : pattern };
        set({ scenario: mergeScenario(get().scenario, { traffic: change }), params, scene: null });
        get().send({ type: 'setTraffic', change });
      },
      loadPreset(name, opts) {
        const scene = name ? sceneForPreset(name) : null;
        // A scene chosen from the menu runs at its own pace, as it does from the article.
        const next = { ...get().params, preset: name, platform: undefined, rps: undefined, pattern: undefined, settings: undefined, ...(scene ? { speed: scenes[scene].speed } : {}) };
        restart(scenarioFor(next), { params: next, playing: opts?.play ?? get().playing, scene, pacing: scene !== null, skipUntilMs: null });
      },
      setSeed(seed) {
        const next = { ...get().params, seed };
        restart(mergeScenario(get().scenario, { seed }), { params: next });
      },
      setSkin: (skin) => set({ params: { ...get().params, skin } }),
      setConfig(patch) {
        const p = get().params;
        const fn = patch.function ?? {};
        // Any change of the scene's settings ends its caption, which describes them.
        set({
          scene: null,
          scenario: mergeScenario(get().scenario, patch),
          params: {
            ...p,
            idleSeconds: fn.idleTimeoutSeconds ?? p.idleSeconds,
            memoryMB: fn.memoryMB ?? p.memoryMB,
            settings: settingsAfter(p.settings, patch),
          },
        });
        get().send({ type: 'setConfig', patch });
      },
      setPlatform(platform) {
        const p = get().params;
        // The link keeps the platform; the per-instance concurrency goes back to its default, and
        // provisioned concurrency set for Lambda does not carry over (scenarioFor turns it off elsewhere).
        const settings = structuredClone(p.settings ?? {});
        if (settings.function) {
          delete settings.function.maxConcurrencyPerInstance;
          if (platform !== 'lambda') delete settings.function.provisionedConcurrency;
          if (Object.keys(settings.function).length === 0) delete settings.function;
        }
        const params: SimulatorParams = { ...p, platform, settings: Object.keys(settings).length > 0 ? settings : undefined };
        const scenario = structuredClone(get().scenario);
        if (scenario.function) delete scenario.function.maxConcurrencyPerInstance;
        restart(mergeScenario(scenario, { platform, ...(platform === 'lambda' ? {} : { function: { provisionedConcurrency: 0 } }) }), { scene: null, params });
      },
      restartWith(patch) {
        restart(mergeScenario(get().scenario, patch), { scene: null, params: { ...get().params, settings: settingsAfter(get().params.settings, patch) } });
      },
      reset() {
        // The engine failed or went silent: a fresh one.
        if (get().engineError !== null) get().restartEngine();
        else restart(get().scenario);
      },
      restartEngine() {
        // A fresh worker, which the bridge starts on this scenario (the old one is terminated, not asked).
        beforeReset = null;
        lastPublish = 0;
        pendingSeries = [];
        set({
          settings: null,
          snapshot: null,
          frame: null,
          series: [],
          runId: get().runId + 1,
          selectedTraceId: null,
          engineError: null,
          engineEpoch: get().engineEpoch + 1,
        });
      },
      rejectReset(message, id) {
        const notices = [...get().notices, `That change was not applied (${message}); the run goes on with the previous settings.`];
        // The first run refused: a link's settings the engine's schema does not accept. Run
        // without them, and say so.
        // (The bridge's first reset carries no id: -1.)
        if ((id === -1 || id === get().runId) && !beforeReset && get().params.settings) {
          const params = { ...get().params, settings: undefined };
          restart(scenarioFor(params), { params, notices: [...get().notices, `Ignored the link's settings (${message}); using the scene's.`] });
          beforeReset = null;
          return;
        }
        // A link's platform the engine refused with its scene: one run on the scene's own.
        if ((id === -1 || id === get().runId) && !beforeReset && get().params.platform) {
          const params = { ...get().params, platform: undefined };
          restart(scenarioFor(params), { params, notices: [...get().notices, `Ignored “platform” (${message}); using the scene’s.`] });
          beforeReset = null;
          return;
        }
        // A link's comparison the engine refused (setup B's value out of range): one run, said so.
        if ((id === -1 || id === get().runId) && !beforeReset && get().params.compare) {
          const params = { ...get().params, compare: undefined };
          restart(get().scenario, { params, notices: [...get().notices, `Ignored “compare” (${message}); showing one run.`] });
          beforeReset = null;
          return;
        }
        // A later reset already replaced this one: the engine runs that, so only say what was refused.
        if (id !== get().runId || !beforeReset) {
          set({ notices });
          return;
        }
        // Roll back to what the engine is still running. (A live change made in the few ms before
        // the refusal arrived was applied to that run by the engine, but is rolled back here.)
        set({ ...beforeReset, runId: get().runId + 1, notices });
        beforeReset = null;
      },
      runScene(name) {
        const scene = scenes[name];
        const next: SimulatorParams = { ...get().params, preset: scene.preset, platform: undefined, rps: undefined, pattern: undefined, settings: undefined, speed: scene.speed };
        restart(scenarioFor(next), { params: next, playing: true, scene: name, pacing: true, skipUntilMs: null });
      },
      skipAhead() {
        const { scene, frame } = get();
        if (!scene || !frame) return;
        const moment = nextMoment(scene, frame.timeMs);
        if (!moment || moment.atSeconds * 1000 - SKIP_LEAD_MS <= frame.timeMs) return;
        set({ skipUntilMs: moment.atSeconds * 1000 - SKIP_LEAD_MS, pacing: true, playing: true, params: { ...get().params, speed: SKIP_SPEED } });
      },
      sendRequest() {
        // Paused, a reader who sends one request wants to follow that one: the traffic stops, so
        // it is the only request, and it plays in slow motion, a tenth of real time, so its dot
        // can be followed hop by hop. (Paused, it could never arrive: simulated time stands still.)
        if (!get().playing) {
          const change: TrafficChange = { pattern: 'idle', requestsPerSecond: 0 };
          set({
            playing: true,
            params: { ...get().params, rps: 0, pattern: undefined, speed: FOLLOW_SPEED },
            scenario: mergeScenario(get().scenario, { traffic: change }),
            scene: null,
            pacing: false,
            skipUntilMs: null,
          });
          get().send({ type: 'setTraffic', change });
        }
        get().send({ type: 'sendRequest' });
      },
      selectTrace(id) {
        set({ selectedTraceId: id });
        // The engine keeps the pick's trace, so it can be inspected even after thousands more.
        get().send({ type: 'watchTrace', id });
      },
      dismissNotices: () => set({ notices: [] }),
      send: () => {},
      setCompare(choice) {
        restart(get().scenario, { params: { ...get().params, compare: choice } });
      },
      receiveFrame(frame, publish) {
        const now = typeof performance === 'undefined' ? 0 : performance.now();
        // A scene paces itself: its speed follows its clock, and a skip runs fast up to its mark.
        const { scene, pacing, skipUntilMs } = get();
        if (scene && pacing) {
          const t = frame.snapshot.timeMs;
          const skipping = skipUntilMs !== null && t < skipUntilMs;
          const speed = skipping ? SKIP_SPEED : pacedSpeed(scene, t);
          if (speed !== get().params.speed || (!skipping && skipUntilMs !== null)) set({ params: { ...get().params, speed }, skipUntilMs: skipping ? skipUntilMs : null });
        }
        if (frame.seriesReset) pendingSeries = [];
        pendingSeries = pendingSeries.concat(frame.series);
        const due = publish ?? (!get().playing || frame.seriesReset || frame.manualId !== undefined || now - lastPublish >= PUBLISH_MS);
        if (!due) {
          publishFrame(() => set({ frame: frame.snapshot }));
          return;
        }
        lastPublish = now;
        const kept = frame.seriesReset ? pendingSeries : get().series.concat(pendingSeries);
        pendingSeries = [];
        // The same settings keep the same object, so components selecting them re-render only on a change.
        const settings = samePlainData(get().settings, frame.snapshot.scenario) ? get().settings : frame.snapshot.scenario;
        // Flagged as a frame: what it changes renders as a transition (frameUpdates.ts). Not when
        // the run's settings changed: that frame answers a reader's choice (a memory size, a
        // gateway), and the control they used shows the engine's settings, so it renders at once.
        const update = () =>
          set({
            frame: frame.snapshot,
            snapshot: frame.snapshot,
            settings,
            series: kept.length > SERIES_KEEP ? kept.slice(kept.length - SERIES_KEEP) : kept,
            engineError: null,
            ...(frame.manualId !== undefined ? { selectedTraceId: frame.manualId } : {}),
          });
        if (settings === get().settings) publishFrame(update);
        else update();
      },
    };
  });
}
