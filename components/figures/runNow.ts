/**
 * Posters only (build time, in Node): run scenarios to their end here and now, exactly as the
 * headless worker runs them for a live figure (validate, refuse what is too big, run), so a
 * poster and its live figure show the same numbers.
 */
import { parseScenario, refusal, runScenario, type RunSummary, type ScenarioInput } from '@/simulations';

export function runNow(scenarios: readonly ScenarioInput[]): RunSummary[] {
  return scenarios.map((input) => {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(`A figure's scenario is invalid: ${parsed.error}`);
    const reason = refusal(parsed.scenario);
    if (reason) throw new Error(`A figure's scenario is refused: ${reason}`);
    return runScenario(parsed.scenario);
  });
}
