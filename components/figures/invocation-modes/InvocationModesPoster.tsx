/** The `invocation-modes` figure before it is live: both paths to the end of the run, at build time. */
import { createSimulation, type ScenarioInput } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { directScenario, INVOCATION_MODES, queuedScenario } from './invocationModes';
import { DirectChart, InvocationModesView, QueueChart, type SideData } from './InvocationModesView';

export const INVOCATION_CHART_PX = 130;

function runToEnd(scenario: ScenarioInput): SideData {
  const sim = createSimulation(scenario, { seriesCapacity: INVOCATION_MODES.runSeconds, environmentViews: 0, inFlightSample: 0, traceCapacity: 1 });
  sim.advanceTo(INVOCATION_MODES.runSeconds * 1000);
  const s = sim.snapshot();
  return {
    timeMs: s.timeMs,
    arrivals: s.totals.arrivals,
    completed: s.totals.completed,
    refused: s.totals.throttled,
    queueDepth: s.async?.queueDepth ?? 0,
    peakQueueDepth: s.async?.peakQueueDepth ?? 0,
    processed: s.async?.processed ?? 0,
    series: sim.series(),
  };
}

export function InvocationModesPoster() {
  const peak = INVOCATION_MODES.peak.initial;
  const direct = runToEnd(directScenario(peak));
  const queued = runToEnd(queuedScenario(peak));
  return (
    <InvocationModesView
      direct={direct}
      queued={queued}
      controls={<StaticSetting label="The same spike on both sides" value={`${INVOCATION_MODES.baseRps} → ${formatCount(peak)} requests per second for ${INVOCATION_MODES.spikeSeconds} s`} />}
      directChart={<PosterSized height={INVOCATION_CHART_PX} wide={300}>{(w, h) => <DirectChart data={direct} width={w} height={h} />}</PosterSized>}
      queueChart={<PosterSized height={INVOCATION_CHART_PX} wide={300}>{(w, h) => <QueueChart data={queued} width={w} height={h} />}</PosterSized>}
    />
  );
}
