import type { ReactNode, Ref } from 'react';
import { FUNCTION_WORDS } from './cells';
import { FLOW_LAYOUTS, type FlowBox, type FlowLayout } from './flow/layout';
import { flowEdges, flowViewBox, type FlowEdgeGeometry } from './flowGeometry';
import { pipelineNodes, type PipelineNodeId, type Skin } from './graph';
import { cssPalette, type PipelinePalette } from './palette';

export interface FlowSvgProps {
  layout: FlowLayout;
  /** 'both' draws each label in both skins; CSS shows one (html[data-skin], see globals.css). */
  skin: Skin | 'both';
  palette?: PipelinePalette;
  /** Prefix for element ids, so several drawings can share a page. */
  idPrefix: string;
  /** The services beside the function that the scenario uses (drawn solid; the others faded). */
  active?: { async: boolean; s3: boolean };
  /** The Function node's counts line ("0 busy · 0 idle · 0 starting"), as the live node shows it at t = 0. */
  counts?: boolean;
  /** Accessible name and description (role img); without a label the drawing is decorative. */
  label?: string;
  description?: string;
  /** Standalone files need the SVG namespace, a size, a font and a background. */
  standalone?: boolean;
  className?: string;
  /** Drawn in <defs> and after the nodes: styles, cells and request dots of an animated drawing. */
  defs?: ReactNode;
  children?: ReactNode;
}

export const FONT = "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

const r = (n: number) => Math.round(n * 10) / 10;

/** The viewBox attribute of a layout's drawing: the region React Flow's fitView shows. */
export function viewBoxAttribute(layout: FlowLayout): string {
  const view = flowViewBox(layout);
  return `${r(view.x)} ${r(view.y)} ${r(view.width)} ${r(view.height)}`;
}

/** A node's title and subtitle as the live diagram words them. */
function words(id: PipelineNodeId, skin: Skin): { title: string; subtitle: string } {
  const node = pipelineNodes.find((n) => n.id === id)!;
  return { title: node.label[skin].title, subtitle: id === 'function' ? FUNCTION_WORDS[skin].subtitle : node.label[skin].subtitle };
}

/**
 * Words split into lines no wider than `width`, as the live node's text wraps. SVG text does not
 * wrap by itself, so widths are estimated (half an em a character in a sans-serif face).
 */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const fits = Math.max(1, Math.floor(width / (0.5 * fontSize)));
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= fits) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Text in one skin or in both (each tagged for the CSS that picks one), wrapped to `width`. */
function Line({
  skin,
  x,
  y,
  width,
  text,
  ...style
}: {
  skin: Skin | 'both';
  x: number;
  y: number;
  width: number;
  text: (s: Skin) => string;
  fontSize: number;
  fontWeight?: number;
  fill: string;
}) {
  const one = (s: Skin, className?: string) => (
    <text x={x} y={y} className={className} {...style}>
      {wrap(text(s), width, style.fontSize).map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : style.fontSize * 1.25}>
          {line}
        </tspan>
      ))}
    </text>
  );
  if (skin !== 'both') return one(skin);
  return (
    <>
      {one('cloud', 'skin-cloud')}
      {one('kitchen', 'skin-kitchen')}
    </>
  );
}

/** React Flow's ArrowClosed marker at width 16 (scaled by the stroke width, as React Flow's is), for sync and beside edges. */
export function FlowMarkers({ idPrefix, palette }: { idPrefix: string; palette: PipelinePalette }) {
  return (
    <>
      <marker id={`${idPrefix}-arrow`} viewBox="-10 -10 20 20" refX="0" refY="0" markerWidth="16" markerHeight="16" orient="auto-start-reverse">
        <polyline points="-5,-4 0,0 -5,4 -5,-4" fill={palette.edge} stroke={palette.edge} strokeWidth="1" strokeLinejoin="round" />
      </marker>
      <marker id={`${idPrefix}-arrow-muted`} viewBox="-10 -10 20 20" refX="0" refY="0" markerWidth="16" markerHeight="16" orient="auto-start-reverse">
        <polyline points="-5,-4 0,0 -5,4 -5,-4" fill={palette.besideEdge} stroke={palette.besideEdge} strokeWidth="1" strokeLinejoin="round" />
      </marker>
    </>
  );
}

