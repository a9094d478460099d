/**
 * Where the live diagram places the shared pipeline nodes. The Function node is larger than in
 * the static figure because it holds the grid of execution environments.
 */
import type { PipelineNodeId } from '../graph';

export type FlowLayout = 'tall' | 'wide';

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
