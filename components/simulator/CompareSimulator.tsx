'use client';

import dynamic from 'next/dynamic';
import { lazy, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useFrameSelection } from './frameUpdates';
import { PLATFORM_NODE_WORDS } from '@/components/pipeline/cells';
import { PipelinePoster } from '@/components/pipeline/PipelinePoster';
import { PLATFORMS, previewScenario, type Platform } from '@/simulations/defaults';
import {
  COMPARE_KINDS,
  COMPARE_KIND_LABEL,
  COMPARE_MEMORY_MB,
  COMPARE_METRICS,
  COMPARE_PROVISIONED,
  defaultChoice,
  PLATFORM_NAME,
  describeDifference,
  setupWords,
  variantPatch,
  type CompareChoice,
  type CompareKind,
} from './compare';
import { Controls } from './Controls';
import { DiagramSlot } from './DiagramSlot';
import { LineChart } from '@/components/figures/LineChart';
import { Measured } from '@/components/figures/Measured';
import type { SeriesRow } from '@/simulations';
import { formatClock, formatCount, formatUsd } from './format';
import type { EngineChannel } from './protocol';
import { SimulatorContext, useSimulator } from './SimulatorContext';
import { SimulatedClock } from './SimulatedClock';
import { SimulatorAlerts } from './SimulatorAlerts';
import { SimulatorErrorBoundary } from './SimulatorErrorBoundary';
import { createSimulatorStore, shownSettings, type SimulatorStore } from './store';
import { useGoLive } from './useGoLive';
import { dedicatedChannel, useSimulationBridge } from './useSimulationBridge';
import { useUrlSync } from './useUrlSync';
import { parseParams, type SimulatorParams } from './urlState';

const EmbedDialog = dynamic(() => import('@/components/embed/EmbedDialog').then((m) => m.EmbedDialog), { ssr: false });
const PipelineFlow = lazy(() => import('@/components/pipeline/flow/PipelineFlow').then((m) => ({ default: m.PipelineFlow })));
// An embed's diagrams are drawn without React Flow (as the single simulator's are in an embed).
const LivePipelineSvg = lazy(() => import('@/components/pipeline/LivePipelineSvg').then((m) => ({ default: m.LivePipelineSvg })));

export interface CompareSimulatorProps {
  variant: 'full' | 'embed';
  /** Read the initial state from the page URL and keep the URL in step with it. */
  urlSync?: boolean;
  params?: Partial<SimulatorParams>;
  notices?: string[];
  autoplay?: boolean;
  /** Embeds may show fewer controls (no picker, or traffic only). */
  controls?: 'none' | 'traffic' | 'full';
  /** Poster first (an embed): the engine loads once on screen and playing, or a control is used. */
  lazyEngine?: boolean;
  /** The playground: back to one run, with A's state. */
  onStop?: (params: SimulatorParams, playing: boolean) => void;
}

/**
 * Compare mode: setups A and B side by side, fed the identical arrivals (one worker runs both in
 * lockstep: simHost.ts), differing in the one thing the reader picks; the numbers side by side and
 * the difference in words. Run A's store drives everything (controls, URL, the engine bridge); run
 * B's store only receives B's frames, published with A's, and mirrors A's view settings.
 */
