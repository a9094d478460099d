'use client';

import { useState } from 'react';
import { formatCount, formatUsd } from '@/components/simulator/format';
import { ChoiceControl, RangeControl } from '../controls';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { Measured } from '../Measured';
import { ControlRow } from '../parts';
import { useHeadlessRuns } from '../useHeadlessRuns';
import { PROVISIONED, PROVISIONED_LEVELS, provisionedPoint, provisionedScenario, type ProvisionedPattern } from './provisioned';
import { ProvisionedCharts, ProvisionedView } from './ProvisionedView';

export function ProvisionedLive({ onReady }: LiveFigureProps) {
  const [level, setLevel] = useState<number>(PROVISIONED.initialLevel);
  const [pattern, setPattern] = useState<ProvisionedPattern>('bursts');
  const { runs, error, retry } = useHeadlessRuns(`provisioned:${pattern}`, () => PROVISIONED_LEVELS.map((l) => provisionedScenario(pattern, l)));
  const points = runs ? runs.map((s, i) => provisionedPoint(PROVISIONED_LEVELS[i], s)) : null;
  useFigureReady(onReady, points !== null || error !== null);
  return (
    <div className="h-full" data-busy={points === null ? 'true' : 'false'}>
      <ProvisionedView
        points={points}
        level={level}
        controls={
          <ControlRow>
            <RangeControl
              label="Provisioned concurrency"
              min={0}
              max={PROVISIONED_LEVELS.length - 1}
              step={1}
              value={PROVISIONED_LEVELS.indexOf(level as (typeof PROVISIONED_LEVELS)[number])}
              text={`${level} environments`}
              onChange={(i) => setLevel(PROVISIONED_LEVELS[i])}
            />
            <ChoiceControl
              label="Traffic"
              value={pattern}
              options={[
                { value: 'bursts', text: 'Bursts every 15 min' },
                { value: 'steady', text: 'Steady 40/s' },
              ]}
              onChange={setPattern}
            />
          </ControlRow>
        }
        chart={<Measured>{(w, h) => <ProvisionedCharts points={points} level={level} width={w} height={h} />}</Measured>}
      />
      <FigureSummary text={points ? `With ${level} provisioned environments: ${formatCount(points.find((p) => p.level === level)!.coldStarts)} cold starts, ${formatUsd(points.find((p) => p.level === level)!.usdPerHour)} an hour.` : 'Running the engine…'} />
      <FigureError error={error} onRestart={retry} />
    </div>
  );
}
