/** The `pay-per-use` figure before it is live: twenty simulated minutes of traffic, run at build time. */
import { createSimulation } from '@/simulations';
import { PosterSized } from '../PosterSized';
import { StaticSetting } from '../parts';
import { PAY_PER_USE, payPerUseScenario } from './payPerUse';
import { PayPerUseChart, PayPerUseView, type PayPerUseData } from './PayPerUseView';

export const PAY_PER_USE_CHART_PX = 150;

export function PayPerUsePoster() {
  const sim = createSimulation(payPerUseScenario(), { seriesCapacity: PAY_PER_USE.chartSeconds, environmentViews: 0, inFlightSample: 0, traceCapacity: 1 });
  sim.advanceTo(PAY_PER_USE.warmupMs);
  const snap = sim.snapshot();
  const data: PayPerUseData = {
    timeMs: snap.timeMs,
    rps: snap.requestsPerSecond,
    requests: snap.totals.completed,
    computeUsd: snap.cost.functionCompute,
    requestFeesUsd: snap.cost.functionRequests,
    serverUsd: snap.server.costUsd,
    series: sim.series(),
  };
  return (
    <PayPerUseView
      data={data}
      controls={<StaticSetting label={{ cloud: 'Traffic', kitchen: 'Orders' }} value={`On: ${PAY_PER_USE.rps} requests per second`} />}
      chart={<PosterSized height={PAY_PER_USE_CHART_PX}>{(w, h) => <PayPerUseChart data={data} width={w} height={h} />}</PosterSized>}
    />
  );
}
