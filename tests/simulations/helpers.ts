import { createSimulation, type ScenarioInput, type Simulation } from '@/simulations';
import type { EngineOptions } from '@/simulations/engine';

/** Run a scenario to its end, then stop traffic and let every in-flight request finish. */
export function runAndDrain(scenario: ScenarioInput, options: EngineOptions = {}, drainMs = 120_000): Simulation {
  const sim = createSimulation(scenario, options);
  const end = sim.scenario.durationSeconds * 1000;
  sim.advanceTo(end);
  sim.setTraffic({ pattern: 'idle' });
  sim.advanceTo(end + drainMs);
  return sim;
}
