/** Stable store selectors shared by the charts (stable so throttled subscriptions stay put). */
import { currentBaseRate, shownSettings, type SimulatorState } from '@/components/simulator/store';

export const selectSeries = (s: SimulatorState) => s.series;
export const selectKitchen = (s: SimulatorState) => s.params.skin === 'kitchen';
export const selectServerOn = (s: SimulatorState) => shownSettings(s).server.enabled;
/** The steady rate now: the engine's current target, else the URL's rate, else the scenario's. */
export const selectRate = (s: SimulatorState) => s.snapshot?.requestsPerSecond ?? s.params.rps ?? currentBaseRate(s);
/** What the reader asked for (the engine's validated form is `s.settings`; see shownSettings). */
export const selectScenario = (s: SimulatorState) => s.scenario;
