'use client';

import { useState } from 'react';
import { formatMs, formatUsd } from '@/components/simulator/format';
import { RangeControl } from '../controls';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { Measured } from '../Measured';
import { useHeadlessRuns } from '../useHeadlessRuns';
import { MEMORY_CPU, MEMORY_SIZES, memoryPoint, memoryScenario } from './memoryCpu';
import { MemoryCharts, MemoryCpuView } from './MemoryCpuView';

export function MemoryCpuLive({ onReady }: LiveFigureProps) {
  const [chosen, setChosen] = useState<number>(MEMORY_CPU.initialMemory);
  const { runs, error, retry } = useHeadlessRuns('memory-cpu', () => MEMORY_SIZES.map(memoryScenario));
  const points = runs ? runs.map((s, i) => memoryPoint(MEMORY_SIZES[i], s)) : null;
  useFigureReady(onReady, points !== null || error !== null);
  return (
    <div className="h-full">
      <MemoryCpuView
        points={points}
        chosen={chosen}
        controls={
          <RangeControl
            label="Memory size"
            min={0}
            max={MEMORY_SIZES.length - 1}
            step={1}
            value={MEMORY_SIZES.indexOf(chosen as (typeof MEMORY_SIZES)[number])}
            text={`${chosen.toLocaleString('en-US')} MB (≈ ${(chosen / 1769).toFixed(2)} vCPU)`}
            onChange={(i) => setChosen(MEMORY_SIZES[i])}
          />
        }
        chart={<Measured>{(w, h) => <MemoryCharts points={points} chosen={chosen} width={w} height={h} />}</Measured>}
      />
      <FigureSummary text={points ? `At ${chosen} MB: ${formatMs(points.find((p) => p.memoryMB === chosen)!.billedMs)} per invocation, ${formatUsd(points.find((p) => p.memoryMB === chosen)!.usdPerMillion)} per million.` : 'Running the engine…'} />
      <FigureError error={error} onRestart={retry} />
    </div>
  );
}
