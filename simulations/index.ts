/** Public API of the simulation engine. Pure TypeScript: runs the same in Node, browsers and Web Workers. */
export { createSimulation, MAX_SIMULATED_MS, type Simulation } from './simulation';
export { parseScenario, scenarioSchema, defaultScenario, mergeScenario, TRAFFIC_PATTERNS } from './schema';
export type { Scenario, ScenarioInput, ScenarioPartial, ParseResult, TrafficChange } from './schema';
export { presets, type Preset, type PresetName } from './presets';
export {
  PRICES,
  FREE_TIER,
  INSTANCES,
  LIMITS,
  RUNTIMES,
  COLD_START_P99_TO_MEAN,
  DB_LATENCY_P99_TO_MEAN,
  coldStartMeanMs,
  type Fact,
  type FactKind,
  type TieredFact,
  type Tier,
  type RuntimeName,
  type RuntimeProfile,
  type InstanceType,
} from './facts';
export { monthlyCostCurve, MONTH_SECONDS, type CostCurve, type CostCurvePoint } from './curve';
export { costFromUsage, tieredCost, type Usage, type CostBreakdown, type PricingOptions } from './pricing';
export { SERIES_COLUMNS, type SeriesRow, type EngineOptions } from './engine';
export { runScenario, refusal, runWork, MAX_RUN_CPU_SECONDS, MAX_IN_FLIGHT } from './run';
export type * from './types';
export { CLIENT_STATUS } from './types';
