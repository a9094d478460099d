/**
 * The `pay-per-use` figure's model: steady traffic into a 512 MB function beside one always-on
 * m7g.large (no load balancer, so the rent is the instance's alone). At 20 requests/s the two
 * cost about the same per hour while traffic flows; the figure is about what happens when it stops.
 */
import type { ScenarioInput, SeriesRow, Snapshot } from '@/simulations';

export const PAY_PER_USE = {
  rps: 20,
  /** Ten simulated minutes per second. */
  speed: 600,
  /** The poster, and the live figure's first frame: twenty minutes of traffic. */
  warmupMs: 20 * 60_000,
  /** The chart shows this many simulated seconds. */
  chartSeconds: 2 * 3600,
  seed: 3,
} as const;

export function payPerUseScenario(): ScenarioInput {
  return {
    seed: PAY_PER_USE.seed,
    durationSeconds: 86_400,
    traffic: { pattern: 'steady', requestsPerSecond: PAY_PER_USE.rps },
    function: { memoryMB: 512 },
    server: { enabled: true, mode: 'fixed', instances: 1, instanceType: 'm7g.large', loadBalancer: false },
  };
}

/** The function's own bill from a snapshot: per-request fees plus per-ms compute. */
export function functionBillUsd(s: Pick<Snapshot, 'cost'>): number {
  return s.cost.functionRequests + s.cost.functionCompute;
}

/** The same from a series row. */
export function functionBillOfRow(r: SeriesRow): number {
  return r.costFunctionRequestsUsd + r.costFunctionComputeUsd;
}
