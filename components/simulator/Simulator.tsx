'use client';

import dynamic from 'next/dynamic';
import { lazy, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { setPageSkin, subscribePageSkin } from '@/components/site/pageSkin';
import type { FlowLayout } from '@/components/pipeline/flow/layout';
import { PipelinePoster } from '@/components/pipeline/PipelinePoster';
import { Controls, PlayButton } from './Controls';
import { DiagramSlot } from './DiagramSlot';
import { formatClock } from './format';
import { CellLegend } from './panels/CellLegend';
import { KitchenLegend } from './panels/KitchenLegend';
import { LiveSummary } from './panels/LiveSummary';
import { Readouts } from './Readouts';
import { SCENE_EVENT, scenes, type SceneEventDetail, type SceneName } from './scenes';
import { SimulatorContext, useSimulator, useSimulatorStore } from './SimulatorContext';
import { SimulatedClock } from './SimulatedClock';
import { SimulatorAlerts } from './SimulatorAlerts';
import { SimulatorErrorBoundary } from './SimulatorErrorBoundary';
import { requestsPerDot } from './dots';
import { createSimulatorStore, nextMoment, shownSettings, type SimulatorStore } from './store';
import { Tabs } from './Tabs';
import { useGoLive } from './useGoLive';
import { useSimulationBridge } from './useSimulationBridge';
import { parseParams, type SimulatorParams } from './urlState';
import { useUrlSync } from './useUrlSync';

// The live diagram (React Flow and motion) is the heaviest part: it loads apart, and the still
// poster of the same layout holds its place meanwhile.
const PipelineFlow = lazy(() => import('@/components/pipeline/flow/PipelineFlow').then((m) => ({ default: m.PipelineFlow })));
// An embed draws its live diagram without React Flow and motion (LivePipelineSvg): a fraction of the start-up.
const LivePipelineSvg = lazy(() => import('@/components/pipeline/LivePipelineSvg').then((m) => ({ default: m.LivePipelineSvg })));

// Panels load when first opened, and embeds without them never download them.
const panelLoading = () => <p className="h-24 text-sm text-[var(--muted-fg)]">Loading…</p>;
const RequestInspector = dynamic(() => import('./panels/RequestInspector').then((m) => m.RequestInspector), { ssr: false, loading: panelLoading });
const EventLog = dynamic(() => import('./panels/EventLog').then((m) => m.EventLog), { ssr: false, loading: panelLoading });
const SourcesPanel = dynamic(() => import('./panels/SourcesPanel').then((m) => m.SourcesPanel), { ssr: false, loading: panelLoading });
const AdvancedControls = dynamic(() => import('./AdvancedControls').then((m) => m.AdvancedControls), { ssr: false, loading: panelLoading });
const EmbedDialog = dynamic(() => import('@/components/embed/EmbedDialog').then((m) => m.EmbedDialog), { ssr: false });

const ChartsPanel = dynamic(() => import('@/components/charts/ChartsPanel').then((m) => m.ChartsPanel), {
  ssr: false,
  loading: () => <p className="h-64 text-sm text-[var(--muted-fg)]">Loading charts…</p>,
});

export type SimulatorVariant = 'side' | 'full' | 'embed';

export interface SimulatorProps {
  variant: SimulatorVariant;
  /** Read the initial state from the page URL and keep the URL in step with it. */
  urlSync?: boolean;
  params?: Partial<SimulatorParams>;
  notices?: string[];
  autoplay?: boolean;
  initialScene?: SceneName;
  /** Listen for TryIt buttons in the page. */
  listenForScenes?: boolean;
  /** Embeds may show fewer controls. */
  controls?: 'none' | 'traffic' | 'full';
  /**
   * Poster first: the engine and the live diagram load only once the simulator is on screen and
   * playing (or a control is used); until then the still diagram and the controls show. Renders
   * on the server, for a page that paints before any script runs.
   */
  lazyEngine?: boolean;
  /** The playground: a "Compare" button hands the current state over to compare mode. */
  onCompare?: (params: SimulatorParams, playing: boolean) => void;
  /**
   * A new value starts a new simulation from the props (a fresh store) in the same elements: the
   * embed, rendered ahead with defaults, passes its query once it is read. Only what differs is
   * redrawn, where a remount (React's `key`) would throw the page's painted poster away and build
   * it again, the costliest single task of an embed's start on a phone.
   */
  configKey?: string;
}

/** Engine options for a simulator that shows no panels: no traces or events kept for them. */
const PANEL_FREE_FRAMES = { traceCapacity: 1, eventCapacity: 1 } as const;

/**
 * Whether the simulator shows its panels (charts, inspector, log…): everywhere but an embed with
 * fewer than the full controls. A request dot opens the inspector only where there is one.
 */
function showsPanels({ variant, controls = 'full' }: Pick<SimulatorProps, 'variant' | 'controls'>): boolean {
  return variant !== 'embed' || controls === 'full';
}

/** The live simulator: diagram, controls, readouts and panels around one engine. */
export function Simulator(props: SimulatorProps) {
  const [fromUrl] = useState(() => (props.urlSync ? parseParams(window.location.search) : { params: {}, notices: [], scene: undefined }));
  const makeStore = () =>
    createSimulatorStore({
      params: { ...props.params, ...fromUrl.params },
      notices: [...(props.notices ?? []), ...fromUrl.notices],
      autoplay: props.autoplay,
      // An embed without panels shows no request's trace and no event log: frames without them are a
      // third the size, so each costs the page less to receive (on a phone, every frame counts).
      engineOptions: showsPanels(props) ? undefined : PANEL_FREE_FRAMES,
    });
  const [owned, setOwned] = useState(() => ({ key: props.configKey, store: makeStore() }));
  // A new configuration: a new store, set during render (React's pattern for state derived from a changed prop).
  if (owned.key !== props.configKey) setOwned({ key: props.configKey, store: makeStore() });
  const store: SimulatorStore = owned.store;
  const container = useRef<HTMLDivElement>(null);
  const live = useGoLive(store, container, !props.lazyEngine);
  useSimulationBridge(store, container, { enabled: live });

  // A scene to start with: a TryIt's (the side column), or a link's `scene` (the playground).
  const firstScene = props.initialScene ?? fromUrl.scene;
  useEffect(() => {
    if (firstScene) store.getState().runScene(firstScene);
  }, [store, firstScene]);

  useEffect(() => {
    if (!props.listenForScenes) return;
    const onScene = (e: Event) => {
      const detail = (e as CustomEvent<SceneEventDetail>).detail;
      if (!detail || !Object.hasOwn(scenes, detail.scene)) return;
      store.getState().runScene(detail.scene);
      // The column scrolls on its own: bring its top (traffic, Play, the diagram and the scene's
      // highlighted numbers) into view.
      const scroller = scrollingAncestor(container.current);
      if (scroller) scroller.scrollTo({ top: 0, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    };
    window.addEventListener(SCENE_EVENT, onScene);
    return () => window.removeEventListener(SCENE_EVENT, onScene);
  }, [store, props.listenForScenes]);

  // The page's view follows this simulator's Cloud/Kitchen switch, and the other way round: the
  // inline figures speak the same language as the simulator beside them.
  useEffect(() => {
    setPageSkin(store.getState().params.skin);
    const unsubscribePage = subscribePageSkin((skin) => {
      if (store.getState().params.skin !== skin) store.getState().setSkin(skin);
    });
    const unsubscribeStore = store.subscribe((s, prev) => {
      if (s.params.skin !== prev.params.skin) setPageSkin(s.params.skin);
    });
    return () => {
      unsubscribePage();
      unsubscribeStore();
    };
  }, [store]);

  useUrlSync(store, props.urlSync);

  return (
    <SimulatorContext.Provider value={store}>
      <div ref={container} className="text-[var(--page-fg)]">
        <SimulatorErrorBoundary onError={(engineError) => store.setState({ engineError })} onReset={() => store.getState().restartEngine()}>
          <SimulatorBody {...props} live={live} />
        </SimulatorErrorBoundary>
      </div>
    </SimulatorContext.Provider>
  );
}

/** Wide diagrams need room; below this width the stacked layout reads better. */
const WIDE_LAYOUT_MIN_PX = 640;

function useWidth(ref: RefObject<HTMLElement | null>): number {
  // First guess: the viewport, so the first paint already has the right layout and nothing jumps
  // when the real width arrives. (On the server it is unknown: the poster's layout follows a
  // container query instead.)
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? 0 : window.innerWidth));
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** A scene's title (with a full stop unless it ends in one) and what to watch for. */
function SceneCaption({ words }: { words: { title: string; caption: string } }) {
  return (
    <>
      <strong>{/[.?!]$/.test(words.title) ? words.title : `${words.title}.`}</strong> {words.caption}
    </>
  );
}

/** The scene's next moment, counted down in simulated time, with a way to skip the wait. */
function SceneNext({ scene, kitchen }: { scene: SceneName; kitchen: boolean }) {
  const time = useSimulator((s) => s.snapshot?.timeMs ?? 0);
  const speed = useSimulator((s) => s.params.speed);
  const skipping = useSimulator((s) => s.skipUntilMs !== null);
  const skipAhead = useSimulator((s) => s.skipAhead);
  const moment = nextMoment(scene, time);
  if (!moment) return null;
  const inMs = moment.atSeconds * 1000 - time;
  // Worth skipping when the wait is more than a few real seconds at this speed.
  const canSkip = !skipping && inMs / speed > 4000;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-[var(--muted-fg)]" data-scene-next>
      <span>
        Next: {kitchen ? moment.kitchen : moment.cloud} in <span className="tabular-nums" title="simulated time">{formatClock(inMs)}</span>
        {skipping ? ' (skipping ahead…)' : ` (${formatDuration(inMs / speed)} at ${speed}×)`}.
      </span>
      {canSkip && (
        <button type="button" onClick={skipAhead} className="rounded border border-[var(--border)] px-1.5 py-0.5 font-semibold text-[var(--page-fg)]">
          Skip ahead
        </button>
      )}
    </p>
  );
}

/** A wall-clock wait in words: "3 s", "1 min 20 s". */
function formatDuration(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
}

/** The nearest ancestor that scrolls on its own (not the page), if any. */
function scrollingAncestor(el: HTMLElement | null): HTMLElement | null {
  for (let node = el?.parentElement ?? null; node && node !== document.body; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY) && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** The diagram's box: compact in the side column; elsewhere wide from 640 px, by a container query that matches `layout`. */
const DIAGRAM_BOX: Record<SimulatorVariant, string> = {
  side: 'mx-auto aspect-[380/300] w-full max-w-[26rem]',
  full: 'mx-auto aspect-[380/470] w-full max-w-[26rem] @min-[640px]:aspect-[900/330] @min-[640px]:max-w-none',
  embed: 'mx-auto aspect-[380/470] w-full max-w-[26rem] @min-[640px]:aspect-[900/330] @min-[640px]:max-w-none',
};

function SimulatorBody({ variant, controls = 'full', live, onCompare }: SimulatorProps & { live: boolean }) {
  const store = useSimulatorStore();
  const body = useRef<HTMLDivElement>(null);
  const width = useWidth(body);
  const layout: FlowLayout = variant === 'side' ? 'side' : width > 0 && width < WIDE_LAYOUT_MIN_PX ? 'tall' : 'wide';
  const skin = useSimulator((s) => s.params.skin);
  const setSkin = useSimulator((s) => s.setSkin);
  const perDot = useSimulator((s) => (s.snapshot ? requestsPerDot(s.snapshot) : 1));
  const scene = useSimulator((s) => s.scene);
  const idPrefix = variant;
  // A request dot on the diagram opens the inspector on that request, where there is one.
  const inspectable = showsPanels({ variant, controls });
  const selectTrace = useSimulator((s) => s.selectTrace);
  const [picks, setPicks] = useState(0);
  const pickRequest = useCallback(
    (id: number) => {
      selectTrace(id);
      setPicks((n) => n + 1);
    },
    [selectTrace],
  );

  const asyncOn = useSimulator((s) => shownSettings(s).async.enabled);
  const s3On = useSimulator((s) => shownSettings(s).s3.readsPerRequest + shownSettings(s).s3.writesPerRequest > 0);
  const playing = useSimulator((s) => s.playing);
  const togglePlay = useSimulator((s) => s.togglePlay);
  const starting = useSimulator((s) => s.playing && s.snapshot === null);
  const label = skin === 'kitchen' ? 'Live pop-up kitchen: customers, host stand, cooking stations and pantry' : 'Live pipeline: client, API Gateway, Lambda function and DynamoDB';
  // The embed's poster draws both skins and <html data-skin> picks one (set before first paint from
  // the URL); it follows the View buttons from then on.
  useEffect(() => {
    if (variant === 'embed') document.documentElement.dataset.skin = skin;
  }, [variant, skin]);
  const poster = (note: string) => (
    <PipelinePoster
      responsive={variant !== 'side'}
      layout="side"
      skin={variant === 'embed' ? 'both' : skin}
      active={{ async: asyncOn, s3: s3On }}
      label={`${label} (${note})`}
      idPrefix={idPrefix}
    />
  );
  const diagram = (
    <DiagramSlot className={DIAGRAM_BOX[variant]} poster={poster('still; it moves once playing')} live={live}>
      {variant === 'embed' ? (
        <LivePipelineSvg layout={layout} onPickRequest={inspectable ? pickRequest : undefined} label={label} idPrefix={`${idPrefix}-live`} />
      ) : (
        <PipelineFlow layout={layout} onPickRequest={inspectable ? pickRequest : undefined} label={label} />
      )}
    </DiagramSlot>
  );

  const framedDiagram = <div className="overflow-hidden rounded-xl border border-[var(--border)] bg-[var(--surface)]">{diagram}</div>;
  const legend = (
    <>
      <CellLegend requestsPerDot={perDot} />
      {skin === 'kitchen' && <KitchenLegend />}
    </>
  );

  const panels = [
    { id: 'charts', label: 'Charts', content: () => <ChartsPanel /> },
    { id: 'inspect', label: 'Inspect', content: () => <RequestInspector /> },
    { id: 'log', label: 'Log', content: () => <EventLog /> },
    ...(controls === 'full' ? [{ id: 'settings', label: 'Settings', content: () => <AdvancedControls /> }] : []),
    { id: 'sources', label: 'Sources', content: () => <SourcesPanel /> },
  ];

  // An embed prints as its still diagram, and without JavaScript shows only that (and a link).
  const printHidden = variant === 'embed' ? 'print:hidden' : '';
  const liveOnly = variant === 'embed' ? 'needs-js print:hidden' : '';

  return (
    <div ref={body} role="group" aria-label="Live serverless simulator" className={`@container ${variant === 'side' ? 'space-y-2' : 'space-y-3'}`}>
      <header className={`flex flex-wrap items-center justify-between gap-2 ${printHidden}`}>
        <div className="flex items-baseline gap-2">
          <h2 className="text-base font-semibold">{skin === 'kitchen' ? 'Live pop-up kitchen' : 'Live simulator'}</h2>
          <SimulatedClock />
        </div>
        <div className={`flex items-center gap-2 print:hidden ${liveOnly}`}>
          {onCompare && (
            <button
              type="button"
              onClick={() => onCompare(store.getState().params, store.getState().playing)}
              className="rounded-md border border-[var(--border)] px-2 py-1 text-xs font-semibold hover:bg-[var(--surface)]"
            >
              Compare two setups
            </button>
          )}
          {variant !== 'embed' && <EmbedDialog />}
          {/* Every simulator can start: without controls, Play sits in the header. */}
          {controls === 'none' && <PlayButton playing={playing} starting={starting} onClick={togglePlay} compact />}
          <div role="group" aria-label="View" className="inline-flex overflow-hidden rounded-md border border-[var(--border)] text-xs">
            {(['cloud', 'kitchen'] as const).map((k) => (
              <button
                key={k}
                type="button"
                aria-pressed={skin === k}
                onClick={() => setSkin(k)}
                className="px-2 py-1 focus-visible:outline-offset-[-3px] focus-visible:outline-[var(--page-fg)] aria-pressed:bg-brand-600 aria-pressed:text-white"
              >
                {k === 'cloud' ? 'Cloud' : 'Kitchen'}
              </button>
            ))}
          </div>
        </div>
      </header>
      <SimulatorAlerts printHidden={printHidden} />
      {scene && (
        <div className="rounded-md bg-[var(--surface)] p-2 text-sm">
          <p data-scene={scene}>
            <SceneCaption words={skin === 'kitchen' ? scenes[scene].kitchen : scenes[scene]} />
          </p>
          <SceneNext scene={scene} kitchen={skin === 'kitchen'} />
        </div>
      )}
      {variant === 'side' ? (
        // The side column, read beside the article: what the prose asks for on top (traffic, Play,
        // the diagram, the numbers the scene talks about), the rest below, so all of it fits one
        // screen at 1024×768 without scrolling the column.
        <>
          <div className="print:hidden">
            <Controls idPrefix={idPrefix} part="primary" />
          </div>
          {framedDiagram}
          <Readouts compact watch={scene ? scenes[scene].watch : undefined} />
          <details className="rounded-md border border-[var(--border)] px-2 py-1 text-sm print:hidden">
            <summary className="cursor-pointer font-semibold">{skin === 'kitchen' ? 'What the squares and dots mean' : 'Legend: squares and dots'}</summary>
            <div className="space-y-2 py-1">
              {legend}
            </div>
          </details>
          <div className="print:hidden">
            <Controls idPrefix={idPrefix} part="more" />
          </div>
        </>
      ) : (
        <div className={variant === 'full' ? 'grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]' : 'space-y-3'}>
          <div className="space-y-2">
            {framedDiagram}
            <div className={`space-y-2 ${liveOnly}`}>
              {legend}
            </div>
          </div>
          <div className={`space-y-3 ${liveOnly}`}>
            {controls !== 'none' && (
              <div className="print:hidden">
                <Controls idPrefix={idPrefix} trafficOnly={controls === 'traffic'} />
              </div>
            )}
            <Readouts compact={variant !== 'full'} watch={scene ? scenes[scene].watch : undefined} />
          </div>
        </div>
      )}
      {inspectable && (
        <div className={`print:hidden ${liveOnly}`}>
          <Tabs label="Simulator panels" tabs={panels} show={{ id: 'inspect', n: picks }} />
        </div>
      )}
      <LiveSummary />
    </div>
  );
}
