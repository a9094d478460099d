/** The `compute-models` figure before it is live: the four runs at the starting rate, at build time. */
import { formatRate } from '@/components/simulator/format';
import { PLATFORMS } from '@/simulations/defaults';
import { runNow } from '../runNow';
import { StaticSetting } from '../parts';
import { COMPUTE_MODELS, modelPoint, modelScenarios } from './computeModels';
import { ComputeModelsView } from './ComputeModelsView';

export function ComputeModelsPoster() {
  const runs = runNow(modelScenarios(COMPUTE_MODELS.initialRate));
  const points = runs.map((s, i) => modelPoint(PLATFORMS[i], s));
  return <ComputeModelsView points={points} controls={<StaticSetting label="Traffic" value={formatRate(COMPUTE_MODELS.initialRate)} />} />;
}
