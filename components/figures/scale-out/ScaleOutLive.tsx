'use client';

import { useEffect, useState } from 'react';
import { formatCount } from '@/components/simulator/format';
import { ChoiceControl, RangeControl } from '../controls';
import { FigureError } from '../FigureError';
import { Measured } from '../Measured';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { useFigure, useFigureSimulation } from '../useFigureSimulation';
import { SCALE_OUT, scaleOutScenario } from './scaleOut';
import { ScaleOutChart, ScaleOutView, type ScaleOutData } from './ScaleOutView';

const END_MS = SCALE_OUT.runSeconds * 1000;

export function ScaleOutLive({ onReady }: LiveFigureProps) {
  const [peak, setPeak] = useState<number>(SCALE_OUT.peak.initial);
  const [limit, setLimit] = useState<number>(SCALE_OUT.initialLimit);
  // It opens on the finished run (what the poster shows); Play runs it again from the start.
  const { store, container } = useFigureSimulation(() => ({
    scenario: scaleOutScenario(peak, limit),
    speed: 1,
    playing: false,
    warmupMs: END_MS,
    keepSeries: SCALE_OUT.runSeconds,
    engineOptions: { environmentViews: 0, eventCapacity: 1 },
  }));
  const frame = useFigure(store, (s) => s.frame);
  const series = useFigure(store, (s) => s.series);
  const playing = useFigure(store, (s) => s.playing);
  const error = useFigure(store, (s) => s.engineError);
  useFigureReady(onReady, frame !== null || error !== null);

  useEffect(() => {
    if (playing && frame && frame.timeMs >= END_MS) store.getState().pause();
  }, [frame, playing, store]);

  const run = (p = peak, l = limit) => {
    store.getState().restart(scaleOutScenario(p, l), 0);
    store.getState().play();
  };

  const data: ScaleOutData = {
    timeMs: frame?.timeMs ?? 0,
    rps: frame?.requestsPerSecond ?? 0,
    live: frame?.counts.live ?? 0,
    limit,
    refusedConcurrency: frame?.totals.throttledBy.concurrency ?? 0,
    refusedScaling: frame?.totals.throttledBy.scalingRate ?? 0,
    arrivals: frame?.totals.arrivals ?? 0,
    series,
  };

  return (
    <div ref={container} className="h-full" data-sim-ms={frame?.timeMs ?? 0}>
      <ScaleOutView
        data={data}
        controls={
          <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-[minmax(0,1fr)_auto_auto] sm:items-end">
            <RangeControl
              label={{ cloud: 'Spike to', kitchen: 'Crowd of' }}
              min={SCALE_OUT.peak.min}
              max={SCALE_OUT.peak.max}
              step={SCALE_OUT.peak.step}
              value={peak}
              text={`${formatCount(peak)} requests per second`}
              onChange={(v) => {
                setPeak(v);
                run(v, limit);
              }}
            />
            <ChoiceControl
              label="Account limit"
              value={limit}
              options={SCALE_OUT.limits.map((l) => ({ value: l, text: formatCount(l) }))}
              onChange={(v) => {
                setLimit(v);
                run(peak, v);
              }}
            />
            <div className="flex h-14 items-end pb-1">
              <button
                type="button"
                onClick={() => run()}
                disabled={playing}
                className="h-8 rounded-md bg-brand-600 px-3 text-sm font-semibold text-white disabled:opacity-60"
              >
                {playing ? `${Math.floor((frame?.timeMs ?? 0) / 1000)} s…` : 'Play the spike'}
              </button>
            </div>
          </div>
        }
        chart={<Measured>{(w, h) => <ScaleOutChart data={data} width={w} height={h} />}</Measured>}
      />
      <FigureError error={error} />
    </div>
  );
}
