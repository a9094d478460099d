/** The `cold-start-share` figure's engine runs (in the figures' worker, or at build time for the poster). */
import { parseScenario, runScenario } from '@/simulations';
import { SHARE_RATES, shareScenario, singleEnvironmentShare, type ColdStartCurve } from './coldStartShare';

/** The share of requests that cold-started in one engine run. */
export function coldStartShareAt(rps: number, idleSeconds: number): number {
  const parsed = parseScenario(shareScenario(rps, idleSeconds));
  if (!parsed.ok) throw new Error(parsed.error);
  const s = runScenario(parsed.scenario);
  return s.requests > 0 ? s.coldStarts / s.requests : 0;
}

/** The curve for one idle timeout: an engine run per rate, with the theory beside it. */
export function coldStartCurve(input: { idleSeconds: number }): ColdStartCurve {
  return {
    idleSeconds: input.idleSeconds,
    rates: [...SHARE_RATES],
    shares: SHARE_RATES.map((r) => coldStartShareAt(r, input.idleSeconds)),
    theory: SHARE_RATES.map((r) => singleEnvironmentShare(r, input.idleSeconds)),
  };
}
