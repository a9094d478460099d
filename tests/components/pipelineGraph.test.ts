import { describe, expect, it } from 'vitest';
import { NODE_SIZE, VIEWBOX, edgeGeometry, pipelineEdges, pipelineNodes, type Layout } from '@/components/pipeline/graph';

describe('pipeline graph', () => {
  it('connects only nodes that exist, with unique ids', () => {
    const ids = new Set(pipelineNodes.map((n) => n.id));
    expect(ids.size).toBe(pipelineNodes.length);
    expect(new Set(pipelineEdges.map((e) => e.id)).size).toBe(pipelineEdges.length);
    for (const e of pipelineEdges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
    }
  });

  it('draws the article example: client → gateway → function → database, with S3, SQS and SNS beside', () => {
    const sync = pipelineEdges.filter((e) => e.kind === 'sync').map((e) => `${e.source}>${e.target}`);
    expect(sync).toEqual(['client>gateway', 'gateway>function', 'function>database']);
    const beside = pipelineEdges.filter((e) => e.kind === 'beside').map((e) => e.target).sort();
    expect(beside).toEqual(['s3', 'sns', 'sqs']);
  });

  for (const layout of ['wide', 'tall'] as Layout[]) {
    it(`${layout}: nodes fit the view box and do not overlap`, () => {
      const { width, height } = NODE_SIZE[layout];
      const boxes = pipelineNodes.map((n) => n.position[layout]);
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + width).toBeLessThanOrEqual(VIEWBOX[layout].width);
        expect(b.y + height).toBeLessThanOrEqual(VIEWBOX[layout].height);
      }
      // No empty band along an edge of the drawing (on a phone the tall one had 80 px of nothing below S3).
      expect(VIEWBOX[layout].width - Math.max(...boxes.map((b) => b.x + width))).toBeLessThanOrEqual(20);
      expect(VIEWBOX[layout].height - Math.max(...boxes.map((b) => b.y + height))).toBeLessThanOrEqual(20);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const overlap = a.x < b.x + width && b.x < a.x + width && a.y < b.y + height && b.y < a.y + height;
          expect(overlap, `${pipelineNodes[i].id} / ${pipelineNodes[j].id}`).toBe(false);
        }
      }
    });

    it(`${layout}: every edge has a drawable path`, () => {
      for (const g of edgeGeometry(layout, 'cloud')) {
        expect(g.path).toMatch(/^M [\d.-]+ [\d.-]+ [LC] /);
        expect(Number.isFinite(g.labelX) && Number.isFinite(g.labelY)).toBe(true);
      }
    });
  }
});