/** One edge as the live diagram draws it: sync edges solid, the services' dashed (and faded while off). */
export function FlowEdgePath({ edge, on, palette, idPrefix, pathRef }: { edge: FlowEdgeGeometry; on: boolean; palette: PipelinePalette; idPrefix: string; pathRef?: Ref<SVGPathElement> }) {
  const sync = edge.kind === 'sync';
  return (
    <path
      ref={pathRef}
      d={edge.path}
      fill="none"
      stroke={sync ? palette.edge : palette.besideEdge}
      strokeWidth={sync ? 2.5 : 1.5}
      strokeDasharray={sync ? undefined : '6 5'}
      opacity={on ? undefined : 0.5}
      markerEnd={`url(#${idPrefix}-${sync ? 'arrow' : 'arrow-muted'})`}
    />
  );
}

/** A node's box as the live node draws it: a 2 px border inside its box, 12 px corners; dashed beside the main lane. */
export function NodeBox({ box, main, on, palette }: { box: FlowBox; main: boolean; on: boolean; palette: PipelinePalette }) {
  return (
    <rect
      x={box.x + 1}
      y={box.y + 1}
      width={box.width - 2}
      height={box.height - 2}
      rx={11}
      fill={on ? palette.nodeFill : palette.besideFill}
      stroke={main ? palette.nodeStroke : palette.besideEdge}
      strokeWidth={2}
      strokeDasharray={main ? undefined : '6 4'}
    />
  );
}

/**
 * The live diagram's layout as a plain SVG, with no React Flow: the same boxes, sides and curves.
 * The embed paints it first (the poster) and the animated SVG files draw their motion over it.
 */
export function FlowSvg({ layout, skin, palette = cssPalette, idPrefix, active = { async: false, s3: false }, counts = false, label, description, standalone = false, className, defs, children }: FlowSvgProps) {
  const view = flowViewBox(layout);
  const boxes = FLOW_LAYOUTS[layout].boxes;
  const descId = `${idPrefix}-desc`;
  return (
    <svg
      {...(standalone ? { xmlns: 'http://www.w3.org/2000/svg', width: Math.round(view.width), height: Math.round(view.height), fontFamily: FONT } : {})}
      viewBox={viewBoxAttribute(layout)}
      className={className}
      {...(label ? { role: 'img', 'aria-label': label, ...(description ? { 'aria-describedby': descId } : {}) } : { 'aria-hidden': true })}
    >
      {label && standalone && <title>{label}</title>}
      {description && <desc id={descId}>{description}</desc>}
      <defs>
        <FlowMarkers idPrefix={idPrefix} palette={palette} />
        {defs}
      </defs>
      {standalone && <rect className="bg" x={r(view.x)} y={r(view.y)} width={r(view.width)} height={r(view.height)} fill={palette.background} />}
      {flowEdges(layout).map((e) => (
        <FlowEdgePath key={e.id} edge={e} on={e.kind === 'sync' || (e.target === 's3' ? active.s3 : active.async)} palette={palette} idPrefix={idPrefix} />
      ))}
      {pipelineNodes.map((n) => {
        const box = boxes[n.id];
        const main = n.lane === 'main';
        const on = main || (n.id === 's3' ? active.s3 : active.async);
        // The live node's text: 10 px padding, 13 px title, 11 px subtitle.
        return (
          <g key={n.id}>
            <NodeBox box={box} main={main} on={on} palette={palette} />
            <Line skin={skin} x={box.x + 12} y={box.y + 21} width={box.width - 24} text={(s) => words(n.id, s).title} fontSize={13} fontWeight={600} fill={on ? palette.text : palette.muted} />
            <Line
              skin={skin}
              x={box.x + 12}
              y={box.y + 35}
              width={box.width - 24}
              text={(s) => (main || on ? words(n.id, s).subtitle : `${words(n.id, s).subtitle} · off`)}
              fontSize={11}
              fill={palette.muted}
            />
            {counts && n.id === 'function' && (
              <Line
                skin={skin}
                x={box.x + 12}
                y={box.y + 48}
                width={box.width - 24}
                text={(s) => `0 ${FUNCTION_WORDS[s].busy} · 0 ${FUNCTION_WORDS[s].idle} · 0 ${FUNCTION_WORDS[s].starting}`}
                fontSize={11}
                fill={palette.muted}
              />
            )}
          </g>
        );
      })}
      {children}
    </svg>
  );
}
