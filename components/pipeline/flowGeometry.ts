/**
 * The live diagram's geometry as plain numbers, for the drawings made without React Flow: the
 * embed's poster and the animated SVG. Positions come from FLOW_LAYOUTS and FLOW_SIDES, the ones
 * the live diagram uses, and curves follow React Flow's bezier rule, so a poster swapped for the
 * live diagram does not move.
 */
import { pipelineEdges, type PipelineEdge } from './graph';
import { CELL, FIT_PADDING, FLOW_LAYOUTS, FLOW_SIDES, type FlowBox, type FlowLayout } from './flow/layout';

export interface FlowEdgeGeometry {
  id: string;
  kind: PipelineEdge['kind'];
  target: PipelineEdge['target'];
  /** Where it leaves its source and reaches its target. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** SVG path data: a straight line, or a cubic curve as React Flow draws it. */
  path: string;
}

function handle(box: FlowBox, side: 'Top' | 'Right' | 'Bottom' | 'Left'): [number, number] {
  switch (side) {
    case 'Top':
      return [box.x + box.width / 2, box.y];
    case 'Bottom':
      return [box.x + box.width / 2, box.y + box.height];
    case 'Left':
      return [box.x, box.y + box.height / 2];
    case 'Right':
      return [box.x + box.width, box.y + box.height / 2];
  }
}

/** Every edge's end points and path in a layout. */
export function flowEdges(layout: FlowLayout): FlowEdgeGeometry[] {
  const boxes = FLOW_LAYOUTS[layout].boxes;
  return pipelineEdges.map((e) => {
    const [from, to] = FLOW_SIDES[layout][e.id];
    const [x1, y1] = handle(boxes[e.source], from);
    const [x2, y2] = handle(boxes[e.target], to);
    let path: string;
    if (x1 === x2 || y1 === y2) path = `M ${x1} ${y1} L ${x2} ${y2}`;
    else if (from === 'Bottom') {
      // React Flow's bezier: control points half the distance out along each handle's direction.
      const c = (y2 - y1) / 2;
      path = `M ${x1} ${y1} C ${x1} ${y1 + c}, ${x2} ${y2 - c}, ${x2} ${y2}`;
    } else {
      const c = (x2 - x1) / 2;
      path = `M ${x1} ${y1} C ${x1 + c} ${y1}, ${x2 - c} ${y2}, ${x2} ${y2}`;
    }
    return { id: e.id, kind: e.kind, target: e.target, x1, y1, x2, y2, path };
  });
}

/** The region React Flow's fitView shows: the nodes' bounds grown by the fit padding, centred. */
export function flowViewBox(layout: FlowLayout): { x: number; y: number; width: number; height: number } {
  const boxes = Object.values(FLOW_LAYOUTS[layout].boxes);
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - minX;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - minY;
  return { x: minX - (width * FIT_PADDING) / 2, y: minY - (height * FIT_PADDING) / 2, width: width * (1 + FIT_PADDING), height: height * (1 + FIT_PADDING) };
}

/** Where the Function node's cells start, and how many fit in a row (as the live node wraps them). */
export function cellGrid(layout: FlowLayout): { x: number; y: number; perRow: number } {
  const box = FLOW_LAYOUTS[layout].boxes.function;
  // Inside the node's 2 px border and 10 px padding, below its title, subtitle and counts lines.
  const inner = box.width - 2 * 12;
  return { x: box.x + 12, y: box.y + 58, perRow: Math.floor((inner + CELL.gap) / (CELL.size + CELL.gap)) };
}

/** The top-left corner of cell `slot` (0-based). */
export function cellPosition(layout: FlowLayout, slot: number): { x: number; y: number } {
  const g = cellGrid(layout);
  return { x: g.x + (slot % g.perRow) * (CELL.size + CELL.gap), y: g.y + Math.floor(slot / g.perRow) * (CELL.size + CELL.gap) };
}
