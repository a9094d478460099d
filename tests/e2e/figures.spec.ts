import AxeBuilder from '@axe-core/playwright';
import { expect, hang, namedWorker, test, type Locator, type Page } from './fixtures';
import { createSimulation } from '../../simulations';
import { concurrencyScenario, CONCURRENCY, windowMeanConcurrency } from '../../components/figures/concurrency/concurrency';
import { figurePages } from './figureMap';

/**
 * The inline figures, as a reader meets them: a poster with real text before (and without)
 * JavaScript, the live figure swapped in when scrolled near, in the same box, controls that change
 * what it shows, nothing running while every figure is off screen, and numbers that are the
 * engine's own.
 */

const figure = (page: Page, id: string) => page.locator(`figure[data-figure="${id}"]`);
const slot = (fig: Locator) => fig.locator('[data-state]').first();

async function scrollTo(fig: Locator) {
  // Bring the figure's box into view (on a phone a figure and its caption can be taller than the screen).
  const box = slot(fig);
  await expect
    .poll(
      async () => {
        await box.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
        return box.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && (r.bottom <= window.innerHeight + 1 || r.height > window.innerHeight);
        });
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

async function goLive(page: Page, id: string): Promise<Locator> {
  const fig = figure(page, id);
  await scrollTo(fig);
  // The figures' worker loads the engine first: seconds on a busy CI machine.
  await expect(slot(fig)).toHaveAttribute('data-state', 'live', { timeout: 45_000 });
  return fig;
}

const metric = (fig: Locator, name: string) => fig.locator(`[data-metric="${name}"]`);
const value = async (fig: Locator, name: string) => Number(await metric(fig, name).getAttribute('data-value'));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { path, figures } of figurePages) {
    test(`${path}: every figure shows its poster and caption`, async ({ page }) => {
      await page.goto(path);
      for (const id of figures) {
        const fig = figure(page, id);
        await expect(fig, id).toHaveCount(1);
        await expect(slot(fig), id).toHaveAttribute('data-state', 'poster');
        // Real text in the picture (SVG labels, or a table's numbers), not an empty frame.
        expect(((await slot(fig).textContent()) ?? '').replace(/\s+/g, '').length, `${id}: the poster's picture has real text`).toBeGreaterThan(40);
        expect((await fig.locator('figcaption').innerText()).length, `${id}: caption`).toBeGreaterThan(40);
        const box = await slot(fig).boundingBox();
        expect(box?.height ?? 0, `${id}: poster height`).toBeGreaterThan(150);
      }
    });
  }
});

