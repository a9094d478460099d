/**
 * The `cold-start-share` figure's model: steady Poisson traffic at one rate, for long enough to
 * see a few thousand requests, and the share of them that found no warm environment. A request
 * cold-starts when the gap since the previous one outlasts the idle timeout (or when several
 * overlap), so for a single environment the share is e^(−rate × idle timeout); the engine's runs
 * should land on that line wherever requests rarely overlap.
 */
import type { RunSummary, ScenarioInput } from '@/simulations';
import { dexp } from '@/simulations/dmath';

/** Rates on the curve, one request an hour to ten a second. */
export const SHARE_RATES = [1 / 3600, 1 / 1800, 1 / 900, 1 / 600, 1 / 300, 1 / 120, 1 / 60, 1 / 30, 1 / 10, 1 / 3, 1, 3, 10] as const;

export const COLD_START_SHARE = {
  idleChoices: [60, 300, 600, 1800] as const,
  initialIdle: 600,
  /** The reader's rate: a log slider's stops per decade, from one request an hour to ten a second. */
  stopsPerDecade: 4,
  initialRate: 1 / 300,
  /** Requests each run sees, unless that would take more than a month (statistical error on a share of ½: about 1.3 points). */
  requestsPerRun: 1500,
  /** The longest run: a month (a run ticks once a simulated second, so length costs time). */
  maxRunSeconds: 30 * 86_400,
  seed: 21,
} as const;

/** A run long enough for `requestsPerRun` requests (at least ten minutes, at most a month). */
export function shareScenario(rps: number, idleSeconds: number): ScenarioInput {
  const seconds = Math.min(COLD_START_SHARE.maxRunSeconds, Math.max(600, Math.ceil(COLD_START_SHARE.requestsPerRun / rps)));
  return {
    seed: COLD_START_SHARE.seed,
    durationSeconds: seconds,
    traffic: { pattern: 'steady', requestsPerSecond: rps },
    function: { idleTimeoutSeconds: idleSeconds },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    server: { enabled: false },
  };
}

/** The one-environment theory: the chance the gap before a request outlasts the idle timeout. */
export function singleEnvironmentShare(rps: number, idleSeconds: number): number {
  return dexp(-rps * idleSeconds);
}

/** The reader's rate at slider stop `i` (0 = one an hour). */
export function rateAtStop(i: number): number {
  return Number((10 ** (i / COLD_START_SHARE.stopsPerDecade) / 3600).toPrecision(3));
}

/** A curve: an engine run per rate, with the one-environment theory beside it. */
export interface ColdStartCurve {
  idleSeconds: number;
  rates: number[];
  shares: number[];
  theory: number[];
}

/** The share of a run's requests that cold-started. */
export function coldStartShareOf(s: RunSummary): number {
  return s.requests > 0 ? s.coldStarts / s.requests : 0;
}

/** The scenarios behind a curve: one run per rate. */
export function curveScenarios(idleSeconds: number): ScenarioInput[] {
  return SHARE_RATES.map((r) => shareScenario(r, idleSeconds));
}

/** A curve from its runs' summaries (in `curveScenarios` order). */
export function curveFrom(idleSeconds: number, summaries: readonly RunSummary[]): ColdStartCurve {
  return {
    idleSeconds,
    rates: [...SHARE_RATES],
    shares: summaries.map(coldStartShareOf),
    theory: SHARE_RATES.map((r) => singleEnvironmentShare(r, idleSeconds)),
  };
}

/** Stops from one an hour to ten a second. */
export const RATE_STOPS = Math.round(Math.log10(36_000) * COLD_START_SHARE.stopsPerDecade);

/** The stop nearest a rate. */
export function stopOf(rps: number): number {
  return Math.round(Math.log10(rps * 3600) * COLD_START_SHARE.stopsPerDecade);
}
