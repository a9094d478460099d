/**
 * The `break-even` figure's model: the article's example function (100 ms at 512 MB on x86,
 * behind an HTTP API, no database calls on either side) against always-on m7g.large servers
 * behind a load balancer, priced by the engine's monthly cost curve (simulations/curve.ts).
 */
import type { ScenarioInput } from '@/simulations';

export const BREAK_EVEN = {
  servers: [1, 2] as const,
  initialServers: 1,
  /** The reader's traffic: log stops per decade, 0.01 to 10,000 requests/s (the chart's range). */
  stopsPerDecade: 4,
  decades: 6,
  initialRate: 10,
} as const;

export function breakEvenScenario(servers: number): ScenarioInput {
  return {
    function: { memoryMB: 512, durationMs: { distribution: 'constant', mean: 100 } },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    server: { enabled: true, mode: 'fixed', instanceType: 'm7g.large', instances: servers, loadBalancer: true },
  };
}

/** The rate at slider stop `i` (0 = 0.01 requests/s). */
export function breakEvenRateAt(i: number): number {
  return Number((0.01 * 10 ** (i / BREAK_EVEN.stopsPerDecade)).toPrecision(2));
}

export function breakEvenStopOf(rps: number): number {
  return Math.round(Math.log10(rps / 0.01) * BREAK_EVEN.stopsPerDecade);
}