for (const { path, figures } of figurePages) {
  test(`${path}: figures hydrate when scrolled near, in the same box, and then pass axe in light and dark`, async ({ page }) => {
    test.slow();
    await page.goto(path);
    // Far below the first screen, a figure is still its poster.
    const last = figure(page, figures.at(-1)!);
    await expect(slot(last)).toHaveAttribute('data-state', 'poster');
    for (const id of figures) {
      const fig = figure(page, id);
      const before = (await slot(fig).boundingBox())!.height;
      await goLive(page, id);
      expect(Math.abs((await slot(fig).boundingBox())!.height - before), `${id}: no layout shift`).toBeLessThanOrEqual(1);
    }
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const results = await new AxeBuilder({ page }).include('figure[data-figure]').analyze();
      expect(results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test(`${path}: live figures fit 360 px without sideways scrolling`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(path);
    for (const id of figures) {
      const fig = await goLive(page, id);
      const overflow = await fig.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  test(`${path}: no figure uses CPU while every figure is off screen`, async ({ page }) => {
    test.slow();
    // Count animation-frame callbacks: a running figure (or anything animating) asks for one every frame.
    await page.addInitScript(() => {
      const raf = window.requestAnimationFrame.bind(window);
      const w = window as unknown as { __frames: number };
      w.__frames = 0;
      window.requestAnimationFrame = (cb) =>
        raf((t) => {
          w.__frames++;
          cb(t);
        });
    });
    await page.goto(path);
    for (const id of figures) await goLive(page, id);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    // Every live figure is off screen now (each page opens with prose).
    for (const id of figures) expect(await figure(page, id).evaluate((el) => el.getBoundingClientRect().top > window.innerHeight || el.getBoundingClientRect().bottom < 0)).toBe(true);
    // Frames already on their way land, then nothing more should come.
    await page.waitForTimeout(1000);
    const clocks = () => page.$$eval('figure[data-figure] [data-sim-ms]', (els) => els.map((e) => e.getAttribute('data-sim-ms')));
    const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    const [c0, f0] = [await clocks(), await frames()];
    await page.waitForTimeout(2000);
    const [c1, f1] = [await clocks(), await frames()];
    expect(c1, 'simulated clocks stand still').toEqual(c0);
    // Two idle seconds, about 120 frames: a running figure would ask for nearly every one.
    expect(f1 - f0, 'animation frames requested while idle').toBeLessThanOrEqual(3);
  });
}

test.describe.configure({ timeout: 90_000 });

test('concurrency: the figure shows the engine’s own run, and a control changes it', async ({ page }) => {
  await page.goto('/');
  const fig = await goLive(page, 'concurrency');
  await expect.poll(() => value(fig, 'concurrency')).toBeGreaterThan(0);
  // What the figure shows is a headless run of its scenario, read at the same simulated second.
  const shown = await fig.evaluate((el) => ({
    ms: Number(el.querySelector('[data-sim-ms]')!.getAttribute('data-sim-ms')),
    concurrency: Number(el.querySelector('[data-metric="concurrency"]')!.getAttribute('data-value')),
    environments: Number(el.querySelector('[data-metric="environments"]')!.getAttribute('data-value')),
  }));
  const sim = createSimulation(concurrencyScenario(CONCURRENCY.rps.initial, CONCURRENCY.durationMs.initial), { seriesCapacity: 60 });
  sim.advanceTo(shown.ms);
  expect(shown.concurrency).toBeCloseTo(windowMeanConcurrency(sim.series()), 9);
  expect(shown.environments).toBe(sim.snapshot().counts.live);
  // Little's law within statistical error (5 s of Poisson traffic at 40/s, 250 ms each: mean 10, sd about 1).
  expect(Math.abs(shown.concurrency - (CONCURRENCY.rps.initial * CONCURRENCY.durationMs.initial) / 1000)).toBeLessThan(3.5);

  await fig.getByLabel('Traffic').fill('80');
  await expect.poll(() => value(fig, 'rps')).toBe(80);
  // Twice the traffic: the window fills with the new rate and settles near 80 × 0.25 = 20.
  await expect.poll(() => value(fig, 'concurrency'), { timeout: 15_000 }).toBeGreaterThan(15);
});

test('a live figure whose engine stops answering says so, and "Start it again" runs it on a fresh worker', async ({ page }) => {
  await page.goto('/');
  const fig = await goLive(page, 'concurrency');
  await expect.poll(() => value(fig, 'concurrency')).toBeGreaterThan(0);
  const first = await namedWorker(page, 'figures-engine');
  hang(first);
  const stopped = fig.getByRole('alert').filter({ hasText: 'This figure’s simulation stopped: its engine stopped answering' });
  await expect(stopped).toBeVisible({ timeout: 6_000 });
  await stopped.getByRole('button', { name: 'Start it again' }).click();
  await expect(stopped).toBeHidden();
  // A fresh worker runs the figure again: its simulated clock moves on.
  await namedWorker(page, 'figures-engine', first);
  const ms = () => fig.locator('[data-sim-ms]').first().getAttribute('data-sim-ms').then(Number);
  const restarted = await ms();
  await expect.poll(ms, { timeout: 15_000 }).toBeGreaterThan(restarted);
  await expect(stopped).toBeHidden();
});

test('pay-per-use: switching traffic off stops the function’s bill, not the server’s rent', async ({ page }) => {
  await page.goto('/');
  const fig = await goLive(page, 'pay-per-use');
  const on = fig.getByRole('button', { name: 'Traffic on' });
  await expect(on).toHaveAttribute('aria-pressed', 'true');
  await on.click();
  await expect(fig.getByRole('button', { name: 'Traffic off' })).toHaveAttribute('aria-pressed', 'false');
  // Requests already in flight finish within a frame or two; after that the bill is flat.
  await page.waitForTimeout(500);
  const [bill0, rent0] = [await value(fig, 'serverlessCost'), await value(fig, 'serverCost')];
  await page.waitForTimeout(1500);
  expect(await value(fig, 'serverlessCost')).toBe(bill0);
  expect(await value(fig, 'serverCost')).toBeGreaterThan(rent0);
});

test('statelessness: a rush opens environments whose counts disagree with DynamoDB', async ({ page }) => {
  await page.goto('/');
  const fig = await goLive(page, 'statelessness');
  const db0 = await value(fig, 'databaseCounter');
  await fig.getByRole('button', { name: /Send a rush/ }).click();
  await expect.poll(() => value(fig, 'environments'), { timeout: 10_000 }).toBeGreaterThan(2);
  await expect.poll(() => value(fig, 'databaseCounter')).toBeGreaterThan(db0);
  expect(await value(fig, 'distinctCounts')).toBeGreaterThan(1);
});

test('scale-out: the spike plays again and the raised limit meets the scaling rate', async ({ page }) => {
  await page.goto('/');
  const fig = await goLive(page, 'scale-out');
  // It opens on the finished run, as its poster shows it.
  expect(await value(fig, 'refusedConcurrency')).toBeGreaterThan(0);
  expect(await value(fig, 'refusedScalingRate')).toBe(0);
  await fig.getByRole('group', { name: 'Account limit' }).getByRole('button', { name: '10,000' }).click();
  await expect.poll(() => value(fig, 'refusedScalingRate'), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await value(fig, 'refusedConcurrency')).toBe(0);
});

test('cold-start-share: a shorter idle timeout raises the share at the same traffic', async ({ page }) => {
  await page.goto('/');
  const fig = await goLive(page, 'cold-start-share');
  await expect(slot(fig).locator('[data-busy]')).toHaveAttribute('data-busy', 'false', { timeout: 20_000 });
  const tenMinutes = await value(fig, 'coldStartShare');
  await fig.getByRole('button', { name: '1 min' }).click();
  await expect(metric(fig, 'idleTimeout')).toHaveAttribute('data-value', '60');
  await expect(slot(fig).locator('[data-busy]')).toHaveAttribute('data-busy', 'false', { timeout: 20_000 });
  expect(await value(fig, 'coldStartShare')).toBeGreaterThan(tenMinutes + 0.3);
});

test('break-even: a second always-on server moves the break-even up', async ({ page }) => {
  await page.goto('/');
  const fig = await goLive(page, 'break-even');
  const crossing = () => fig.locator('[data-break-even]').getAttribute('data-break-even').then(Number);
  await expect.poll(crossing).toBeGreaterThan(0);
  const one = await crossing();
  await fig.getByRole('button', { name: '2 × m7g.large' }).click();
  await expect.poll(crossing).toBeGreaterThan(one * 1.5);
});

test('a TryIt on a page without a simulator opens the playground on its scene, playing', async ({ page }) => {
  await page.goto('/explanations/serverless/faas');
  const link = page.locator('article a[data-scene="queue-absorbs-spike"]');
  await link.click();
  await expect(page).toHaveURL(/\/playground\?/);
  await expect(page.locator('p[data-scene="queue-absorbs-spike"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
});

test('every one of the ten scenes is reachable from the prose of some page', async ({ page }) => {
  const { SCENE_NAMES } = await import('../../components/simulator/sceneEvent');
  const found = new Set<string>();
  for (const path of ['/', '/explanations/serverless/faas', '/explanations/aws/lambda', '/explanations/serverless/baas']) {
    await page.goto(path);
    for (const s of await page.locator('article [data-scene]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scene')))) if (s) found.add(s);
  }
  expect([...SCENE_NAMES].filter((s) => !found.has(s))).toEqual([]);
});
