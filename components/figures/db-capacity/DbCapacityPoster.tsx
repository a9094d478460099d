/** The `db-capacity` figure before it is live: both tables run to the end at build time. */
import { createSimulation, type ScenarioInput } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { DB_CAPACITY, dbScenario } from './dbCapacity';
import { DbCapacityView, DbChart, type DbSide } from './DbCapacityView';

export const DB_CHART_PX = 120;

function runToEnd(scenario: ScenarioInput): DbSide {
  const sim = createSimulation(scenario, { seriesCapacity: DB_CAPACITY.runSeconds, environmentViews: 0, inFlightSample: 0, traceCapacity: 1 });
  sim.advanceTo(DB_CAPACITY.runSeconds * 1000);
  const s = sim.snapshot();
  return { timeMs: s.timeMs, failed: s.totals.throttledBy.database, writes: s.totals.arrivals, databaseUsd: s.cost.database, series: sim.series() };
}

export function DbCapacityPoster() {
  const peak = DB_CAPACITY.peak.initial;
  const a = runToEnd(dbScenario('onDemand', peak));
  const b = runToEnd(dbScenario('provisioned', peak));
  return (
    <DbCapacityView
      onDemand={a}
      provisioned={b}
      controls={<StaticSetting label="A spike of writes" value={`${DB_CAPACITY.baseRps} → ${formatCount(peak)} a second for ${DB_CAPACITY.spikeSeconds} s`} />}
      charts={[
        <PosterSized key="a" height={DB_CHART_PX} wide={300}>
          {(w, h) => <DbChart data={a} width={w} height={h} />}
        </PosterSized>,
        <PosterSized key="b" height={DB_CHART_PX} wide={300}>
          {(w, h) => <DbChart data={b} width={w} height={h} />}
        </PosterSized>,
      ]}
    />
  );
}
