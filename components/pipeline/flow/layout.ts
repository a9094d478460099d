/**
 * Where the live diagram places the shared pipeline nodes. The Function node is larger than in
 * the static figure because it holds the grid of execution environments. Three layouts: `wide`
 * (the playground and embeds from 640 px), `tall` (narrow embeds and phones) and `side` (the
 * article's side column: compact, so the controls and the numbers fit on screen beside it).
 */
import type { PipelineNodeId } from '../graph';

export type FlowLayout = 'tall' | 'wide' | 'side';

export interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const FLOW_LAYOUTS: Record<FlowLayout, { width: number; height: number; boxes: Record<PipelineNodeId, FlowBox> }> = {
  tall: {
    width: 380,
    height: 470,
    boxes: {
      client: { x: 35, y: 0, width: 150, height: 58 },
      gateway: { x: 35, y: 100, width: 150, height: 58 },
      function: { x: 0, y: 200, width: 220, height: 160 },
      database: { x: 35, y: 404, width: 150, height: 58 },
      sns: { x: 250, y: 180, width: 130, height: 58 },
      sqs: { x: 250, y: 251, width: 130, height: 58 },
      s3: { x: 250, y: 322, width: 130, height: 58 },
    },
  },
  // Client and gateway share the first row; the async services sit left of the function.
  side: {
    width: 380,
    height: 300,
    boxes: {
      client: { x: 0, y: 0, width: 150, height: 54 },
      gateway: { x: 205, y: 0, width: 150, height: 54 },
      function: { x: 180, y: 84, width: 200, height: 126 },
      database: { x: 205, y: 246, width: 150, height: 54 },
      sns: { x: 0, y: 78, width: 140, height: 54 },
      sqs: { x: 0, y: 140, width: 140, height: 54 },
      s3: { x: 0, y: 202, width: 140, height: 54 },
    },
  },
  wide: {
    width: 900,
    height: 330,
    boxes: {
      client: { x: 0, y: 61, width: 150, height: 58 },
      gateway: { x: 200, y: 61, width: 150, height: 58 },
      function: { x: 400, y: 10, width: 260, height: 160 },
      database: { x: 730, y: 61, width: 170, height: 58 },
      sns: { x: 270, y: 262, width: 140, height: 58 },
      sqs: { x: 460, y: 262, width: 140, height: 58 },
      s3: { x: 650, y: 262, width: 140, height: 58 },
    },
  },
};

/** Which side each edge leaves and enters by, per layout (React Flow's handle ids are `s-Side` / `t-Side`). */
export const FLOW_SIDES: Record<FlowLayout, Record<string, ['Top' | 'Right' | 'Bottom' | 'Left', 'Top' | 'Right' | 'Bottom' | 'Left']>> = {
  tall: {
    'client-gateway': ['Bottom', 'Top'],
    'gateway-function': ['Bottom', 'Top'],
    'function-database': ['Bottom', 'Top'],
    'function-sns': ['Right', 'Left'],
    'function-sqs': ['Right', 'Left'],
    'function-s3': ['Right', 'Left'],
  },
  side: {
    'client-gateway': ['Right', 'Left'],
    'gateway-function': ['Bottom', 'Top'],
    'function-database': ['Bottom', 'Top'],
    'function-sns': ['Left', 'Right'],
    'function-sqs': ['Left', 'Right'],
    'function-s3': ['Left', 'Right'],
  },
  wide: {
    'client-gateway': ['Right', 'Left'],
    'gateway-function': ['Right', 'Left'],
    'function-database': ['Right', 'Left'],
    'function-sns': ['Bottom', 'Top'],
    'function-sqs': ['Bottom', 'Top'],
    'function-s3': ['Bottom', 'Top'],
  },
};

/** React Flow's fitView padding for the live diagram; the static drawings frame themselves the same way. */
export const FIT_PADDING = 0.04;

/** Environment cells in the Function node: size and gap in px, and the most drawn. */
export const CELL = { size: 12, gap: 3, max: 48 } as const;
/** In the statelessness scene: larger cells, each showing its environment's in-memory counter. */
export const COUNTER_CELL = { size: 24, gap: 4, max: 24 } as const;
