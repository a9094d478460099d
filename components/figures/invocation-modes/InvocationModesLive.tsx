'use client';

import { useEffect, useState } from 'react';
import type { Snapshot, SeriesRow } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { RangeControl } from '../controls';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { Measured } from '../Measured';
import { useFigure, useFigureSimulation } from '../useFigureSimulation';
import { directScenario, INVOCATION_MODES, queuedScenario } from './invocationModes';
import { DirectChart, InvocationModesView, QueueChart, type SideData } from './InvocationModesView';

const END_MS = INVOCATION_MODES.runSeconds * 1000;

function side(frame: Snapshot | null, series: SeriesRow[]): SideData {
  return {
    timeMs: frame?.timeMs ?? 0,
    arrivals: frame?.totals.arrivals ?? 0,
    completed: frame?.totals.completed ?? 0,
    refused: frame?.totals.throttled ?? 0,
    queueDepth: frame?.async?.queueDepth ?? 0,
    peakQueueDepth: frame?.async?.peakQueueDepth ?? 0,
    processed: frame?.async?.processed ?? 0,
    series,
  };
}

export function InvocationModesLive({ onReady }: LiveFigureProps) {
  const [peak, setPeak] = useState<number>(INVOCATION_MODES.peak.initial);
  const init = (scenario: ReturnType<typeof directScenario>) => () => ({
    scenario,
    speed: 1,
    playing: false,
    // It opens on the finished runs (what the poster shows); Play runs both again, side by side.
    warmupMs: END_MS,
    keepSeries: INVOCATION_MODES.runSeconds,
    engineOptions: { environmentViews: 0, eventCapacity: 1 },
  });
  const { store: storeA, container: containerA } = useFigureSimulation(init(directScenario(peak)));
  const { store: storeB, container: containerB } = useFigureSimulation(init(queuedScenario(peak)));
  const frameA = useFigure(storeA, (s) => s.frame);
  const frameB = useFigure(storeB, (s) => s.frame);
  const seriesA = useFigure(storeA, (s) => s.series);
  const seriesB = useFigure(storeB, (s) => s.series);
  const playing = useFigure(storeA, (s) => s.playing);
  const errorA = useFigure(storeA, (s) => s.engineError);
  const errorB = useFigure(storeB, (s) => s.engineError);
  const error = errorA ?? errorB;
  useFigureReady(onReady, (frameA !== null && frameB !== null) || error !== null);

  useEffect(() => {
    for (const [store, frame] of [
      [storeA, frameA],
      [storeB, frameB],
    ] as const) {
      if (frame && frame.timeMs >= END_MS && store.getState().playing) store.getState().pause();
    }
  }, [frameA, frameB, storeA, storeB]);

  const run = (p: number) => {
    storeA.getState().restart(directScenario(p), 0);
    storeB.getState().restart(queuedScenario(p), 0);
    storeA.getState().play();
    storeB.getState().play();
  };
  const direct = side(frameA, seriesA);
  const queued = side(frameB, seriesB);

  return (
    <div className="h-full" data-sim-ms={frameA?.timeMs ?? 0}>
      <div ref={containerA} className="h-full">
        <div ref={containerB} className="h-full">
          <InvocationModesView
            direct={direct}
            queued={queued}
            controls={
              <div className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-3">
                <RangeControl
                  label="The same spike on both sides"
                  min={INVOCATION_MODES.peak.min}
                  max={INVOCATION_MODES.peak.max}
                  step={INVOCATION_MODES.peak.step}
                  value={peak}
                  text={`${INVOCATION_MODES.baseRps} → ${formatCount(peak)} requests per second`}
                  onChange={(v) => {
                    setPeak(v);
                    run(v);
                  }}
                />
                <div className="flex h-14 items-end pb-1">
                  <button type="button" onClick={() => run(peak)} disabled={playing} className="h-8 rounded-md bg-brand-600 px-3 text-sm font-semibold text-white disabled:opacity-60">
                    {playing ? `${Math.floor((frameA?.timeMs ?? 0) / 1000)} s…` : 'Play'}
                  </button>
                </div>
              </div>
            }
            directChart={<Measured>{(w, h) => <DirectChart data={direct} width={w} height={h} />}</Measured>}
            queueChart={<Measured>{(w, h) => <QueueChart data={queued} width={w} height={h} />}</Measured>}
          />
        </div>
      </div>
      <FigureSummary text={`Direct: ${formatCount(direct.refused)} requests refused. Through the queue: ${formatCount(queued.refused)} refused, ${formatCount(queued.queueDepth)} messages waiting, at most ${formatCount(queued.peakQueueDepth)}.`} />
      <FigureError error={error} />
    </div>
  );
}
