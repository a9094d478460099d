export { costFromUsage, createSimulation, monthlyCostCurve, type ScenarioInput } from '@/simulations';
export { emptyUsage as emptyUsageForTest } from '@/simulations/pricing';
