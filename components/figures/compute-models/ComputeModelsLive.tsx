'use client';

import { useState } from 'react';
import { formatRate } from '@/components/simulator/format';
import { PLATFORMS } from '@/simulations/defaults';
import { RangeControl } from '../controls';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { useHeadlessRuns } from '../useHeadlessRuns';
import { COMPUTE_MODELS, MODEL_RATES, modelPoint, modelScenarios } from './computeModels';
import { ComputeModelsView, modelsSummary } from './ComputeModelsView';

export function ComputeModelsLive({ onReady }: LiveFigureProps) {
  const [rate, setRate] = useState<number>(COMPUTE_MODELS.initialRate);
  const { runs, error, retry } = useHeadlessRuns(`compute-models:${rate}`, () => modelScenarios(rate));
  const points = runs ? runs.map((s, i) => modelPoint(PLATFORMS[i], s)) : null;
  useFigureReady(onReady, points !== null || error !== null);
  return (
    <div className="h-full">
      <ComputeModelsView
        points={points}
        controls={
          <RangeControl
            label="Traffic"
            min={0}
            max={MODEL_RATES.length - 1}
            step={1}
            value={MODEL_RATES.indexOf(rate as (typeof MODEL_RATES)[number])}
            text={formatRate(rate)}
            onChange={(i) => setRate(MODEL_RATES[i])}
          />
        }
      />
      <FigureSummary text={points ? modelsSummary(points, rate) : 'Running the engine…'} />
      <FigureError error={error} onRestart={retry} />
    </div>
  );
}
