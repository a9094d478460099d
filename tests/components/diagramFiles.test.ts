import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANIMATED_SCENARIO, ANIMATED_SPEED } from '@/components/embed/diagramFiles';
import { recordRun } from '@/components/pipeline/recording';
import { animatedPipelineSvg } from '@/components/pipeline/svgFiles';

/** The diagram CLI as `npm run -s diagram` runs it (tsx), without npm's own start-up. */
function diagram(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/diagram.tsx', ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

describe('npm run diagram (SVG files for any scenario)', () => {
  it('writes an animated SVG for a scenario on stdin, and says what it made on stderr', () => {
    const r = diagram(['-', '--animated', '--theme', 'auto', '--speed', '0.2'], readFileSync(ANIMATED_SCENARIO, 'utf8'));
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(r.stdout).toContain('@keyframes');
    expect(r.stdout).toContain('@media (prefers-color-scheme:dark)');
    expect(r.stderr).toMatch(/^diagram: \d+ dots, \d+ environments, a 15 s loop at 0\.2×, [\d.]+ KB\n$/);
  });

  it('refuses bad input with one line saying what to change, and writes nothing', () => {
    for (const [args, input, pattern] of [
      [['-', '--theme', 'neon'], '{}', /--theme must be light, dark or auto/],
      [['-'], '{"traffic": {"requestsPerSecond": -1}}', /invalid scenario: traffic\.requestsPerSecond/],
      [['-', '--animated', '--speed', '0.001'], '{"durationSeconds": 60}', /the loop would last 60000 s .* at most 600 s/],
    ] as [string[], string, RegExp][]) {
      const r = diagram(args, input);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
  });
});

describe('animated SVG', () => {
  const svg = animatedPipelineSvg(recordRun(JSON.parse(readFileSync(ANIMATED_SCENARIO, 'utf8')), { speed: ANIMATED_SPEED }));

  it('orders every animation’s keyframes in time (overlapping ones make a dot jump about)', () => {
    const blocks = [...svg.matchAll(/@keyframes (\w+)\{((?:[\d.]+%\{[^}]*\})+)\}/g)];
    expect(blocks.length).toBeGreaterThan(20);
    for (const [, name, body] of blocks) {
      const offsets = [...body.matchAll(/([\d.]+)%\{/g)].map((m) => Number(m[1]));
      for (let i = 1; i < offsets.length; i++) expect(offsets[i], `${name} keyframe ${i}`).toBeGreaterThanOrEqual(offsets[i - 1]);
      expect(offsets.at(-1)).toBeLessThanOrEqual(100);
    }
  });

  it('has one keyframes block for each animated element, and none left over', () => {
    const animated = [...svg.matchAll(/#(\w+)\{animation-name:(\w+)\}/g)];
    const ids = new Set([...svg.matchAll(/ id="(\w+)"/g)].map((m) => m[1]));
    const keyframes = new Set([...svg.matchAll(/@keyframes (\w+)\{/g)].map((m) => m[1]));
    for (const [, id, name] of animated) {
      expect(ids.has(id), id).toBe(true);
      expect(keyframes.has(name), name).toBe(true);
    }
    expect(animated.length).toBe(keyframes.size);
  });
});

describe('the web component', () => {
  it('can be imported where there is no browser (server-side rendering): it defines nothing and throws nothing', async () => {
    expect(typeof window).toBe('undefined');
    const mod = await import('@/components/embed/serverlessPipelineElement');
    expect(() => mod.defineServerlessPipeline()).not.toThrow();
    expect('customElements' in globalThis).toBe(false);
  });
});
