/** The `scale-to-zero` figure before it is live: ninety simulated seconds in, at build time. */
import { createSimulation } from '@/simulations';
import { ControlRow, StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { SCALE_TO_ZERO, scaleToZeroScenario } from './scaleToZero';
import { lastArrivalMs, ScaleToZeroChart, ScaleToZeroView, type ScaleToZeroData } from './ScaleToZeroView';

export const SCALE_TO_ZERO_CHART_PX = 140;

export function ScaleToZeroPoster() {
  const idle = SCALE_TO_ZERO.initialIdle;
  const sim = createSimulation(scaleToZeroScenario(idle), { seriesCapacity: SCALE_TO_ZERO.windowSeconds, environmentViews: 0, inFlightSample: 0, traceCapacity: 20 });
  sim.advanceTo(SCALE_TO_ZERO.warmupMs);
  const s = sim.snapshot();
  const last = lastArrivalMs(s.traces);
  const data: ScaleToZeroData = { timeMs: s.timeMs, live: s.counts.live, coldStarts: s.totals.coldStarts, sinceLastMs: last === null ? null : s.timeMs - last, idleSeconds: idle, series: sim.series() };
  return (
    <ScaleToZeroView
      data={data}
      controls={
        <ControlRow>
          <StaticSetting label={{ cloud: 'Traffic', kitchen: 'Orders' }} value={`${SCALE_TO_ZERO.rps} requests per second for a minute, then none`} />
          <StaticSetting label={{ cloud: 'Idle timeout', kitchen: 'Packed away after' }} value={`${idle / 60} minutes`} />
        </ControlRow>
      }
      chart={<PosterSized height={SCALE_TO_ZERO_CHART_PX}>{(w, h) => <ScaleToZeroChart data={data} width={w} height={h} />}</PosterSized>}
    />
  );
}
