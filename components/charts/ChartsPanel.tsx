'use client';

import { BreakEvenChart } from './BreakEvenChart';
import { CostChart } from './CostChart';
import { LatencyChart } from './LatencyChart';
import { TrafficChart } from './TrafficChart';

/**
 * The simulator's four charts in a responsive grid: one column when the panel is narrower than
 * 640 px, two above. Loaded lazily (next/dynamic), so this is the chunk that brings uPlot.
 */
export function ChartsPanel({ height = 200 }: { height?: number }) {
  return (
    <div className="@container">
      <div className="grid grid-cols-1 gap-3 @min-[640px]:grid-cols-2">
        <TrafficChart height={height} />
        <LatencyChart height={height} />
        <CostChart height={height} />
        <BreakEvenChart height={height} />
      </div>
    </div>
  );
}

export default ChartsPanel;
