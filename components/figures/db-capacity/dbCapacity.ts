/**
 * The `db-capacity` figure's model: the same spike of writes (one 1 KB item per request, one
 * write request unit) into a DynamoDB table in each capacity mode, with the same arrivals (same
 * seed). On demand takes everything and bills each write. Provisioned at 100 write units a second
 * bills by the hour and banks up to 300 s of unused capacity for bursts; once the bank is spent,
 * writes over capacity fail and the client gets 502.
 */
import type { ScenarioInput } from '@/simulations';

export const DB_CAPACITY = {
  peak: { min: 200, max: 1000, step: 100, initial: 400 },
  baseRps: 20,
  spikeStartSeconds: 60,
  spikeSeconds: 60,
  writeCapacityUnits: 100,
  runSeconds: 180,
  seed: 29,
} as const;

export function dbScenario(mode: 'onDemand' | 'provisioned', peak: number): ScenarioInput {
  return {
    seed: DB_CAPACITY.seed,
    durationSeconds: DB_CAPACITY.runSeconds,
    traffic: { pattern: 'spike', requestsPerSecond: DB_CAPACITY.baseRps, peakRequestsPerSecond: peak, spikeStartSeconds: DB_CAPACITY.spikeStartSeconds, spikeDurationSeconds: DB_CAPACITY.spikeSeconds },
    function: { durationMs: { distribution: 'lognormal', mean: 40, p99: 120 } },
    database:
      mode === 'onDemand'
        ? { mode, readsPerRequest: 0, writesPerRequest: 1, itemSizeKB: 1 }
        : { mode, readsPerRequest: 0, writesPerRequest: 1, itemSizeKB: 1, writeCapacityUnits: DB_CAPACITY.writeCapacityUnits, readCapacityUnits: 1 },
    server: { enabled: false },
  };
}
