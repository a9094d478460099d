/** The `statelessness` figure before it is live: the engine's run at build time, forty seconds in. */
import { createSimulation } from '@/simulations';
import { ControlRow, StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { StatelessnessPicture } from './StatelessnessPicture';
import { byAge, STATELESSNESS, statelessnessScenario, type Ghost } from './statelessness';
import { StatelessnessView } from './StatelessnessView';

export const STATELESSNESS_PICTURE_PX = 150;

export function StatelessnessPoster() {
  const sim = createSimulation(statelessnessScenario(), { seriesCapacity: 0, environmentViews: 200, inFlightSample: 0, traceCapacity: 1 });
  sim.advanceTo(STATELESSNESS.warmupMs);
  const snap = sim.snapshot();
  const ghosts: Ghost[] = [];
  const environments = byAge(snap.environments);
  return (
    <StatelessnessView
      data={{ environments, ghosts, databaseCount: snap.databaseCounter, lost: 0 }}
      picture={
        <PosterSized height={STATELESSNESS_PICTURE_PX}>
          {(w, h) => <StatelessnessPicture environments={environments} ghosts={ghosts} databaseCount={snap.databaseCounter} width={w} height={h} />}
        </PosterSized>
      }
      controls={
        <ControlRow>
          <StaticSetting label={{ cloud: 'Visitors', kitchen: 'Customers' }} value="A rush every 30 seconds, quiet between" />
          <StaticSetting label={{ cloud: 'Idle timeout', kitchen: 'Packed away after' }} value={`${STATELESSNESS.idleTimeoutSeconds} seconds idle`} />
        </ControlRow>
      }
    />
  );
}
