/** The `provisioned` figure before it is live: every level run at build time, bursty traffic. */
import { runNow } from '../runNow';
import { ControlRow, StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { PROVISIONED, PROVISIONED_LEVELS, provisionedPoint, provisionedScenario } from './provisioned';
import { ProvisionedCharts, ProvisionedView } from './ProvisionedView';

export const PROVISIONED_CHART_PX = 170;

export function ProvisionedPoster() {
  const runs = runNow(PROVISIONED_LEVELS.map((l) => provisionedScenario('bursts', l)));
  const points = runs.map((s, i) => provisionedPoint(PROVISIONED_LEVELS[i], s));
  const level = PROVISIONED.initialLevel;
  return (
    <ProvisionedView
      points={points}
      level={level}
      controls={
        <ControlRow>
          <StaticSetting label="Provisioned concurrency" value={`${level} environments`} />
          <StaticSetting label="Traffic" value="100 requests/s for 30 s every 15 minutes" />
        </ControlRow>
      }
      chart={<PosterSized height={PROVISIONED_CHART_PX}>{(w, h) => <ProvisionedCharts points={points} level={level} width={w} height={h} />}</PosterSized>}
    />
  );
}
