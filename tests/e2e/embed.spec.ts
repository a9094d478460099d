import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForStillDot, type Page } from './fixtures';

/** The host fixture (tests/e2e/host/) is served on another port: another origin, as a docs site would be. */
const HOST = `http://127.0.0.1:${Number(process.env.E2E_HOST_PORT ?? 4174)}`;

/** A docs page on another origin that embeds us and listens for resize messages. */
async function hostPage(page: Page, query: string, baseURL: string) {
  const src = `${baseURL}/embed/pipeline?${query}`;
  expect(new URL(HOST).origin).not.toBe(new URL(baseURL).origin);
  await page.goto(`${HOST}/?src=${encodeURIComponent(src)}`);
  return page.frameLocator('#embed');
}

test('an embed on another origin renders and reports its height', async ({ page, baseURL }) => {
  const frame = await hostPage(page, 'rps=30&controls=traffic', baseURL!);
  await expect(frame.getByRole('slider', { name: /Traffic/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(300);
  const iframeHeight = await page.locator('#embed').evaluate((el) => el.getBoundingClientRect().height);
  expect(iframeHeight).toBeGreaterThan(300);
  await expect(frame.getByRole('link', { name: /Open in Serverless, Explained/ })).toHaveAttribute('href', /\/playground\?rps=30/);
  await expect.poll(async () => Number(await frame.locator('[data-metric="instances"]').first().getAttribute('data-value')), { timeout: 15_000 }).toBeGreaterThan(0);
});

test('controls=none shows the diagram and numbers, and Play, which starts a scene left paused', async ({ page, baseURL }) => {
  const frame = await hostPage(page, 'controls=none&preset=lunch-rush', baseURL!);
  await expect(frame.getByRole('img', { name: /Live pipeline/ })).toBeVisible({ timeout: 15_000 });
  await expect(frame.getByRole('slider')).toHaveCount(0);
  await expect(frame.locator('[data-metric="cost"]')).toBeVisible();
  const clock = frame.getByLabel(/^Simulated time/);
  await expect(clock).toHaveText('0:00');
  await frame.getByRole('button', { name: 'Play' }).click();
  await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible({ timeout: 20_000 });
  await expect(clock).not.toHaveText('0:00', { timeout: 15_000 });
});

test('poster first: the still diagram, controls and numbers before any live code; Play starts it; print shows the still diagram', async ({ page }) => {
  await page.goto('/embed/pipeline?rps=30&autoplay=false&skin=kitchen');
  // Drawn ahead: the still diagram in the URL's skin, and the controls.
  const still = page.getByRole('img', { name: /still; it moves once playing/ });
  await expect(still).toBeVisible();
  await expect(page.locator('svg text.skin-kitchen').filter({ hasText: 'Cooking stations', visible: true })).toBeVisible();
  await expect(page.getByRole('slider', { name: /Traffic/ })).toHaveAttribute('aria-valuenow', '30');
  await page.waitForTimeout(1500);
  // Not playing: no live diagram, no engine, simulated time stands at 0.
  await expect(page.getByTestId('node-function')).toHaveCount(0);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /worker/i.test(r.name)).length)).toBe(0);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('node-function')).toContainText('Cooking stations', { timeout: 15_000 });
  await expect(page.getByLabel(/^Simulated time/)).not.toHaveText('0:00', { timeout: 15_000 });

  await page.emulateMedia({ media: 'print' });
  // Printed: the still diagram (kept below the live one all along), not the live one.
  await expect(page.locator('[data-poster] svg[aria-label*="still"]').filter({ visible: true })).toHaveCount(1);
  await expect(page.getByTestId('node-function')).toBeHidden();
  await expect(page.getByRole('slider', { name: /Traffic/ })).toBeHidden();
  await expect(page.getByText(/^Live simulation: http:\/\/[^ ]+\/playground\?rps=30&skin=kitchen$/)).toBeVisible();
});

test('with autoplay, the live simulation waits until the embed is on screen', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.setContent(`<!doctype html><div style="height: 2500px">Long docs page</div><iframe id="e" src="${baseURL}/embed/pipeline?rps=30" title="Embed" style="width: 100%; height: 900px; border: 0"></iframe>`);
  const frame = page.frameLocator('#e');
  await expect(frame.getByRole('slider', { name: /Traffic/ })).toBeAttached({ timeout: 15_000 });
  await page.waitForTimeout(1500);
  await expect(frame.getByTestId('node-function')).toHaveCount(0);
  await page.locator('#e').scrollIntoViewIfNeeded();
  await expect(frame.getByTestId('node-function')).toBeVisible({ timeout: 15_000 });
});

