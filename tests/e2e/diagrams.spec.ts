import { expect, test } from '@playwright/test';
import { createSimulation } from '../../simulations';
import { animatedDiagramFiles } from '../../components/embed/diagramFiles';
import { flowEdges } from '../../components/pipeline/flowGeometry';
import { dotsByEdge } from '../../components/simulator/dots';

/** The animated SVG files as served: self-contained, light, still for readers who ask for less motion. */
test('the animated SVGs have no script, no external reference, a reduced-motion rule, and stay under 60 KB', async ({ page, request }) => {
  await page.goto('/docs/embedding');
  for (const { name } of animatedDiagramFiles) {
    const res = await request.get(`/diagrams/${name}.svg`);
    expect(res.status(), name).toBe(200);
    expect(res.headers()['content-type']).toContain('image/svg+xml');
    const text = await res.text();
    expect(Buffer.byteLength(text), name).toBeLessThanOrEqual(60 * 1024);
    expect(text, name).not.toMatch(/<script|\son\w+=|javascript:/i);
    // References only within the file: url(#…) and href="#…", nothing fetched.
    expect(text.match(/url\((?!#)[^)]*\)/g), name).toBeNull();
    expect(text.match(/href="(?!#)[^"]*"/g), name).toBeNull();
    expect(text, name).not.toMatch(/@import/);
    expect(text, name).toMatch(/@media \(prefers-reduced-motion:reduce\)\{[^}]*animation:none/);
    if (name.endsWith('-auto')) expect(text, name).toContain('@media (prefers-color-scheme:dark)');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, title: doc.querySelector('svg > title')?.textContent ?? '', desc: doc.querySelector('svg > desc')?.textContent ?? '' };
    }, text);
    expect(parsed.error, name).toBe(false);
    expect(parsed.title, name).toMatch(/animated/);
    expect(parsed.desc, name).toMatch(/Recorded from a run of the simulator's engine/);
  }
});

test('the animated SVG plays the run of its scenario: at each moment, the engine’s environments and request dots', async ({ page }) => {
  test.slow();
  await page.goto('/diagrams/pipeline-animated.svg');
  const meta = JSON.parse((await page.locator('metadata').textContent()) ?? '{}');
  expect(meta.requestStride).toBe(1);
  expect(meta.seamless).toBe(true);
  const sim = createSimulation(meta.scenario, { observe: true, inFlightSample: 1_000_000, environmentViews: 1_000_000 });
  const edges = new Map(flowEdges('wide').map((e) => [e.id, e]));
  const frameMs = 1000 / meta.fps;
  let sawCells = 0;
  let sawDots = 0;
  // Just after every 7th frame of the recording (a reclaim is recorded at the frame that first
  // misses it), through the whole loop.
  for (let k = 3; k * frameMs * meta.speed <= meta.scenario.durationSeconds * 1000; k += 7) {
    const wallMs = k * frameMs + 0.05;
    sim.advanceTo(wallMs * meta.speed);
    const snap = sim.snapshot();
    const drawn = await page.evaluate((ms) => {
      for (const a of document.getAnimations()) {
        a.pause();
        a.currentTime = ms;
      }
      const cells: Record<string, string> = {};
      const state = { i: 'initializing', b: 'busy', l: 'idle' } as Record<string, string>;
      for (const el of document.querySelectorAll<SVGElement>('rect.c')) {
        if (Number(getComputedStyle(el).opacity) > 0.5) cells[el.id.slice(1, -1)] = state[el.id.at(-1)!];
      }
      const dots: { id: number; kind: string; x: number }[] = [];
      for (const el of document.querySelectorAll<SVGElement>('circle.d')) {
        if (Number(getComputedStyle(el).opacity) < 0.5) continue;
        const m = new DOMMatrix(getComputedStyle(el).transform);
        dots.push({ id: Number(el.id.slice(1, -1)), kind: el.id.at(-1) === 'q' ? 'request' : 'response', x: m.e });
      }
      return { cells, dots };
    }, wallMs);
    // Environments: every one the engine has, in its state, and no other.
    expect(drawn.cells, `cells at ${wallMs} ms`).toEqual(Object.fromEntries(snap.environments.map((e) => [String(e.id), e.state])));
    // Dots: where the live diagram would draw them.
    const expected = Object.entries(dotsByEdge(snap, meta.speed)).flatMap(([edge, dots]) => {
      const e = edges.get(edge)!;
      return dots.map((d) => ({ id: d.id!, kind: d.kind, x: e.x1 + (e.x2 - e.x1) * d.progress }));
    });
    const byId = (a: { id: number; kind: string }, b: { id: number; kind: string }) => a.id - b.id || a.kind.localeCompare(b.kind);
    const got = drawn.dots.sort(byId);
    const want = expected.sort(byId);
    expect(got.map((d) => `${d.id}${d.kind}`), `dots at ${wallMs} ms`).toEqual(want.map((d) => `${d.id}${d.kind}`));
    got.forEach((d, i) => expect(Math.abs(d.x - want[i].x), `dot ${d.id} at ${wallMs} ms`).toBeLessThan(1));
    sawCells += snap.environments.length;
    sawDots += want.length;
  }
  // The loop is not empty: it shows environments and requests.
  expect(sawCells).toBeGreaterThan(50);
  expect(sawDots).toBeGreaterThan(5);
});
