'use client';

import { formatUsd } from '@/components/simulator/format';
import { Measured } from '../Measured';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { useFigure, useFigureSimulation } from '../useFigureSimulation';
import { PAY_PER_USE, payPerUseScenario } from './payPerUse';
import { PayPerUseChart, PayPerUseView, type PayPerUseData } from './PayPerUseView';
import { Skinned } from '../Skinned';

export function PayPerUseLive({ onReady }: LiveFigureProps) {
  const { store, container } = useFigureSimulation(() => ({
    scenario: payPerUseScenario(),
    speed: PAY_PER_USE.speed,
    warmupMs: PAY_PER_USE.warmupMs,
    keepSeries: PAY_PER_USE.chartSeconds,
    engineOptions: { environmentViews: 0, eventCapacity: 1 },
  }));
  const frame = useFigure(store, (s) => s.frame);
  const series = useFigure(store, (s) => s.series);
  const on = useFigure(store, (s) => (s.scenario.traffic?.requestsPerSecond ?? 0) > 0);
  const error = useFigure(store, (s) => s.engineError);
  useFigureReady(onReady, frame !== null || error !== null);
  const data: PayPerUseData = {
    timeMs: frame?.timeMs ?? PAY_PER_USE.warmupMs,
    rps: frame?.requestsPerSecond ?? 0,
    requests: frame?.totals.completed ?? 0,
    computeUsd: frame?.cost.functionCompute ?? 0,
    requestFeesUsd: frame?.cost.functionRequests ?? 0,
    serverUsd: frame?.server.costUsd ?? 0,
    series,
  };
  return (
    <div ref={container} className="h-full" data-sim-ms={frame?.timeMs ?? 0}>
      <PayPerUseView
        data={data}
        controls={
          <div className="flex h-14 items-center gap-3">
            <button
              type="button"
              aria-pressed={on}
              onClick={() => store.getState().setTraffic({ pattern: 'steady', requestsPerSecond: on ? 0 : PAY_PER_USE.rps })}
              className="h-9 rounded-md border border-[var(--border)] px-3 text-sm font-semibold aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white"
            >
              <Skinned words={on ? { cloud: 'Traffic on', kitchen: 'Orders coming in' } : { cloud: 'Traffic off', kitchen: 'No orders' }} />
            </button>
            <span className="text-sm text-[var(--muted-fg)]">
              {on ? `${PAY_PER_USE.rps} requests per second. Press to stop them.` : 'No requests. Press to start them again.'}
            </span>
          </div>
        }
        chart={<Measured>{(w, h) => <PayPerUseChart data={data} width={w} height={h} />}</Measured>}
      />
      <FigureSummary text={`Traffic ${on ? 'on' : 'off'}. The function’s bill is ${formatUsd(data.computeUsd + data.requestFeesUsd)}, the server’s rent ${formatUsd(data.serverUsd)}.`} />
      <FigureError error={error} />
    </div>
  );
}
