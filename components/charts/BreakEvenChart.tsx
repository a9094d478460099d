'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import uPlot from 'uplot';
import type { ScenarioInput } from '@/simulations';
import type { CostCurve } from '@/simulations/curve';
import { formatCount, formatRate, formatUsd, rateInWords } from '@/components/simulator/format';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { allSplits, decadeScale, decadeSplits, fitSize, line, usdValues } from './axes';
import { ChartFigure, type LegendItem } from './ChartFigure';
import { BREAK_EVEN_RATES, breakEvenWords, downsample, interpolateLogLog, positiveOrNull, roundSignificant, skinRate } from './data';
import type { ChartPalette } from './palette';
import { selectKitchen, selectRate, selectScenario } from './selectors';
import { UPlotChart } from './UPlotChart';
import { useThrottledSimulator } from './useThrottledSimulator';

const WORDS = {
  cloud: {
    caption: 'Break-even: monthly cost against steady traffic',
    serverless: 'Serverless',
    server: 'Always-on fleet',
    rate: 'Requests/s',
    perMonth: 'Requests per month',
    axis: 'requests/s (log)',
  },
  kitchen: {
    caption: 'Break-even: monthly pop-up bill vs restaurant rent',
    serverless: 'Pop-up bill',
    server: 'Restaurant rent',
    rate: 'Orders/s',
    perMonth: 'Orders per month',
    axis: 'orders/s (log)',
  },
};

const RATE_MIN = BREAK_EVEN_RATES[0];
const RATE_MAX = BREAK_EVEN_RATES[BREAK_EVEN_RATES.length - 1];
const DECADES = [0.01, 0.1, 1, 10, 100, 1000, 10_000];

/** The scenario fields the monthly cost depends on (not traffic, seed or run length), as a key. */
export function curveKey(s: ScenarioInput): string {
  return JSON.stringify({ function: s.function, gateway: s.gateway, database: s.database, s3: s.s3, async: s.async, server: s.server, pricing: s.pricing });
}

/** The engine's curve (simulations/curve.ts): its points, break-even and crossings. */
type Curve = ({ key: string; error?: undefined } & CostCurve) | { key: string; error: string; points?: undefined; breakEvenRps?: undefined; crossings?: undefined };

/** Curves already computed, by scenario key (a handful at most in one visit). */
const cache = new Map<string, Curve>();

async function computeCurve(key: string): Promise<Curve> {
  const hit = cache.get(key);
  if (hit) return hit;
  let curve: Curve;
  try {
    // Loaded on demand so zod and the pricing model stay out of the page's first bundle.
    const { monthlyCostCurve } = await import('@/simulations/curve');
    curve = { key, ...monthlyCostCurve(JSON.parse(key) as ScenarioInput, BREAK_EVEN_RATES) };
  } catch (e) {
    curve = { key, error: e instanceof Error ? e.message : String(e) };
  }
  if (cache.size > 20) cache.clear();
  cache.set(key, curve);
  return curve;
}

const axisRate = (v: number) => (v >= 1 ? formatCount(v) : String(v));

const readout = (u: uPlot, i: number) => {
  const [x, a, b] = u.data.map((col) => col[i]);
  if (x == null) return '';
  return `${formatRate(x)} · ${a == null ? '–' : formatUsd(a)} vs ${b == null ? '–' : formatUsd(b)} a month`;
};

/**
 * Monthly cost at steady traffic, serverless vs the always-on fleet, from the engine's own price
 * model (simulations/curve), with the current rate marked and the crossover put into words.
 */
