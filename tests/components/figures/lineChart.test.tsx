import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '@/components/figures/LineChart';

describe('LineChart x-axis labels', () => {
  // memory-cpu's "10 GB" sat centred on the last tick, half of it past the chart's right edge.
  it('a label at either end stays inside the chart; one in the middle stays on its tick', () => {
    const width = 330;
    const ticks = [
      [128, '128 MB'],
      [1024, '1 GB'],
      [10240, '10 GB'],
    ] as const;
    const html = renderToStaticMarkup(
      <LineChart xs={[128, 10240]} lines={[]} x={{ min: 128, max: 10240, log: true, ticks }} y={{ min: 0, max: 1, ticks: [] }} width={width} height={150} label="test" />,
    );
    const labels = new Map([...html.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="middle"[^>]*>([^<]+)<\/text>/g)].map((m) => [m[2], Number(m[1])]));
    // 11 px text: about 6.6 px a character, so a label reaches half its length × 6.6 px each side.
    for (const [text, x] of labels) {
      expect(x - text.length * 3.3, text).toBeGreaterThanOrEqual(0);
      expect(x + text.length * 3.3, text).toBeLessThanOrEqual(width);
    }
    expect(labels.get('10 GB')).toBeLessThan(width - 12 + 0.01);
    // The middle tick's label is centred on the tick itself (48 px left padding, 12 px right, log scale).
    const tick = 48 + ((Math.log10(1024) - Math.log10(128)) / (Math.log10(10240) - Math.log10(128))) * (width - 12 - 48);
    expect(labels.get('1 GB')).toBeCloseTo(tick, 5);
  });
});
