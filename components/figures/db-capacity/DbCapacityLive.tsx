'use client';

import { useEffect, useState } from 'react';
import type { SeriesRow, Snapshot } from '@/simulations';
import { formatCount, formatUsd } from '@/components/simulator/format';
import { RangeControl } from '../controls';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { Measured } from '../Measured';
import { useFigure, useFigureSimulation } from '../useFigureSimulation';
import { DB_CAPACITY, dbScenario } from './dbCapacity';
import { DbCapacityView, DbChart, type DbSide } from './DbCapacityView';

const END_MS = DB_CAPACITY.runSeconds * 1000;

const side = (f: Snapshot | null, series: SeriesRow[]): DbSide => ({
  timeMs: f?.timeMs ?? 0,
  failed: f?.totals.throttledBy.database ?? 0,
  writes: f?.totals.arrivals ?? 0,
  databaseUsd: f?.cost.database ?? 0,
  series,
});

export function DbCapacityLive({ onReady }: LiveFigureProps) {
  const [peak, setPeak] = useState<number>(DB_CAPACITY.peak.initial);
  const init = (mode: 'onDemand' | 'provisioned') => () => ({
    scenario: dbScenario(mode, peak),
    // Three simulated minutes in a minute and a half; it opens on the finished runs, as the poster does.
    speed: 2,
    playing: false,
    warmupMs: END_MS,
    keepSeries: DB_CAPACITY.runSeconds,
    engineOptions: { environmentViews: 0, eventCapacity: 1 },
  });
  const { store: storeA, container: containerA } = useFigureSimulation(init('onDemand'));
  const { store: storeB, container: containerB } = useFigureSimulation(init('provisioned'));
  const fa = useFigure(storeA, (s) => s.frame);
  const fb = useFigure(storeB, (s) => s.frame);
  const sa = useFigure(storeA, (s) => s.series);
  const sb = useFigure(storeB, (s) => s.series);
  const playing = useFigure(storeA, (s) => s.playing);
  const ea = useFigure(storeA, (s) => s.engineError);
  const eb = useFigure(storeB, (s) => s.engineError);
  const error = ea ?? eb;
  useFigureReady(onReady, (fa !== null && fb !== null) || error !== null);

  useEffect(() => {
    for (const [store, f] of [
      [storeA, fa],
      [storeB, fb],
    ] as const)
      if (f && f.timeMs >= END_MS && store.getState().playing) store.getState().pause();
  }, [fa, fb, storeA, storeB]);

  const run = (p: number) => {
    storeA.getState().restart(dbScenario('onDemand', p), 0);
    storeB.getState().restart(dbScenario('provisioned', p), 0);
    storeA.getState().play();
    storeB.getState().play();
  };
  const da = side(fa, sa);
  const db = side(fb, sb);
  return (
    <div className="h-full" data-sim-ms={fa?.timeMs ?? 0}>
      <div ref={containerA} className="h-full">
        <div ref={containerB} className="h-full">
          <DbCapacityView
            onDemand={da}
            provisioned={db}
            controls={
              <div className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-3">
                <RangeControl
                  label="A spike of writes"
                  min={DB_CAPACITY.peak.min}
                  max={DB_CAPACITY.peak.max}
                  step={DB_CAPACITY.peak.step}
                  value={peak}
                  text={`${DB_CAPACITY.baseRps} → ${formatCount(peak)} a second`}
                  onChange={(v) => {
                    setPeak(v);
                    run(v);
                  }}
                />
                <div className="flex h-14 items-end pb-1">
                  <button type="button" onClick={() => run(peak)} disabled={playing} className="h-8 rounded-md bg-brand-600 px-3 text-sm font-semibold text-white disabled:opacity-60">
                    {playing ? `${Math.floor((fa?.timeMs ?? 0) / 1000)} s…` : 'Play'}
                  </button>
                </div>
              </div>
            }
            charts={[
              <Measured key="a">{(w, h) => <DbChart data={da} width={w} height={h} />}</Measured>,
              <Measured key="b">{(w, h) => <DbChart data={db} width={w} height={h} />}</Measured>,
            ]}
          />
        </div>
      </div>
      <FigureSummary text={`On demand: ${formatCount(da.failed)} writes failed, ${formatUsd(da.databaseUsd)}. Provisioned: ${formatCount(db.failed)} failed, ${formatUsd(db.databaseUsd)}.`} />
      <FigureError error={error} />
    </div>
  );
}
