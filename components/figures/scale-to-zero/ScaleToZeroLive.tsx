'use client';

import { useState } from 'react';
import { ChoiceControl } from '../controls';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { Measured } from '../Measured';
import { Skinned } from '../Skinned';
import { useFigure, useFigureSimulation } from '../useFigureSimulation';
import { SCALE_TO_ZERO, scaleToZeroScenario } from './scaleToZero';
import { lastArrivalMs, ScaleToZeroChart, ScaleToZeroView, type ScaleToZeroData } from './ScaleToZeroView';

export function ScaleToZeroLive({ onReady }: LiveFigureProps) {
  const [idle, setIdle] = useState<number>(SCALE_TO_ZERO.initialIdle);
  const { store, container } = useFigureSimulation(() => ({
    scenario: scaleToZeroScenario(idle),
    speed: SCALE_TO_ZERO.speed,
    warmupMs: SCALE_TO_ZERO.warmupMs,
    keepSeries: SCALE_TO_ZERO.windowSeconds,
    engineOptions: { environmentViews: 0, traceCapacity: 20 },
  }));
  const frame = useFigure(store, (s) => s.frame);
  const series = useFigure(store, (s) => s.series);
  const error = useFigure(store, (s) => s.engineError);
  useFigureReady(onReady, frame !== null || error !== null);
  const last = frame ? lastArrivalMs(frame.traces) : null;
  const data: ScaleToZeroData = {
    timeMs: frame?.timeMs ?? 0,
    live: frame?.counts.live ?? 0,
    coldStarts: frame?.totals.coldStarts ?? 0,
    sinceLastMs: frame && last !== null ? frame.timeMs - last : null,
    idleSeconds: idle,
    series,
  };
  const btn = 'h-8 rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-3 text-sm font-semibold hover:border-brand-600';
  return (
    <div ref={container} className="h-full" data-sim-ms={frame?.timeMs ?? 0}>
      <ScaleToZeroView
        data={data}
        controls={
          <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-[auto_minmax(0,1fr)] sm:items-end">
            <ChoiceControl
              label={{ cloud: 'Idle timeout', kitchen: 'Packed away after' }}
              value={idle}
              options={SCALE_TO_ZERO.idleChoices.map((s) => ({ value: s, text: `${s / 60} min` }))}
              onChange={(s) => {
                setIdle(s);
                store.getState().setConfig({ function: { idleTimeoutSeconds: s } });
              }}
            />
            <div className="flex h-14 flex-wrap items-end gap-2 pb-1">
              <button type="button" className={btn} onClick={() => store.getState().sendRequest()}>
                <Skinned words={{ cloud: 'Send one request', kitchen: 'Place one order' }} />
              </button>
              <button type="button" className={btn} onClick={() => store.getState().setTraffic({ pattern: 'spike', requestsPerSecond: 0, peakRequestsPerSecond: SCALE_TO_ZERO.rps, spikeStartSeconds: 0, spikeDurationSeconds: SCALE_TO_ZERO.trafficSeconds })}>
                <Skinned words={{ cloud: 'A minute of traffic', kitchen: 'A minute of orders' }} />
              </button>
            </div>
          </div>
        }
        chart={<Measured>{(w, h) => <ScaleToZeroChart data={data} width={w} height={h} />}</Measured>}
      />
      <FigureSummary text={`${data.live === 0 ? 'No environments: the function has scaled to zero' : `${data.live} environments`}; ${data.coldStarts} cold starts so far.`} />
      <FigureError error={error} />
    </div>
  );
}
