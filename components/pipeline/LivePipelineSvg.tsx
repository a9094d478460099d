'use client';

import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { useSimulator, useSimulatorStore } from '@/components/simulator/SimulatorContext';
import { dotsByEdge, type DotEdge } from '@/components/simulator/dots';
import { shownSettings } from '@/components/simulator/store';
import { usePrefersReducedMotion } from '@/components/simulator/usePrefersReducedMotion';
import { CELL_LOOKS, createCellPainter, type CellArea, type CellPainter } from './cellPainter';
import { createDotPainter, createEdgeCounter, pickOnPress, type DotPainter } from './dotPainter';
import { FunctionFullness } from './flow/FunctionFullness';
import { FLOW_LAYOUTS, type FlowBox, type FlowLayout } from './flow/layout';
import { FlowEdgePath, FlowMarkers, NodeBox, viewBoxAttribute, wrap } from './FlowSvg';
import { flowEdges, flowViewBox } from './flowGeometry';
import type { PipelineNodeId } from './graph';
import {
  clientSubtitle,
  databaseSubtitle,
  functionCounts,
  functionSubtitle,
  functionTitle,
  gatewayRefusals,
  gatewaySubtitle,
  gatewayTitle,
  nodeTitle,
  refusedWord,
  serviceDetail,
  serviceSubtitle,
  showsMemoryCounters,
} from './nodeWords';
import { cssPalette as palette } from './palette';

/**
 * The live pipeline drawn as one plain SVG, without React Flow or motion: the embed's live diagram.
 * It is the poster (FlowSvg: the same boxes, curves and text positions) with the words, the
 * environment cells and the request dots brought to life from the engine's frames, so the swap
 * from poster to live moves nothing. Words come from nodeWords (as React Flow's nodes' do), dots
 * from the same painter as React Flow's edges (dotPainter). It costs a phone a fraction of React
 * Flow's start-up: an embed is often one of several on a docs page.
 *
 * What it leaves out, on purpose: a reclaimed cell vanishes rather than shrinking away (a new one
 * still pops in, by CSS, unless the reader prefers reduced motion).
 */
export function LivePipelineSvg({ layout, label, idPrefix, onPickRequest }: { layout: FlowLayout; label: string; idPrefix: string; onPickRequest?: (id: number) => void }) {
  const asyncOn = useSimulator((s) => shownSettings(s).async.enabled);
  const s3On = useSimulator((s) => shownSettings(s).s3.readsPerRequest + shownSettings(s).s3.writesPerRequest > 0);
  const svg = useRef<SVGSVGElement>(null);
  const edges = flowEdges(layout);
  return (
    <>
      <svg ref={svg} viewBox={viewBoxAttribute(layout)} className="block h-full w-full" role="img" aria-label={label} data-live-diagram="">
        <defs>
          <FlowMarkers idPrefix={idPrefix} palette={palette} />
        </defs>
        {edges
          .filter((e) => e.kind !== 'sync')
          .map((e) => (
            <FlowEdgePath key={e.id} edge={e} on={e.target === 's3' ? s3On : asyncOn} palette={palette} idPrefix={idPrefix} />
          ))}
        <RequestDots layout={layout} idPrefix={idPrefix} svg={svg} onPick={onPickRequest} />
        <ClientNode box={FLOW_LAYOUTS[layout].boxes.client} />
        <GatewayNode box={FLOW_LAYOUTS[layout].boxes.gateway} />
        <FunctionNode box={FLOW_LAYOUTS[layout].boxes.function} />
        <DatabaseNode box={FLOW_LAYOUTS[layout].boxes.database} />
        {(['sns', 'sqs', 's3'] as const).map((id) => (
          <ServiceNode key={id} id={id} box={FLOW_LAYOUTS[layout].boxes[id]} />
        ))}
        <EdgeCounts layout={layout} />
      </svg>
      <FunctionFullness />
    </>
  );
}

interface TextLine {
  text: string;
  size: 11 | 13;
  weight?: number;
  fill?: string;
  className?: string;
}

