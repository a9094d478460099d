/** The `cold-start-share` figure before it is live: the same engine runs, done at build time. */
import { formatRate } from '@/components/simulator/format';
import { ControlRow, StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { runNow } from '../runNow';
import { COLD_START_SHARE, coldStartShareOf, curveFrom, curveScenarios, shareScenario, singleEnvironmentShare } from './coldStartShare';
import { ColdStartShareChart, ColdStartShareView, type ColdStartShareData } from './ColdStartShareView';

export const COLD_START_SHARE_CHART_PX = 160;

export function ColdStartSharePoster() {
  const idle = COLD_START_SHARE.initialIdle;
  const rps = COLD_START_SHARE.initialRate;
  const data: ColdStartShareData = {
    curve: curveFrom(idle, runNow(curveScenarios(idle))),
    rps,
    share: coldStartShareOf(runNow([shareScenario(rps, idle)])[0]),
    theory: singleEnvironmentShare(rps, idle),
  };
  return (
    <ColdStartShareView
      data={data}
      controls={
        <ControlRow>
          <StaticSetting label={{ cloud: 'Your traffic', kitchen: 'Your orders' }} value={`${formatRate(rps)}, steady`} />
          <StaticSetting label={{ cloud: 'Idle timeout', kitchen: 'Packed away after' }} value={`${idle / 60} minutes (measured, not documented)`} />
        </ControlRow>
      }
      chart={<PosterSized height={COLD_START_SHARE_CHART_PX}>{(w, h) => <ColdStartShareChart data={data} width={w} height={h} />}</PosterSized>}
    />
  );
}
