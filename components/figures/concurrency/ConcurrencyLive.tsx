'use client';

import { useState } from 'react';
import { formatCount, formatMs } from '@/components/simulator/format';
import { RangeControl } from '../controls';
import { ControlRow } from '../parts';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { useFigure, useFigureSimulation } from '../useFigureSimulation';
import { CONCURRENCY, concurrencyScenario, handlerTime, windowMeanConcurrency } from './concurrency';
import { ConcurrencyView } from './ConcurrencyView';

export function ConcurrencyLive({ onReady }: LiveFigureProps) {
  const [rps, setRps] = useState<number>(CONCURRENCY.rps.initial);
  const [durationMs, setDurationMs] = useState<number>(CONCURRENCY.durationMs.initial);
  const { store, container } = useFigureSimulation(() => ({
    scenario: concurrencyScenario(rps, durationMs),
    speed: 1,
    warmupMs: CONCURRENCY.warmupMs,
    keepSeries: CONCURRENCY.windowSeconds,
  }));
  const frame = useFigure(store, (s) => s.frame);
  const series = useFigure(store, (s) => s.series);
  const error = useFigure(store, (s) => s.engineError);
  useFigureReady(onReady, frame !== null || error !== null);

  return (
    <div ref={container} className="h-full" data-sim-ms={frame?.timeMs ?? 0}>
      <ConcurrencyView
        data={{
          rps: frame?.requestsPerSecond ?? rps,
          durationMs,
          concurrency: windowMeanConcurrency(series),
          environments: frame?.environments ?? [],
          live: frame?.counts.live ?? 0,
        }}
        controls={
          <ControlRow>
            <RangeControl
              label={{ cloud: 'Traffic', kitchen: 'Orders' }}
              min={CONCURRENCY.rps.min}
              max={CONCURRENCY.rps.max}
              step={CONCURRENCY.rps.step}
              value={rps}
              text={`${formatCount(rps)} requests per second`}
              onChange={(v) => {
                setRps(v);
                store.getState().setTraffic({ pattern: 'steady', requestsPerSecond: v });
              }}
            />
            <RangeControl
              label={{ cloud: 'Request duration', kitchen: 'Cooking time' }}
              min={CONCURRENCY.durationMs.min}
              max={CONCURRENCY.durationMs.max}
              step={CONCURRENCY.durationMs.step}
              value={durationMs}
              text={formatMs(durationMs)}
              onChange={(v) => {
                setDurationMs(v);
                store.getState().setConfig({ function: { durationMs: handlerTime(v) } });
              }}
            />
          </ControlRow>
        }
      />
      <FigureSummary text={`${formatCount(frame?.requestsPerSecond ?? rps)} requests a second of ${formatMs(durationMs)} each: about ${Math.round(windowMeanConcurrency(series))} in progress, ${formatCount(frame?.counts.live ?? 0)} environments.`} />
      <FigureError error={error} />
    </div>
  );
}