test('without JavaScript the embed is the still diagram and a link to the live one', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/embed/pipeline?rps=30`);
  await expect(page.getByRole('img', { name: /Live pipeline/ }).filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('slider')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Open it in Serverless, Explained' })).toHaveAttribute('href', '/playground');
  await context.close();
});

test('theme=dark applies before the app runs, and a host can switch it live', async ({ page, baseURL }) => {
  const frame = await hostPage(page, 'theme=dark', baseURL!);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.getByRole('slider', { name: /Traffic/ })).toBeVisible({ timeout: 15_000 });
  await page.evaluate(() => {
    const w = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
    w.postMessage({ type: 'serverless-explained:theme', theme: 'purple' }, '*');
    w.postMessage('serverless-explained:theme', '*');
  });
  await page.waitForTimeout(300);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() =>
    (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'serverless-explained:theme', theme: 'light' }, '*'),
  );
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('theme=auto follows the system, with a dark background painted even without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/embed/pipeline?theme=auto`);
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(14, 17, 23)');
  await context.close();
  const lightContext = await browser.newContext({ colorScheme: 'light' });
  const light = await lightContext.newPage();
  await light.goto(`${baseURL}/embed/pipeline`);
  await expect(light.locator('html')).toHaveAttribute('data-theme', 'light');
  await lightContext.close();
});

test('bad, unknown, misspelt and empty embed parameters give a notice naming each', async ({ page, baseURL }) => {
  const frame = await hostPage(page, 'theme=neon&controls=all&rps=-1&autoplay=sometimes&rsp=50&them=dark&control=full&seed=', baseURL!);
  const notice = frame.getByRole('alert').filter({ hasText: 'Ignored' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  for (const name of ['theme', 'controls', 'rps', 'autoplay', 'rsp', 'them', 'control', 'seed']) await expect(notice).toContainText(`“${name}”`);
  await expect(notice).toContainText('did you mean “rps”?');
  await expect(notice).toContainText('“seed”: it has no value');
  await expect(frame.getByRole('slider', { name: /Traffic/ })).toBeVisible();
});

test('the static SVG diagrams are valid, titled and carry their labels as text', async ({ page, request }) => {
  await page.goto('/docs/embedding');
  for (const [name, label] of [
    ['pipeline', 'API Gateway'],
    ['pipeline-dark', 'API Gateway'],
    ['pipeline-kitchen', 'Host stand'],
    ['pipeline-kitchen-dark', 'Host stand'],
  ]) {
    const res = await request.get(`/diagrams/${name}.svg`);
    expect(res.status(), name).toBe(200);
    expect(res.headers()['content-type']).toContain('image/svg+xml');
    const text = await res.text();
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        title: doc.querySelector('svg > title')?.textContent ?? '',
        desc: doc.querySelector('svg > desc')?.textContent ?? '',
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, text);
    expect(parsed.error, name).toBe(false);
    expect(parsed.title.length, name).toBeGreaterThan(5);
    expect(parsed.desc.length, name).toBeGreaterThan(20);
    expect(parsed.texts, name).toContain(label);
  }
});

test('the Embed dialog builds snippets that reproduce the current state', async ({ page }) => {
  // Two pages and the dialog: more than the default 30 s on a loaded 2-core machine.
  test.slow();
  await page.goto('/playground?rps=40&seed=9&skin=kitchen&speed=10');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this simulation' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Theme').selectOption('dark');
  const iframe = await dialog.locator('textarea[data-snippet="iframe"]').inputValue();
  expect(iframe).toContain('loading="lazy"');
  expect(iframe).toMatch(/title="[^"]+"/);
  const src = /src="([^"]+)"/.exec(iframe)![1].replace(/&amp;/g, '&');
  const url = new URL(src);
  expect(url.pathname).toBe('/embed/pipeline');
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ rps: '40', seed: '9', skin: 'kitchen', speed: '10', theme: 'dark' });
  const react = await dialog.locator('textarea[data-snippet="react"]').inputValue();
  expect(react).toContain(url.pathname + url.search);
  const markdown = await dialog.locator('textarea[data-snippet="markdown"]').inputValue();
  expect(markdown).toContain('/diagrams/pipeline-kitchen-dark.svg');
  expect(markdown).toContain('/playground?');
  // The web component carries the same state as attributes.
  const element = await dialog.locator('textarea[data-snippet="element"]').inputValue();
  expect(element).toMatch(/^<script src="http:\/\/[^"]+\/embed\.js" defer><\/script>\n<serverless-pipeline [^>]*rps="40"[^>]*seed="9"[^>]*skin="kitchen"[^>]*theme="dark"/);
  const readme = await dialog.locator('textarea[data-snippet="readme"]').inputValue();
  expect(readme).toContain('/diagrams/pipeline-kitchen-animated-dark.svg');
  await expect(dialog.getByTitle('Preview of the embedded simulation')).toBeAttached();

  // The snippet's URL opens the same state.
  await page.goto(url.pathname + url.search);
  await expect(page.getByRole('slider', { name: /Traffic/ })).toHaveAttribute('aria-valuenow', '40', { timeout: 15_000 });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('node-function')).toContainText('Cooking stations');
});

