/** The `memory-cpu` figure before it is live: the engine run at every size, at build time. */
import { runNow } from '../runNow';
import { StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { MEMORY_CPU, MEMORY_SIZES, memoryPoint, memoryScenario } from './memoryCpu';
import { MemoryCharts, MemoryCpuView } from './MemoryCpuView';

export const MEMORY_CHART_PX = 170;

export function MemoryCpuPoster() {
  const runs = runNow(MEMORY_SIZES.map(memoryScenario));
  const points = runs.map((s, i) => memoryPoint(MEMORY_SIZES[i], s));
  const chosen = MEMORY_CPU.initialMemory;
  return (
    <MemoryCpuView
      points={points}
      chosen={chosen}
      controls={<StaticSetting label="Memory size" value={`${chosen.toLocaleString('en-US')} MB`} />}
      chart={<PosterSized height={MEMORY_CHART_PX}>{(w, h) => <MemoryCharts points={points} chosen={chosen} width={w} height={h} />}</PosterSized>}
    />
  );
}
