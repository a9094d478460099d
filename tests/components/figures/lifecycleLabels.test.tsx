import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LifecycleTimeline, spreadLabels } from '@/components/figures/lifecycle/LifecycleView';
import { recordLifecycle } from '@/components/figures/lifecycle/lifecycleRecord';

describe('the lifecycle timeline’s billed figures', () => {
  it('labels that do not touch stay where they are wanted', () => {
    expect(spreadLabels([50, 150, 250], [15, 15, 15], 0, 330)).toEqual([50, 150, 250]);
  });

  it('labels that would overlap move apart just enough, and stay inside the row', () => {
    const out = spreadLabels([60, 70, 320], [15, 18, 15], 0, 330, 3);
    expect(out[1] - out[0]).toBeCloseTo(15 + 18 + 3, 9);
    expect(out[0]).toBe(60);
    expect(out[2]).toBe(330 - 15);
  });

  // On a 330 px phone poster the INIT and the first INVOKE figures were drawn on top of each other.
  for (const width of [330, 620]) {
    it(`at ${width} px no two billed figures overlap and none leaves the drawing`, () => {
      const html = renderToStaticMarkup(<LifecycleTimeline record={recordLifecycle()} at={null} width={width} height={120} />);
      // Measured in Chromium: "79 ms" is 34 px wide, "181 ms" 41 px (10 px semibold): 7 px a character.
      const labels = [...html.matchAll(/<text x="([\d.]+)"[^>]*color-cold[^>]*>(\d+) ms<\/text>/g)].map((m) => ({ x: Number(m[1]), half: `${m[2]} ms`.length * 3.5 }));
      expect(labels.length).toBeGreaterThanOrEqual(4);
      for (const [i, l] of labels.entries()) {
        expect(l.x - l.half).toBeGreaterThanOrEqual(0);
        expect(l.x + l.half).toBeLessThanOrEqual(width);
        if (i > 0) expect(l.x - l.half, `label ${i}`).toBeGreaterThan(labels[i - 1].x + labels[i - 1].half);
      }
    });
  }
});
