import { createSimulation, type ScenarioInput, type Simulation } from '@/simulations';
import type { EngineOptions } from '@/simulations/engine';

/**
 * Run a scenario to its end, then stop traffic and let every in-flight request finish: `drainMs`
 * at least, then on, a minute at a time, while a function still runs (a long cold start behind a
 * request the gateway gave up on bills only when it ends), for up to a simulated day.
 */
export function runAndDrain(scenario: ScenarioInput, options: EngineOptions = {}, drainMs = 120_000): Simulation {
  const sim = createSimulation(scenario, options);
  const end = sim.scenario.durationSeconds * 1000;
  sim.advanceTo(end);
  sim.setTraffic({ pattern: 'idle' });
  sim.advanceTo(end + drainMs);
  const running = () => {
    const snap = sim.snapshot();
    // Traffic a timeline restarts after the end never drains: leave it to the caller.
    return snap.counts.inProgress > 0 && snap.requestsPerSecond === 0;
  };
  while (running() && sim.timeMs < end + 86_400_000) sim.advanceBy(60_000);
  return sim;
}
