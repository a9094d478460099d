/** The `concurrency` figure before it is live: the engine's own run, computed at build time. */
import { createSimulation } from '@/simulations';
import { formatCount, formatMs } from '@/components/simulator/format';
import { ControlRow, StaticSetting } from '../parts';
import { CONCURRENCY, concurrencyScenario, windowMeanConcurrency } from './concurrency';
import { ConcurrencyView } from './ConcurrencyView';

export function ConcurrencyPoster() {
  const rps = CONCURRENCY.rps.initial;
  const durationMs = CONCURRENCY.durationMs.initial;
  const sim = createSimulation(concurrencyScenario(rps, durationMs), { seriesCapacity: 60, environmentViews: 200, inFlightSample: 0, traceCapacity: 1 });
  sim.advanceTo(CONCURRENCY.warmupMs);
  const snap = sim.snapshot();
  return (
    <ConcurrencyView
      data={{ rps, durationMs, concurrency: windowMeanConcurrency(sim.series()), environments: snap.environments, live: snap.counts.live }}
      controls={
        <ControlRow>
          <StaticSetting label={{ cloud: 'Traffic', kitchen: 'Orders' }} value={`${formatCount(rps)} requests per second`} />
          <StaticSetting label={{ cloud: 'Request duration', kitchen: 'Cooking time' }} value={formatMs(durationMs)} />
        </ControlRow>
      }
    />
  );
}
