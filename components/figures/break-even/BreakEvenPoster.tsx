/**
 * The `break-even` figure before it is live: the engine's monthly cost curve, computed at build
 * time and drawn as a plain SVG; the live form is the simulator's own break-even chart.
 */
import { monthlyCostCurve } from '@/simulations';
import { BREAK_EVEN_RATES, breakEvenWords } from '@/components/charts/data';
import { formatCount, formatRate, formatUsd } from '@/components/simulator/format';
import { LineChart } from '../LineChart';
import { ControlRow, StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { BREAK_EVEN, breakEvenScenario } from './breakEven';

export const BREAK_EVEN_CHART_PX = 230;

export function BreakEvenPoster() {
  // The break-even is the engine's (one computation for the poster, the live chart and the CLI).
  const { points, breakEvenRps, crossings } = monthlyCostCurve(breakEvenScenario(BREAK_EVEN.initialServers), BREAK_EVEN_RATES);
  const pairs = points.map((p) => ({ x: p.requestsPerSecond, a: p.serverless.total, b: p.serverUsd }));
  const words = breakEvenWords(breakEvenRps, crossings, pairs, false);
  const decades = [0.01, 0.1, 1, 10, 100, 1000, 10_000];
  const usd = [1, 10, 100, 1000, 10_000, 100_000];
  return (
    <div className="flex h-full flex-col gap-2">
      <ControlRow>
        <StaticSetting label={{ cloud: 'Your steady traffic', kitchen: 'Your steady orders' }} value={`${formatRate(BREAK_EVEN.initialRate)}, around the clock`} />
        <StaticSetting label="Always-on servers" value={`${BREAK_EVEN.initialServers} × m7g.large + load balancer`} />
      </ControlRow>
      <div className="rounded-md border border-[var(--border)] bg-[var(--page-bg)] p-2">
        <p className="text-sm font-medium">Break-even: monthly cost against steady traffic</p>
        <PosterSized height={BREAK_EVEN_CHART_PX} wide={600}>
          {(w, h) => (
            <LineChart
              width={w}
              height={h}
              label={`Monthly cost against steady traffic, serverless vs the always-on fleet. ${words}`}
              xs={points.map((p) => p.requestsPerSecond)}
              x={{ min: 0.01, max: 10_000, log: true, ticks: decades.map((d) => [d, d >= 1 ? formatCount(d) : String(d)] as const) }}
              y={{ min: 1, max: 100_000, log: true, ticks: usd.map((d) => [d, formatUsd(d)] as const) }}
              lines={[
                { ys: points.map((p) => (p.serverless.total > 0 ? p.serverless.total : null)), className: 'stroke-[var(--pipe-stroke)]' },
                { ys: points.map((p) => p.serverUsd), className: 'stroke-amber-700 dark:stroke-amber-400', dashed: true },
              ]}
            />
          )}
        </PosterSized>
        <p className="text-xs">
          <strong className="font-semibold">{words}</strong>
        </p>
      </div>
    </div>
  );
}