/**
 * Lines of a node's text, stacked as the live node stacks them and at the poster's positions (the
 * first baseline 21 px below the box's top, the next 14 px below a title and 13 px below a smaller
 * line), each wrapped to the box; `bottom` is where what follows (the cells) starts.
 */
function stack(box: FlowBox, lines: TextLine[]): { placed: { line: TextLine; y: number; rows: string[] }[]; bottom: number } {
  const placed: { line: TextLine; y: number; rows: string[] }[] = [];
  let y = box.y + 21;
  let previous: { size: number; rows: number } | null = null;
  for (const line of lines) {
    if (previous) y += (previous.rows - 1) * previous.size * 1.25 + (previous.size === 13 ? 14 : 13);
    const rows = wrap(line.text, box.width - 24, line.size);
    placed.push({ line, y, rows });
    previous = { size: line.size, rows: rows.length };
  }
  return { placed, bottom: previous ? y + (previous.rows - 1) * previous.size * 1.25 + 10 : box.y + 8 };
}

function NodeText({ box, placed }: { box: FlowBox; placed: ReturnType<typeof stack>['placed'] }) {
  return placed.map(({ line, y, rows }, i) => (
    <text key={i} x={box.x + 12} y={y} fontSize={line.size} fontWeight={line.weight} fill={line.fill ?? palette.muted} className={line.className}>
      {rows.map((row, j) => (
        <tspan key={j} x={box.x + 12} dy={j === 0 ? 0 : line.size * 1.25}>
          {row}
        </tspan>
      ))}
    </text>
  ));
}

/** A main-lane node: its box and its lines (the first is the title), and what it draws below them. */
function MainNode({ id, box, lines, below }: { id: PipelineNodeId; box: FlowBox; lines: TextLine[]; below?: (top: number) => ReactNode }) {
  const { placed, bottom } = stack(box, lines);
  return (
    <g data-testid={`node-${id}`}>
      <NodeBox box={box} main on palette={palette} />
      <NodeText box={box} placed={placed} />
      {below?.(bottom)}
    </g>
  );
}

const title = (text: string): TextLine => ({ text, size: 13, weight: 600, fill: palette.text });
const small = (text: string): TextLine => ({ text, size: 11 });

const ClientNode = memo(function ClientNode({ box }: { box: FlowBox }) {
  const name = useSimulator((s) => nodeTitle('client', s));
  const subtitle = useSimulator(clientSubtitle);
  return <MainNode id="client" box={box} lines={[title(name), small(subtitle)]} />;
});

const GatewayNode = memo(function GatewayNode({ box }: { box: FlowBox }) {
  const name = useSimulator(gatewayTitle);
  const subtitle = useSimulator(gatewaySubtitle);
  const refusals = useSimulator(gatewayRefusals);
  const lines = [title(name), small(subtitle)];
  // Each "12 × 429" stays on one line.
  if (refusals) lines.push({ text: refusals.replace(/(\S) × (\S)/g, '$1\u00a0×\u00a0$2'), size: 11, weight: 600, fill: 'currentColor', className: 'text-red-700 dark:text-red-300' });
  return <MainNode id="gateway" box={box} lines={lines} />;
});

const DatabaseNode = memo(function DatabaseNode({ box }: { box: FlowBox }) {
  const name = useSimulator((s) => nodeTitle('database', s));
  const subtitle = useSimulator(databaseSubtitle);
  return <MainNode id="database" box={box} lines={[title(name), small(subtitle)]} />;
});

const ServiceNode = memo(function ServiceNode({ id, box }: { id: 's3' | 'sqs' | 'sns'; box: FlowBox }) {
  const name = useSimulator((s) => nodeTitle(id, s));
  const on = useSimulator((s) => serviceDetail(id, s) !== null);
  const subtitle = useSimulator((s) => serviceSubtitle(id, s));
  const { placed } = stack(box, [{ ...title(name), fill: on ? palette.text : palette.muted }, small(subtitle)]);
  return (
    <g data-testid={`node-${id}`}>
      <NodeBox box={box} main={false} on={on} palette={palette} />
      <NodeText box={box} placed={placed} />
    </g>
  );
});