export function CompareSimulator(props: CompareSimulatorProps) {
  const [fromUrl] = useState(() => (props.urlSync ? parseParams(window.location.search) : { params: {}, notices: [] }));
  const [stores] = useState(() => {
    const params = { ...props.params, ...fromUrl.params };
    const a = createSimulatorStore({ params, notices: [...(props.notices ?? []), ...fromUrl.notices], autoplay: props.autoplay });
    const b = createSimulatorStore({ params });
    b.setState({ scene: null, playing: a.getState().playing });
    return { a, b };
  });
  const { a, b } = stores;
  const container = useRef<HTMLDivElement>(null);
  const live = useGoLive(a, container, !props.lazyEngine);

  // B draws as A does (view, speed, play state); its scenario comes from its frames.
  useEffect(
    () =>
      a.subscribe((s, prev) => {
        if (s.params !== prev.params || s.playing !== prev.playing) b.setState({ params: s.params, playing: s.playing });
      }),
    [a, b],
  );

  // One worker for both runs: resets carry B's patch; each frame carries B's run, shown with A's.
  const open = useCallback((): EngineChannel => {
    const inner = dedicatedChannel();
    const channel: EngineChannel = {
      post(cmd) {
        if (cmd.type !== 'reset') return inner.post(cmd);
        const choice = a.getState().params.compare;
        inner.post(choice ? { ...cmd, compare: variantPatch(choice, previewScenario(cmd.scenario)) } : cmd);
      },
      onmessage: null,
      onfailure: null,
      close: () => inner.close(),
    };
    inner.onmessage = (msg) => {
      channel.onmessage?.(msg);
      if (msg.type === 'frame' && msg.compare) b.getState().receiveFrame(msg.compare, a.getState().snapshot === msg.snapshot);
      // An engine reset without B (the comparison was refused): B shows nothing stale.
      else if (msg.type === 'frame' && b.getState().snapshot !== null) b.setState({ snapshot: null, frame: null, settings: null, series: [] });
    };
    inner.onfailure = (message) => channel.onfailure?.(message);
    return channel;
  }, [a, b]);
  useSimulationBridge(a, container, { channel: open, enabled: live });
  useUrlSync(a, props.urlSync);

  return (
    <SimulatorContext.Provider value={a}>
      <div ref={container} className="text-[var(--page-fg)]">
        <SimulatorErrorBoundary onError={(engineError) => a.setState({ engineError })} onReset={() => a.getState().restartEngine()}>
          <CompareBody {...props} a={a} b={b} live={live} />
        </SimulatorErrorBoundary>
      </div>
    </SimulatorContext.Provider>
  );
}

