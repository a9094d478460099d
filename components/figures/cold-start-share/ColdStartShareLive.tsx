'use client';

import { useEffect, useState } from 'react';
import { formatPercent, formatRate, rateInWords } from '@/components/simulator/format';
import { ChoiceControl, RangeControl } from '../controls';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { Measured } from '../Measured';
import { ControlRow } from '../parts';
import { runHeadless, runHeadlessMany } from '@/components/simulator/headlessRun';
import { COLD_START_SHARE, coldStartShareOf, curveFrom, curveScenarios, RATE_STOPS, rateAtStop, shareScenario, singleEnvironmentShare, stopOf, type ColdStartCurve } from './coldStartShare';
import { ColdStartShareChart, ColdStartShareView } from './ColdStartShareView';

/** Curves already run, by idle timeout (a reader tries a few). */
const curves = new Map<number, Promise<ColdStartCurve>>();
const curveFor = (idleSeconds: number) => {
  let c = curves.get(idleSeconds);
  if (!c) {
    c = runHeadlessMany(curveScenarios(idleSeconds)).then((runs) => curveFrom(idleSeconds, runs));
    c.catch(() => curves.delete(idleSeconds));
    curves.set(idleSeconds, c);
  }
  return c;
};

export function ColdStartShareLive({ onReady }: LiveFigureProps) {
  const [idle, setIdle] = useState<number>(COLD_START_SHARE.initialIdle);
  const [stop, setStop] = useState(() => stopOf(COLD_START_SHARE.initialRate));
  const rps = rateAtStop(stop);
  const [curve, setCurve] = useState<ColdStartCurve | null>(null);
  const [point, setPoint] = useState<{ key: string; share: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped by "Start it again" after a failure: the runs are asked for afresh (failures are not cached).
  const [attempt, setAttempt] = useState(0);
  const key = `${rps}:${idle}`;

  useEffect(() => {
    let live = true;
    curveFor(idle).then(
      (c) => live && setCurve(c),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [idle, attempt]);

  useEffect(() => {
    let live = true;
    // A short pause while the slider moves, so only the rate it stops at is run.
    const timer = window.setTimeout(() => {
      runHeadless(shareScenario(rps, idle)).then(
        (run) => live && setPoint({ key, share: coldStartShareOf(run) }),
        (e: Error) => live && setError(e.message),
      );
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [rps, idle, key, attempt]);

  const data = {
    curve: curve && curve.idleSeconds === idle ? curve : null,
    rps,
    share: point?.key === key ? point.share : null,
    theory: singleEnvironmentShare(rps, idle),
  };

  useFigureReady(onReady, (data.curve !== null && data.share !== null) || error !== null);

  return (
    <div className="h-full" data-busy={data.curve === null || data.share === null ? 'true' : 'false'}>
      <ColdStartShareView
        data={data}
        controls={
          <ControlRow>
            <RangeControl
              label={{ cloud: 'Your traffic', kitchen: 'Your orders' }}
              min={0}
              max={RATE_STOPS}
              step={1}
              value={stop}
              text={`${formatRate(rps)}: ${rateInWords(rps)}`}
              onChange={setStop}
            />
            <ChoiceControl
              label={{ cloud: 'Idle timeout', kitchen: 'Packed away after' }}
              value={idle}
              options={COLD_START_SHARE.idleChoices.map((s) => ({ value: s, text: `${s / 60} min` }))}
              onChange={setIdle}
            />
          </ControlRow>
        }
        chart={<Measured>{(w, h) => <ColdStartShareChart data={data} width={w} height={h} />}</Measured>}
      />
      <FigureSummary text={data.share === null ? 'Running the engine…' : `At ${rateInWords(rps)}, with a ${idle / 60}-minute idle timeout, ${formatPercent(data.share)} of requests start cold.`} />
      <FigureError
        error={error}
        onRestart={() => {
          setError(null);
          setAttempt((n) => n + 1);
        }}
      />
    </div>
  );
}