const FunctionNode = memo(function FunctionNode({ box }: { box: FlowBox }) {
  const name = useSimulator(functionTitle);
  const subtitle = useSimulator(functionSubtitle);
  const counts = useSimulator(functionCounts);
  return <MainNode id="function" box={box} lines={[title(name), small(subtitle), small(counts)]} below={(top) => <Cells box={box} top={top} />} />;
});

/**
 * The environments as squares in rows below the node's text, as many as fit in its box (the rest
 * counted, "+12"): starting (amber, pulsing), busy (blue), idle and warm (hollow green), a ring
 * round a provisioned one; on a platform whose instances take several requests at once a working
 * cell is hollow and filled from the bottom as far as it is full. Painted from the store's
 * published frames outside React (cellPainter.ts); hovering a cell says what it is.
 */
const Cells = memo(function Cells({ box, top }: { box: FlowBox; top: number }) {
  const store = useSimulatorStore();
  const counters = useSimulator(showsMemoryCounters);
  const group = useRef<SVGGElement>(null);
  const painter = useRef<CellPainter | null>(null);
  const areaNow = useRef<CellArea | null>(null);
  // Below the node's text, inside its border and padding. When the text above wraps onto more or
  // fewer lines the same cells move (none pops in again). First among the effects: a new painter
  // starts from this area.
  useEffect(() => {
    areaNow.current = { left: box.x + 12, top, width: box.width - 24, bottom: box.y + box.height - 8 };
    painter.current?.setArea(areaNow.current);
  }, [box, top]);
  useEffect(() => {
    const g = group.current;
    if (!g) return;
    const p = createCellPainter(g, areaNow.current!, counters ? CELL_LOOKS.counters : CELL_LOOKS.plain);
    painter.current = p;
    // The published frame, as the words read: the cells always agree with the counts line above them.
    const draw = () => {
      const snapshot = store.getState().snapshot;
      p.draw(snapshot?.environments ?? [], snapshot?.counts.live ?? 0);
    };
    draw();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot) draw();
    });
    return () => {
      unsubscribe();
      painter.current = null;
    };
  }, [store, counters]);
  return <g ref={group} aria-hidden="true" onPointerOver={(e) => painter.current?.describe(e.target, store.getState().params.skin)} />;
});

const SYNC_EDGES: readonly DotEdge[] = ['client-gateway', 'gateway-function', 'function-database'];

/**
 * The synchronous edges and their request dots, drawn by the dot painter from a store subscription
 * (no React render per frame). A pointer press on a request's dot picks it, where the embed shows
 * the inspector. With reduced motion there are no dots (EdgeCounts writes counts instead).
 */
