import { expect, test, type Page } from '@playwright/test';

/**
 * The web component (/embed.js) on docs pages from another origin, as each recipe sets them up:
 * tests/e2e/host/*.html, served at the host origin with the site's address filled in (%SITE%) and
 * a strict Content-Security-Policy (no inline script or style allowed), so they prove the recipes
 * need none.
 */
const HOST = `http://127.0.0.1:${Number(process.env.E2E_HOST_PORT ?? 4174)}`;

async function openHost(page: Page, file: string, site: string) {
  expect(new URL(HOST).origin).not.toBe(new URL(site).origin);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${HOST}/${file}`);
  // The page names the site the embed comes from, and forbids inline code.
  await expect(page.locator('script[src$="/embed.js"]')).toHaveAttribute('src', `${site}/embed.js`);
  return violations;
}

/** The outer frame's height and its document's content height (the embed's own root). */
async function heights(page: Page, host: string) {
  const outer = await page.locator(`${host} iframe`).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await page.frameLocator(`${host} iframe`).locator('main > div').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  return { outer, inner };
}

test('plain HTML: poster first, frame near the viewport, fitted up and down, live attributes, print, no storage', async ({ page, baseURL }) => {
  test.slow();
  await page.setViewportSize({ width: 1000, height: 800 });
  const violations = await openHost(page, 'plain.html', baseURL!);
  const first = page.locator('#first');
  // The poster is there at once, sized and described; far below the fold, no frame yet.
  const poster = first.getByRole('img', { name: /Serverless pipeline/ });
  await expect(poster).toBeVisible();
  expect(await poster.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().height)).toBeGreaterThan(100);
  await expect(first.locator('iframe')).toHaveCount(0);

  await first.scrollIntoViewIfNeeded();
  const iframe = first.locator('iframe');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('title', /Serverless pipeline simulation/);
  const frame = page.frameLocator('#first iframe');
  await expect(frame.getByRole('slider', { name: /Traffic/ })).toBeVisible({ timeout: 20_000 });
  // The frame fits its content, including the notice for seed -3.
  const notice = frame.getByRole('alert').filter({ hasText: '“seed”' });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  // Paused, so the content changes only when the test changes it (a running simulation's charts
  // gain lines as data arrives), and measured once it has held its height for a second.
  await frame.getByRole('button', { name: 'Pause', exact: true }).click();
  let last = -1;
  await expect
    .poll(
      async () => {
        const h = await heights(page, '#first');
        const settled = h.outer === last && Math.abs(h.outer - h.inner) <= 2;
        last = h.outer;
        return settled;
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toBe(true);
  const tall = (await heights(page, '#first')).outer;
  // Down: dismissing the notice shortens the content, and the frame follows.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(async () => (await heights(page, '#first')).outer, { timeout: 10_000 }).toBeLessThan(tall - 10);
  // The frame may shrink in more than one step (the notice leaves, then the layout settles): wait until it fits again.
  await expect.poll(async () => Math.abs((await heights(page, '#first')).outer - (await heights(page, '#first')).inner), { timeout: 10_000 }).toBeLessThanOrEqual(2);
  // The inspector, with no request picked, is the shortest panel.
  await frame.getByRole('tab', { name: 'Inspect' }).click();
  await expect.poll(async () => (await heights(page, '#first')).outer, { timeout: 10_000 }).toBeLessThan(tall - 200);
  const short = (await heights(page, '#first')).outer;
  // Up: the charts panel is taller than the inspector's.
  await frame.getByRole('tab', { name: 'Charts' }).click();
  await expect.poll(async () => (await heights(page, '#first')).outer, { timeout: 10_000 }).toBeGreaterThan(short + 50);

  // Two on one page, each with its own frame and height.
  await page.locator('#second').scrollIntoViewIfNeeded();
  const second = page.frameLocator('#second iframe');
  await expect(second.getByTestId('node-function')).toContainText('Cooking stations', { timeout: 20_000 });
  await expect.poll(async () => Math.abs((await heights(page, '#second')).outer - (await heights(page, '#second')).inner), { timeout: 30_000 }).toBeLessThanOrEqual(2);
  expect((await heights(page, '#second')).outer).toBeLessThan((await heights(page, '#first')).outer);

  // Privacy: the embed set no cookie and wrote no storage.
  const stored = await page.frame({ url: /\/embed\/pipeline/ })!.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: 0, caches: 0 });

  // A changed attribute applies at once: the frame reloads in place with the new view.
  await first.scrollIntoViewIfNeeded();
  await first.evaluate((el) => el.setAttribute('skin', 'kitchen'));
  await expect(frame.getByTestId('node-function')).toContainText('Cooking stations', { timeout: 20_000 });
  await expect(first.locator('img.poster')).toHaveAttribute('alt', /pop-up kitchen/);
  await expect(first.locator('img.poster')).toHaveAttribute('src', /pipeline-kitchen\.svg$/);

  // Printed: the still diagram and the live one's address, no frame.
  await page.emulateMedia({ media: 'print' });
  await expect(first.locator('img.poster')).toBeVisible();
  await expect(first.locator('iframe')).toBeHidden();
  await expect(first.getByText(/Live simulation: .*\/playground\?rps=40/)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(violations).toEqual([]);
});

for (const [file, toDark] of [
  // What each site's own theme switch does.
  ['docusaurus.html', () => void (document.documentElement.dataset.theme = 'dark')],
  ['vitepress.html', () => void document.documentElement.classList.add('dark')],
  ['mkdocs.html', () => void (document.body.dataset.mdColorScheme = 'slate')],
  // A plain page that follows the reader's system setting.
  ['plain.html', null],
] as [string, (() => void) | null][]) {
  test(`theme auto follows the host page live (${file.replace('.html', '')})`, async ({ page, baseURL }) => {
    test.slow();
    const violations = await openHost(page, file, baseURL!);
    const host = file === 'plain.html' ? '#first' : 'serverless-pipeline';
    await page.locator(host).scrollIntoViewIfNeeded();
    const frame = page.frameLocator(`${host} iframe`);
    const html = frame.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light', { timeout: 15_000 });
    // Live: on screen and playing (rps is given).
    await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible({ timeout: 20_000 });
    // A mark in the embed's window: a reload would lose it.
    const embed = page.frames().find((f) => f.url().includes('/embed/pipeline'))!;
    await embed.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
    if (toDark) await page.evaluate(toDark);
    else await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark', { timeout: 10_000 });
    expect(await embed.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    await expect(page.locator(`${host} img.poster`)).toHaveAttribute('src', /-dark\.svg$/);
    expect(violations).toEqual([]);
  });
}