function CompareBody({ variant, controls = 'full', live, onStop, a, b }: CompareSimulatorProps & { live: boolean; a: SimulatorStore; b: SimulatorStore }) {
  const choice = useSimulator((s) => s.params.compare);
  const seed = useSimulator((s) => s.params.seed);
  const liveOnly = variant === 'embed' ? 'needs-js print:hidden' : '';

  return (
    <div role="group" aria-label="Two serverless setups compared" className="@container space-y-3">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-baseline gap-2">
          <h2 className="text-base font-semibold">Compare two setups</h2>
          <SimulatedClock />
        </div>
        <div className="flex items-center gap-2 print:hidden">
          {variant === 'full' && <EmbedDialog />}
          {onStop && (
            <button
              type="button"
              onClick={() => onStop({ ...a.getState().params, compare: undefined }, a.getState().playing)}
              className="rounded-md border border-[var(--border)] px-2 py-1 text-xs font-semibold hover:bg-[var(--surface)] print:hidden"
            >
              Back to one setup
            </button>
          )}
        </div>
      </header>
      <SimulatorAlerts printHidden="print:hidden" />
      <p className="text-sm text-[var(--muted-fg)]">
        Both setups get exactly the same requests (seed {formatCount(seed)}), at the same moments; B differs from A in one thing only.
      </p>
      <div className={variant === 'full' ? 'grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]' : 'grid gap-3 @min-[760px]:grid-cols-[minmax(0,1fr)_20rem]'}>
        <div className="order-2 grid gap-3 @min-[560px]:grid-cols-2 lg:order-1">
          <Side name="A" store={a} choice={choice} live={live} embed={variant === 'embed'} />
          <Side name="B" store={b} choice={choice} live={live} embed={variant === 'embed'} />
          <div className="@min-[560px]:col-span-2">
            <CostOverTime a={a} b={b} />
          </div>
        </div>
        <div className={`order-1 space-y-3 lg:order-2 ${liveOnly}`}>
          {controls === 'full' && <ComparePicker />}
          {controls !== 'none' && (
            <div className="print:hidden">
              <Controls idPrefix={`compare-${variant}`} part="primary" trafficOnly={controls === 'traffic'} />
            </div>
          )}
          <CompareTable a={a} b={b} />
          {controls === 'full' && (
            <div className="print:hidden">
              <Controls idPrefix={`compare-${variant}`} part="more" />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** One setup's heading and diagram, drawn from its own store. */
function Side({ name, store, choice, live, embed }: { name: 'A' | 'B'; store: SimulatorStore; choice: CompareChoice | undefined; live: boolean; embed: boolean }) {
  return (
    <SimulatorContext.Provider value={store}>
      <section aria-labelledby={`compare-side-${name}`} className="min-w-0 space-y-1.5">
        <h3 id={`compare-side-${name}`} className="text-sm font-semibold @min-[560px]:min-h-10">
          <SideHeading name={name} choice={choice} />
        </h3>
        <div className="overflow-hidden rounded-xl border border-[var(--border)] bg-[var(--surface)]">
          <SideDiagram name={name} live={live} embed={embed} />
        </div>
      </section>
    </SimulatorContext.Provider>
  );
}

function SideHeading({ name, choice }: { name: 'A' | 'B'; choice: CompareChoice | undefined }) {
  const words = useSimulator((s) => (choice ? setupWords(choice, shownSettings(s)) : null));
  return (
    <>
      Setup {name}
      {words && <span className="font-normal text-[var(--muted-fg)]">: {words}</span>}
    </>
  );
}

function SideDiagram({ name, live, embed }: { name: 'A' | 'B'; live: boolean; embed: boolean }) {
  const skin = useSimulator((s) => s.params.skin);
  const asyncOn = useSimulator((s) => shownSettings(s).async.enabled);
  const s3On = useSimulator((s) => shownSettings(s).s3.readsPerRequest + shownSettings(s).s3.writesPerRequest > 0);
  const words = useSimulator((s) => PLATFORM_NODE_WORDS[shownSettings(s).platform]);
  const label = `Setup ${name}: ${skin === 'kitchen' ? 'pop-up kitchen' : `client, ${words.gateway?.title ?? 'API Gateway'}, ${words.function} and DynamoDB`}`;
  const poster = (note: string) => (
    <PipelinePoster responsive={false} layout="side" skin={skin} active={{ async: asyncOn, s3: s3On }} label={`${label} (${note})`} idPrefix={`compare-${name}`} />
  );
  return (
    <DiagramSlot className="mx-auto aspect-[380/300] w-full" poster={poster('still; it moves once playing')} live={live}>
      {embed ? <LivePipelineSvg layout="side" label={label} idPrefix={`compare-${name}-live`} /> : <PipelineFlow layout="side" label={label} flowId={`compare-${name}`} />}
    </DiagramSlot>
  );
}

const select = 'mt-0.5 h-9 w-full rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-2';

/** What B changes: the kind, then its value. */
function ComparePicker() {
  const choice = useSimulator((s) => s.params.compare);
  const setCompare = useSimulator((s) => s.setCompare);
  const settings = useSimulator(shownSettings);
  const kind = choice?.kind ?? 'platform';
  let value: ReactNode = null;
  if (choice?.kind === 'platform') {
    value = (
      <Labelled label="B's platform">
        <select className={select} value={choice.platform} onChange={(e) => setCompare({ kind: 'platform', platform: e.target.value as Platform })}>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAME[p]}
            </option>
          ))}
        </select>
      </Labelled>
    );
  } else if (choice?.kind === 'memory') {
    value = (
      <Labelled label="B's memory">
        <select className={select} value={choice.memoryMB} onChange={(e) => setCompare({ kind: 'memory', memoryMB: Number(e.target.value) })}>
          {[...new Set([...COMPARE_MEMORY_MB, choice.memoryMB])]
            .sort((x, y) => x - y)
            .map((m) => (
              <option key={m} value={m}>
                {formatCount(m)} MB
              </option>
            ))}
        </select>
      </Labelled>
    );
  } else if (choice?.kind === 'provisioned') {
    value = (
      <Labelled label="B's provisioned environments">
        <select className={select} value={choice.environments} onChange={(e) => setCompare({ kind: 'provisioned', environments: Number(e.target.value) })}>
          {[...new Set([...COMPARE_PROVISIONED, choice.environments])]
            .sort((x, y) => x - y)
            .map((n) => (
              <option key={n} value={n}>
                {n === 0 ? 'Off' : formatCount(n)}
              </option>
            ))}
        </select>
      </Labelled>
    );
  } else if (choice?.kind === 'queue') {
    value = <p className="self-end pb-2 text-sm">B {settings.async.enabled ? 'answers directly, without the queue' : 'also hands work to a queue (SQS)'}.</p>;
  }
  return (
    <div className="grid grid-cols-2 gap-2 print:hidden">
      <Labelled label="B differs in">
        <select className={select} value={kind} onChange={(e) => setCompare(defaultChoice(e.target.value as CompareKind, settings))}>
          {COMPARE_KINDS.map((k) => (
            <option key={k} value={k}>
              {COMPARE_KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </Labelled>
      {value}
    </div>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="text-sm">
      <span className="block font-semibold">{label}</span>
      {children}
    </label>
  );
}

/** The two runs' numbers side by side, and the difference in words (from the same numbers). */
function CompareTable({ a, b }: { a: SimulatorStore; b: SimulatorStore }) {
  const sa = useFrameSelection(a, (s) => s.snapshot);
  const sb = useFrameSelection(b, (s) => s.snapshot);
  return (
    <div className="space-y-2">
      {/* The sentence first: at 1024×768 it sits beside the traffic slider, the table's last rows below. */}
      <p className="rounded-md bg-[var(--surface)] p-2 text-sm" data-compare-difference>
        {sa && sb ? describeDifference(sa, sb) : 'Press Play: both setups start together.'}
      </p>
      <table className="w-full text-sm tabular-nums" data-compare-table>
        <caption className="sr-only">Setup A and setup B, the same requests</caption>
        <thead>
          <tr className="border-b border-[var(--border)] text-left">
            <th scope="col" className="py-1 font-semibold">
              So far
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              A
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              B
            </th>
          </tr>
        </thead>
        <tbody>
          {COMPARE_METRICS.map((m) => (
            <tr key={m.id} className="border-b border-[var(--border)] last:border-0">
              <th scope="row" className="py-1 text-left font-normal">
                {m.label}
              </th>
              {([sa, sb] as const).map((s, i) => (
                <td key={i} className="py-1 text-right" data-metric={m.id} data-side={i === 0 ? 'a' : 'b'} data-value={s ? m.value(s) : undefined}>
                  {s ? m.format(m.value(s)) : '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** At most this many points per line: a line of an hour's seconds is drawn from every twelfth. */
const CHART_POINTS = 300;

function thin(rows: readonly SeriesRow[]): SeriesRow[] {
  const step = Math.max(1, Math.ceil(rows.length / CHART_POINTS));
  const out: SeriesRow[] = [];
  for (let i = rows.length - 1; i >= 0; i -= step) out.push(rows[i]);
  return out.reverse();
}

/** What each setup has cost so far, second by second: where the bills part. */
function CostOverTime({ a, b }: { a: SimulatorStore; b: SimulatorStore }) {
  const seriesA = useFrameSelection(a, (s) => s.series);
  const seriesB = useFrameSelection(b, (s) => s.series);
  const rowsA = thin(seriesA);
  const byTime = new Map(seriesB.map((r) => [r.timeSeconds, r.costTotalUsd]));
  const xs = rowsA.map((r) => r.timeSeconds);
  const ysA = rowsA.map((r) => r.costTotalUsd);
  const ysB = rowsA.map((r) => byTime.get(r.timeSeconds) ?? null);
  const max = Math.max(1e-9, ...ysA, ...ysB.map((v) => v ?? 0));
  const end = xs.at(-1) ?? 60;
  const start = xs[0] ?? 0;
  const last = (ys: readonly (number | null)[]) => ys.at(-1) ?? 0;
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-center gap-x-3 text-xs">
        <span className="font-semibold">Cost so far</span>
        <span className="flex items-center gap-1">
          <svg width="18" height="6" aria-hidden="true">
            <line x1="0" x2="18" y1="3" y2="3" className="stroke-brand-600 dark:stroke-brand-400" strokeWidth="2" />
          </svg>
          A
        </span>
        <span className="flex items-center gap-1">
          <svg width="18" height="6" aria-hidden="true">
            <line x1="0" x2="18" y1="3" y2="3" className="stroke-amber-700 dark:stroke-amber-400" strokeWidth="2" strokeDasharray="4 3" />
          </svg>
          B
        </span>
      </p>
      <Measured className="h-36 w-full">
        {(w, h) => (
          <LineChart
            width={w}
            height={h}
            label={xs.length > 1 ? `Cost so far over ${formatClock(end * 1000)} of simulated time: A ${formatUsd(last(ysA))}, B ${formatUsd(last(ysB))}.` : 'Cost so far: the chart fills as the run goes.'}
            xs={xs}
            x={{ min: start, max: Math.max(end, start + 1), ticks: [start, end].map((t) => [t, formatClock(t * 1000)] as const) }}
            y={{ min: 0, max: max * 1.1, ticks: [0, 0.5, 1].map((f) => [f * max * 1.1, formatUsd(f * max * 1.1)] as const) }}
            lines={
              xs.length > 1
                ? [
                    { ys: ysA, className: 'stroke-brand-600 dark:stroke-brand-400' },
                    { ys: ysB, className: 'stroke-amber-700 dark:stroke-amber-400', dashed: true },
                  ]
                : []
            }
          />
        )}
      </Measured>
    </div>
  );
}
