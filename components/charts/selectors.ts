/** Stable store selectors shared by the charts (stable so throttled subscriptions stay put). */
import type { SimulatorState } from '@/components/simulator/store';

export const selectSeries = (s: SimulatorState) => s.series;
export const selectKitchen = (s: SimulatorState) => s.params.skin === 'kitchen';
export const selectServerOn = (s: SimulatorState) => s.scenario.server?.enabled !== false;
/** The steady rate now: the engine's current target, else the URL's rate, else the scenario's. */
export const selectRate = (s: SimulatorState) =>
  s.snapshot?.requestsPerSecond ?? s.params.rps ?? s.scenario.traffic?.requestsPerSecond ?? 10;
export const selectScenario = (s: SimulatorState) => s.scenario;