test('the diagram downloads as SVG from the Embed dialog', async ({ page }) => {
  await page.goto('/playground');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pipeline.*\.svg$/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/^pipeline.*\.png$/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the embed page has no axe violations (${theme})`, async ({ page }) => {
    test.slow();
    await page.goto(`/embed/pipeline?rps=20&theme=${theme}&controls=full`);
    await expect(page.getByRole('slider', { name: /Traffic/ })).toBeVisible({ timeout: 15_000 });
    // Running, then held still for axe (a page that changes every frame makes axe slow on 2 cores).
    await expect(page.getByTestId('node-function').locator('[data-cell]').first()).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the HTML snippet works as pasted: on a plain page the embed grows to its content', async ({ page }) => {
  test.slow();
  await page.goto('/playground?rps=30');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const snippet = await page.getByRole('dialog', { name: 'Embed this simulation' }).locator('textarea[data-snippet="iframe"]').inputValue();
  expect(snippet).toMatch(/^<iframe [^>]*data-serverless-explained[^>]*><\/iframe>\n<script>[^<]+<\/script>$/);
  await page.setViewportSize({ width: 800, height: 900 });
  // A plain page on the host's origin, not one of ours: setContent keeps the current document's CSP.
  await page.goto(HOST);
  await page.setContent(`<!doctype html><html><body style="margin:0">${snippet}</body></html>`);
  const inner = page.frameLocator('iframe');
  await expect(inner.getByRole('slider', { name: /Traffic/ })).toBeVisible({ timeout: 20_000 });
  // The snippet's first guess is 640 px; the listener then follows the height the embed reports.
  const gap = async () => {
    const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    const content = await inner.locator('body').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    return outer !== 640 ? Math.abs(outer - content) : Infinity;
  };
  await expect.poll(gap, { timeout: 20_000 }).toBeLessThanOrEqual(2);
  await expect(inner.getByRole('slider', { name: /Traffic/ })).toBeVisible();
});

test('the docs page examples take the height their embed reports, even on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/docs/embedding');
  // The iframe examples (the web component's frame is inside its element, not the figure's child).
  const first = page.locator('figure > iframe').first();
  await first.scrollIntoViewIfNeeded();
  // Declared 600 px; the content is taller at this width.
  await expect.poll(() => first.evaluate((el) => el.getBoundingClientRect().height), { timeout: 20_000 }).toBeGreaterThan(650);
  await expect(page.frameLocator('figure > iframe').first().getByRole('slider', { name: /Traffic/ })).toBeVisible();
});

test('the live embed draws without React Flow: words, cells and dots from the engine, and a dot picked opens the inspector', async ({ page }) => {
  // Every script the page loads, read: none may be React Flow's (chunk names are hashes).
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
  });
  await page.goto('/embed/pipeline?rps=100&seed=3&controls=full');
  const live = page.locator('[data-live-diagram]');
  await expect(live.getByTestId('node-client')).toContainText('100/s sent', { timeout: 20_000 });
  // The function's counts line and its cells tell the same story as the readouts.
  await expect.poll(() => live.locator('[data-cell]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.locator('.react-flow')).toHaveCount(0);
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(3);
  expect(bodies.filter((b) => b.includes('react-flow__'))).toEqual([]);
  const dots = live.locator('circle[visibility="visible"][data-id]');
  await expect.poll(() => dots.count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // Paused, the counts line and the cells (all of them: a few dozen fit) agree with the engine's frame on screen.
  // (A frame already on its way when Pause was pressed may still land: compared until they agree.)
  const agree = async () => {
    const counts = (await live.getByTestId('node-function').locator('text').nth(2).textContent()) ?? '';
    const shown = { busy: await live.locator('[data-cell="busy"]').count(), idle: await live.locator('[data-cell="idle"]').count(), starting: await live.locator('[data-cell="initializing"]').count() };
    return `${shown.busy} busy · ${shown.idle} idle · ${shown.starting} starting` === counts;
  };
  await expect.poll(agree, { timeout: 10_000 }).toBe(true);
  // (Every environment has its cell: none is counted in a "+N".)
  await expect(live.locator('.cell-more')).toHaveCount(0);
  // A dot that holds still, pressed: the inspector opens on its request.
  // The moment paused on may have no request on an arrow (most of a request's time is in its
  // handler): play on a little until one is.
  for (let i = 0; i < 5 && (await dots.count()) === 0; i++) {
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => dots.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForTimeout(300);
  }
  const dot = dots.first();
  const id = await waitForStillDot(dot);
  // Pressed at its centre (a dot by a node lies under the node's border, which a click would hit).
  await dot.evaluate((c) => {
    const r = c.getBoundingClientRect();
    c.parentElement!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 }));
  });
  await expect(page.getByRole('tab', { name: 'Inspect' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // The waterfall is that request's, and the list marks it as the one picked.
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('p', { hasText: 'in total' })).toContainText(`Request #${id}`, { timeout: 10_000 });
  await expect(panel.getByRole('button', { pressed: true })).toContainText(`#${id}`);
});

test('with reduced motion the live embed counts what is on each arrow instead of moving dots', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/embed/pipeline?rps=300&controls=traffic');
  const live = page.locator('[data-live-diagram]');
  // A count above the 0 drawn before the first frame: the engine's.
  await expect(live.locator('[data-edge-count="client-gateway"]')).toContainText(/[1-9]\d* moving/, { timeout: 20_000 });
  await expect(live.locator('[data-edge-count]')).toHaveCount(3);
  await page.waitForTimeout(1000);
  expect(await live.locator('circle[visibility="visible"]').count()).toBe(0);
});