function RequestDots({ layout, idPrefix, svg, onPick }: { layout: FlowLayout; idPrefix: string; svg: React.RefObject<SVGSVGElement | null>; onPick?: (id: number) => void }) {
  const store = useSimulatorStore();
  const reduced = usePrefersReducedMotion();
  const lines = useRef<Partial<Record<DotEdge, SVGPathElement | null>>>({});
  const groups = useRef<Partial<Record<DotEdge, SVGGElement | null>>>({});
  const hitWidth = useRef(10);
  const pickable = onPick !== undefined;

  // The drawing is scaled to fit its box, so the hit ring is sized in screen pixels: at least 24 px across.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const view = flowViewBox(layout);
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      const scale = Math.min(width / view.width, height / view.height);
      if (scale > 0) hitWidth.current = Math.max(10, 24 / scale - 8);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [svg, layout]);

  useEffect(() => {
    if (reduced) return;
    const painters: [DotEdge, DotPainter][] = [];
    for (const edge of SYNC_EDGES) {
      const g = groups.current[edge];
      const line = lines.current[edge];
      if (g && line) painters.push([edge, createDotPainter(g, line, { pickable, hitWidth: () => hitWidth.current })]);
    }
    const draw = () => {
      const { frame, params } = store.getState();
      // A restart clears the frame: no dot of the old run stays on screen (or clickable).
      if (!frame) return painters.forEach(([, p]) => p.clear());
      const dots = dotsByEdge(frame, params.speed);
      for (const [edge, painter] of painters) painter.draw(dots[edge]);
    };
    draw();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) draw();
    });
    return () => {
      unsubscribe();
      painters.forEach(([, p]) => p.clear());
    };
  }, [store, reduced, pickable, layout]);

  return flowEdges(layout)
    .filter((e) => e.kind === 'sync')
    .map((e) => (
      <g key={e.id}>
        <FlowEdgePath edge={e} on palette={palette} idPrefix={idPrefix} pathRef={(el) => void (lines.current[e.id as DotEdge] = el)} />
        <g
          ref={(el) => void (groups.current[e.id as DotEdge] = el)}
          aria-hidden="true"
          className={pickable ? 'cursor-pointer' : undefined}
          onPointerDown={pickOnPress(onPick)}
        />
      </g>
    ));
}

/** With reduced motion: what is on each synchronous edge, as counts at its middle, at most twice a second. */
function EdgeCounts({ layout }: { layout: FlowLayout }) {
  const store = useSimulatorStore();
  const reduced = usePrefersReducedMotion();
  const kitchen = useSimulator((s) => s.params.skin === 'kitchen');
  const [counts, setCounts] = useState<Partial<Record<DotEdge, { inFlight: number; throttled: number }>>>({});
  useEffect(() => {
    if (!reduced) return;
    const counters = Object.fromEntries(SYNC_EDGES.map((e) => [e, createEdgeCounter()])) as Record<DotEdge, ReturnType<typeof createEdgeCounter>>;
    const count = () => {
      const { frame, params } = store.getState();
      if (!frame) return;
      const dots = dotsByEdge(frame, params.speed);
      const now = performance.now();
      const next: Partial<Record<DotEdge, { inFlight: number; throttled: number }>> = {};
      let changed = false;
      for (const edge of SYNC_EDGES) {
        const shown = counters[edge].offer(dots[edge], now);
        if (shown) {
          next[edge] = shown;
          changed = true;
        }
      }
      if (changed)
        setCounts((prev) => {
          const merged = { ...prev, ...next };
          return SYNC_EDGES.every((e) => merged[e]?.inFlight === prev[e]?.inFlight && merged[e]?.throttled === prev[e]?.throttled) ? prev : merged;
        });
    };
    count();
    return store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) count();
    });
  }, [store, reduced]);
  if (!reduced) return null;
  return flowEdges(layout)
    .filter((e) => e.kind === 'sync')
    .map((e) => {
      const c = counts[e.id as DotEdge] ?? { inFlight: 0, throttled: 0 };
      const rows = [`${c.inFlight} moving`, ...(c.throttled > 0 ? [`${c.throttled} ${refusedWord(kitchen, e.id)}`] : [])];
      const width = Math.max(...rows.map((r) => r.length)) * 5.6 + 8;
      const height = rows.length * 12.5 + 3;
      // A symmetric curve's middle is the middle of its ends.
      const x = (e.x1 + e.x2) / 2;
      const y = (e.y1 + e.y2) / 2;
      return (
        <g key={e.id} aria-hidden="true" data-edge-count={e.id}>
          <rect x={x - width / 2} y={y - height / 2} width={width} height={height} rx={3} fill="var(--page-bg)" stroke="var(--border)" strokeWidth={1} />
          {rows.map((row, i) => (
            <text key={i} x={x} y={y - height / 2 + 11 + i * 12.5} textAnchor="middle" fontSize={10} fontWeight={600} fill={i === 0 ? palette.text : 'currentColor'} className={i === 0 ? undefined : 'text-red-700 dark:text-red-300'}>
              {row}
            </text>
          ))}
        </g>
      );
    });
}
