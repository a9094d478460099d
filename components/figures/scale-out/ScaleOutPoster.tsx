/** The `scale-out` figure before it is live: the whole minute, run at build time. */
import { createSimulation } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { ControlRow, StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { SCALE_OUT, scaleOutScenario } from './scaleOut';
import { ScaleOutChart, ScaleOutView, type ScaleOutData } from './ScaleOutView';

export const SCALE_OUT_CHART_PX = 150;

/** The run to its end: what the poster shows and where the live figure waits for Play. */
export function scaleOutEnd(peak: number, limit: number): ScaleOutData {
  const sim = createSimulation(scaleOutScenario(peak, limit), { seriesCapacity: SCALE_OUT.runSeconds, environmentViews: 0, inFlightSample: 0, traceCapacity: 1 });
  sim.advanceTo(SCALE_OUT.runSeconds * 1000);
  const s = sim.snapshot();
  return {
    timeMs: s.timeMs,
    rps: s.requestsPerSecond,
    live: s.counts.live,
    limit,
    refusedConcurrency: s.totals.throttledBy.concurrency,
    refusedScaling: s.totals.throttledBy.scalingRate,
    arrivals: s.totals.arrivals,
    series: sim.series(),
  };
}

export function ScaleOutPoster() {
  const data = scaleOutEnd(SCALE_OUT.peak.initial, SCALE_OUT.initialLimit);
  return (
    <ScaleOutView
      data={data}
      controls={
        <ControlRow>
          <StaticSetting label={{ cloud: 'Spike', kitchen: 'Crowd' }} value={`${formatCount(SCALE_OUT.baseRps)} → ${formatCount(SCALE_OUT.peak.initial)} requests per second`} />
          <StaticSetting label="Account concurrency limit" value={formatCount(SCALE_OUT.initialLimit)} />
        </ControlRow>
      }
      chart={<PosterSized height={SCALE_OUT_CHART_PX}>{(w, h) => <ScaleOutChart data={data} width={w} height={h} />}</PosterSized>}
    />
  );
}
