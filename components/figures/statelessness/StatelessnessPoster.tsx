/** The `statelessness` figure before it is live: the engine's run at build time, forty seconds in. */
import { createSimulation } from '@/simulations';
import { ControlRow, StaticSetting } from '../parts';
import { byAge, STATELESSNESS, statelessnessScenario, type Ghost } from './statelessness';
import { StatelessnessView } from './StatelessnessView';

export function StatelessnessPoster() {
  const sim = createSimulation(statelessnessScenario(), { seriesCapacity: 0, environmentViews: 200, inFlightSample: 0, traceCapacity: 1 });
  sim.advanceTo(STATELESSNESS.warmupMs);
  const snap = sim.snapshot();
  const ghosts: Ghost[] = [];
  return (
    <StatelessnessView
      data={{ environments: byAge(snap.environments), ghosts, databaseCount: snap.databaseCounter, lost: 0 }}
      controls={
        <ControlRow>
          <StaticSetting label={{ cloud: 'Visitors', kitchen: 'Customers' }} value="A rush every 30 seconds, quiet between" />
          <StaticSetting label={{ cloud: 'Idle timeout', kitchen: 'Packed away after' }} value={`${STATELESSNESS.idleTimeoutSeconds} seconds idle`} />
        </ControlRow>
      }
    />
  );
}