export function BreakEvenChart({ height }: { height?: number }) {
  const kitchen = useSimulator(selectKitchen);
  // What the reader asked for: the curve validates it (defaults applied) itself, so the chart needs
  // no engine behind it (the inline figure has none).
  const scenario = useSimulator(selectScenario);
  // The settings named under the chart: the engine's validated scenario, in the simulator only
  // (the inline figure is the article's own example, and its poster has no such line).
  const priced = useSimulator((s) => s.settings);
  const rate = useThrottledSimulator(selectRate);
  const w = kitchen ? WORDS.kitchen : WORDS.cloud;

  const key = useMemo(() => curveKey(scenario), [scenario]);
  const [curve, setCurve] = useState<Curve | null>(null);
  useEffect(() => {
    let live = true;
    void computeCurve(key).then((c) => {
      if (live) setCurve(c);
    });
    return () => {
      live = false;
    };
  }, [key]);

  const points = curve?.points;
  const derived = useMemo(() => {
    const xs = BREAK_EVEN_RATES as number[];
    if (!points) return { data: [xs, xs.map(() => null), xs.map(() => null)] as uPlot.AlignedData, crossover: null, pairs: [] };
    const a = points.map((p) => p.serverless.total);
    const b = points.map((p) => p.serverUsd);
    const pairs = points.map((p, i) => ({ x: p.requestsPerSecond, a: a[i], b: b[i] }));
    const data = [xs, a.map(positiveOrNull), b.map(positiveOrNull)] as uPlot.AlignedData;
    return { data, crossover: curve?.breakEvenRps ?? null, pairs, a, b };
  }, [points, curve]);
  const { crossover } = derived;

  const shownRate = Math.min(RATE_MAX, Math.max(RATE_MIN, rate));
  const atRate =
    points && rate > 0 && derived.a && derived.b
      ? { a: interpolateLogLog(BREAK_EVEN_RATES, derived.a, shownRate), b: interpolateLogLog(BREAK_EVEN_RATES, derived.b, shownRate) }
      : null;

  const options = useCallback(
    (p: ChartPalette) => ({
      scales: { x: { time: false, distr: 3 as const, log: 10 as const, range: [RATE_MIN, RATE_MAX] as uPlot.Range.MinMax }, usd: decadeScale([1, 1000]) },
      series: [{}, line(w.serverless, 'usd', p.color.blue, { width: 2 }), line(w.server, 'usd', p.color.amber, { width: 2, dash: [8, 4] })],
      axes: [
        {
          splits: () => DECADES,
          filter: allSplits,
          // Every decade has a grid line; on a narrow chart only every other one is labelled.
          values: (u: uPlot, splits: number[]) =>
            splits.map((v, i) => (v == null || (u.bbox.width / uPlot.pxRatio < 420 && i % 2 === 1) ? null : axisRate(v))),
          label: w.axis,
          labelSize: 20,
        },
        { scale: 'usd', values: usdValues, splits: decadeSplits, filter: allSplits, size: fitSize, label: 'per month', labelSize: 20 },
      ],
    }),
    [w],
  );

  const crossoverCost = crossover !== null && derived.b ? interpolateLogLog(BREAK_EVEN_RATES, derived.b, crossover) : null;
  const overlay = useCallback(
    (u: uPlot, p: ChartPalette) => {
      const ctx = u.ctx;
      const px = uPlot.pxRatio;
      const { top, height: h, left, width } = u.bbox;
      ctx.save();
      ctx.font = `${Math.round(12 * px)}px ${p.font}`;
      ctx.textBaseline = 'top';
      if (rate > 0) {
        const x = Math.round(u.valToPos(shownRate, 'x', true));
        ctx.strokeStyle = p.fg;
        ctx.lineWidth = px;
        ctx.setLineDash([4 * px, 3 * px]);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, top + h);
        ctx.stroke();
        ctx.setLineDash([]);
        const text = `now ${formatRate(rate)}`;
        const tw = ctx.measureText(text).width;
        const right = x + 4 * px + tw <= left + width;
        ctx.fillStyle = p.fg;
        ctx.textAlign = right ? 'left' : 'right';
        ctx.fillText(text, right ? x + 4 * px : x - 4 * px, top + 4 * px);
      }
      if (crossover !== null && crossoverCost !== null) {
        const x = u.valToPos(crossover, 'x', true);
        const y = u.valToPos(crossoverCost, 'usd', true);
        if (Number.isFinite(x) && Number.isFinite(y)) {
          ctx.beginPath();
          ctx.arc(x, y, 5 * px, 0, 2 * Math.PI);
          ctx.fillStyle = p.bg;
          ctx.fill();
          ctx.lineWidth = 2 * px;
          ctx.strokeStyle = p.fg;
          ctx.stroke();
        }
      }
      ctx.restore();
    },
    [rate, shownRate, crossover, crossoverCost],
  );

  const legend: LegendItem[] = [
    { label: `${w.serverless} per month`, color: 'blue' },
    { label: `${w.server} per month`, color: 'amber', mark: 'dash' },
  ];

  const words = curve?.error
    ? 'The break-even curve is unavailable for these settings.'
    : points
      ? breakEvenWords(crossover, curve?.crossings ?? 0, derived.pairs, kitchen)
      : 'Working out the break-even…';
  const nowWords =
    atRate && atRate.a !== null && atRate.b !== null
      ? `At the current rate (${skinRate(rateInWords(roundSignificant(rate, 3)), kitchen)}): ${w.serverless.toLowerCase()} about ${formatUsd(atRate.a)} a month, ${w.server.toLowerCase()} ${formatUsd(atRate.b)}. The dashed vertical line marks it.`
      : rate <= 0
        ? `No traffic now, so no current rate is marked.`
        : '';

  const label =
    `Line chart on log scales: monthly cost against steady traffic from ${axisRate(RATE_MIN)} to ${axisRate(RATE_MAX)} ${kitchen ? 'orders' : 'requests'} per second, ` +
    `${w.serverless.toLowerCase()} vs ${w.server.toLowerCase()}. ${words} ${nowWords}`;

  const table = () => ({
    caption: `${w.caption}: US dollars per 730-hour month (AWS’s convention) at each steady rate, ${kitchen ? 'the rented restaurant sized (in kitchens) to serve that rate' : 'the always-on fleet sized to serve that rate'}`,
    columns: [w.rate, w.perMonth, w.serverless, w.server],
    rows: downsample(points ?? [], 31).map((p) => [
      formatRate(p.requestsPerSecond),
      formatCount(p.requestsPerMonth),
      formatUsd(p.serverless.total),
      formatUsd(p.serverUsd),
    ]),
  });

  return (
    <ChartFigure
      id="break-even"
      caption={w.caption}
      legend={legend}
      table={table}
      note={
        <>
          <p className="text-xs text-[var(--page-fg)]" data-break-even={crossover ?? ''}>
            <strong className="font-semibold">{words}</strong> {nowWords}
          </p>
          {priced && (
            <p className="text-xs text-[var(--muted-fg)]" data-break-even-assumptions>
              Priced for these settings: {formatCount(priced.function.memoryMB)} MB, {formatCount(priced.function.durationMs.mean)} ms a request on {priced.function.architecture}, behind
              an {priced.gateway.type === 'http' ? 'HTTP' : 'REST'} API, with {priced.database.readsPerRequest + priced.database.writesPerRequest} DynamoDB calls each; against{' '}
              {priced.server.mode === 'fixed' ? `${formatCount(priced.server.instances)} × ${priced.server.instanceType}` : `${priced.server.instanceType} servers autoscaling`}
              {priced.server.loadBalancer ? ' behind a load balancer' : ''}, never fewer than needed for the rate. The article’s 22 requests per second is Lambda alone (512 MB, 100 ms) against one
              server, so it differs.
            </p>
          )}
        </>
      }
    >
      <UPlotChart options={options} optionsKey={kitchen ? 'kitchen' : 'cloud'} data={derived.data} label={label} height={height} overlay={overlay} readout={readout} />
    </ChartFigure>
  );
}
