import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { routes } from './routes';

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
}

test.describe('every route', () => {
  for (const route of routes) {
    test(`${route.path} renders its title, and fits a 390 px phone`, async ({ page }) => {
      const response = await page.goto(route.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.title);
      await expect(page).toHaveTitle(new RegExp(route.title.replace(/[()]/g, '\\$&')));
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(50);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', route.title);
      // A shared link shows the site's picture.
      const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
      expect(image).toMatch(/\/social-preview\.png$/);
      expect((await page.request.get(new URL(image!).pathname)).status()).toBe(200);
      // And on a 390 px phone, nothing scrolls sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });

    // The playground is checked with a simulation running (simulator.spec.ts).
    if (route.path !== '/playground') {
      test(`${route.path} has no axe violations, in light and then in dark`, async ({ page }) => {
        test.slow(); // axe over a whole page (and the simulator beside the article) takes a while on 2 cores
        await setTheme(page, 'light');
        await page.goto(route.path);
        // One page load for both themes: the reader's own switch turns the page dark in place.
        for (const theme of ['light', 'dark'] as const) {
          if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click();
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          // Embedded iframes are checked on their own page (embed.spec.ts).
          const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
        }
      });
    }

  }
});

test('every internal link resolves, including its #anchor', async ({ request }) => {
  // The pages are static HTML: every link and id is in what the server sends.
  const html = new Map<string, string>();
  const get = async (path: string) => {
    if (!html.has(path)) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      html.set(path, await res.text());
    }
    return html.get(path)!;
  };
  const seen = new Set<string>();
  for (const route of routes) {
    const page = await get(route.path);
    for (const [, raw] of page.matchAll(/<a [^>]*href="([^"]+)"/g)) {
      // An ampersand in an attribute, however the HTML writes it (&amp; or, from a static block, &#x26;).
      const href = raw.replace(/&(amp|#x26|#38);/g, '&');
      if (!href.startsWith('/') && !href.startsWith('#')) continue;
      const url = new URL(href, `http://site${route.path}`);
      const key = `${url.pathname}${url.hash}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const target = await get(url.pathname);
      if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        expect(target.split(`id="${id}"`).length - 1, `#${id} on ${url.pathname} (linked from ${route.path})`).toBe(1);
      }
    }
  }
  expect(seen.size).toBeGreaterThan(10);
});

test('the theme toggle switches the theme and the choice persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/explanations/aws/lambda');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Follow system theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('with no stored choice the theme follows the system, before any script of ours loads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a jargon term opens its definition from the keyboard and closes with Escape', async ({ page }) => {
  await page.goto('/');
  const term = page.locator('article button.term').first();
  const popoverId = await term.getAttribute('popovertarget');
  const popover = page.locator(`[id="${popoverId}"]`);
  await expect(popover).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  expect((await popover.innerText()).length).toBeGreaterThan(20);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('the table of contents follows the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  // Instant scrolling (smooth scrolling is off with reduced motion), so the test reads a settled page.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const toc = page.locator('nav[data-toc]').filter({ visible: true }).first();
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(4);
  // A section in the middle, so there is always enough page below it to scroll it to the top.
  const target = links.nth(Math.floor(count / 2));
  const hash = (await target.getAttribute('href'))!;
  await expect
    .poll(
      async () => {
        // Scroll again each time: off-screen prose renders lazily and can move the heading.
        await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), hash.slice(1));
        return toc.locator(`a[href="${hash}"]`).getAttribute('aria-current');
      },
      { timeout: 15_000 },
    )
    .toBe('location');
  await expect(toc.locator('a[aria-current="location"]')).toHaveCount(1);
});

test('code blocks are highlighted at build time, in both themes, without inline styles', async ({ page }) => {
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  const colours = async () => {
    const code = page.locator('article pre.shiki').first();
    await expect(code).toBeVisible();
    return code.locator('.line > span').evaluateAll((spans) => [...new Set(spans.map((s) => getComputedStyle(s).color))]);
  };
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await colours();
  expect(light.length).toBeGreaterThan(2);
  // The CSP refuses style attributes: the colours come from classes (content/rehype-code-classes.mjs).
  expect(await page.locator('article [style]').count()).toBe(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  const dark = await colours();
  expect(dark.length).toBeGreaterThan(2);
  expect(dark).not.toEqual(light);
});

test('every page reads in full with JavaScript off, in document order', async ({ browser }) => {
  // A body written out of order (a Suspense boundary streamed after the page) is revealed by an
  // inline script, late and with a layout shift; with scripts off it never appears at all.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const route of routes.filter((r) => r.path !== '/playground')) {
    await page.goto(route.path);
    const firstSection = page.locator('article .prose h2').first();
    await expect(firstSection, route.path).toBeVisible();
    await expect(page.locator('article .prose p').first(), route.path).toBeVisible();
    expect(await page.locator('template[id^="B:"]').count(), `${route.path} has a pending boundary`).toBe(0);
  }
  await context.close();
});

test('the scripts a page runs at start-up are compiled in the background (V8 compile hint)', async ({ request }) => {
  // scripts/compile-hints.mjs, run by `npm run build`: without it V8 compiles each module on the
  // main thread as the page starts, roughly doubling its script time on a phone.
  for (const route of routes) {
    const html = await (await request.get(route.path)).text();
    const scripts = [...html.matchAll(/<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async="">/g)].map((m) => m[1]);
    expect(scripts.length, route.path).toBeGreaterThan(3);
    for (const src of scripts) expect((await (await request.get(src)).text()).split('\n', 1)[0], src).toBe('//# allFunctionsCalledOnLoad');
  }
});

test('the article credits its source and shows its metadata', async ({ page }) => {
  await page.goto('/');
  const header = page.locator('article header');
  await expect(header).toContainText('Based on Serverless Architecture Explained by Fer Sigüenza (2025-07-02)');
  await expect(header).toContainText(/\d+ min read/);
  await expect(header).toContainText('Cloud');
  await expect(header).toContainText('#serverless');
  await expect(header.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('the pipeline diagram is an accessible figure with real text', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('img', { name: /Serverless request pipeline/ }).first();
  await expect(figure).toBeVisible();
  for (const label of ['Client', 'API Gateway', 'Lambda function', 'DynamoDB', 'S3', 'SQS', 'SNS']) {
    await expect(figure.locator('text', { hasText: label }).first()).toBeAttached();
  }
});

test('previous and next links walk the pages in order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${routes[1].path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(routes[1].title);
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('scaled to zero');
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(routes.length);
});

test('the sitemap lists every page', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const route of routes) {
    expect(xml).toContain(`${route.path === '/' ? '' : route.path}</loc>`);
  }
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one compact row, with the pages behind Menu', async ({ page }) => {
    await page.goto('/');
    const header = page.locator('body > header, header').first();
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(60);
    const nav = page.getByRole('navigation', { name: 'Pages', exact: true });
    await expect(nav.getByRole('link', { name: 'FaaS' })).toBeHidden();
    await nav.getByText('Menu').click();
    // The theme switch lives in the menu on phones, so the row fits 360 px.
    await nav.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await nav.getByRole('link', { name: 'FaaS' }).click();
    await expect(page).toHaveURL(/\/explanations\/serverless\/faas$/);
    await expect(nav.getByRole('link', { name: 'FaaS' })).toBeHidden();
  });

  test('nothing fixed covers the article text', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => window.scrollTo(0, 2000));
    // Every element fixed to the viewport that could sit over the prose (the header scrolls away on phones).
    const covering = await page.evaluate(() => {
      const article = document.querySelector('article')!.getBoundingClientRect();
      return [...document.querySelectorAll('body *')]
        .filter((el) => {
          const s = getComputedStyle(el);
          if (s.position !== 'fixed' && s.position !== 'sticky') return false;
          if (s.display === 'none' || s.visibility === 'hidden') return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.left < article.right && r.right > article.left && el.closest('article') === null;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
    });
    expect(covering).toEqual([]);
  });
});

test('on a phone a definition keeps a margin from both screen edges', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  for (const i of [0, 3, 6]) {
    const term = page.locator('article button.term').nth(i);
    await term.scrollIntoViewIfNeeded();
    await term.click();
    const popover = page.locator(`[id="${await term.getAttribute('popovertarget')}"]`);
    await expect(popover).toBeVisible();
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(12);
    expect(390 - (box.x + box.width)).toBeGreaterThanOrEqual(12);
    await page.keyboard.press('Escape');
  }
});

for (const route of routes.filter((r) => r.path !== '/playground')) {
  test(`every Contents link on ${route.path} lands its heading just below the header, the first time`, async ({ page }) => {
    test.slow();
    // Instant scrolling (reduced motion), so each landing can be read at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1440, height: 900 });
    const lands = async (path: string, href: string) => {
      const heading = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
      const headerBottom = await page.locator('header').first().evaluate((h) => h.getBoundingClientRect().bottom);
      // Wait for the page to stop moving (figures going live below must not shift it), then measure.
      await expect
        .poll(async () => {
          const a = await heading.evaluate((h) => h.getBoundingClientRect().top);
          await page.waitForTimeout(100);
          const b = await heading.evaluate((h) => h.getBoundingClientRect().top);
          return a === b ? Math.round(b - headerBottom) : NaN;
        }, { message: `${path}${href}` })
        .toBeGreaterThanOrEqual(0);
      const gap = (await heading.evaluate((h) => h.getBoundingClientRect().top)) - headerBottom;
      // A heading near the end of the page cannot scroll higher than the page's bottom allows.
      const atBottom = await page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1);
      if (!atBottom) expect(gap, `${path}${href}`).toBeLessThanOrEqual(40);
    };
    await page.goto(route.path);
    const toc = page.locator('nav[data-toc]').filter({ visible: true }).first();
    const hrefs = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // The first click on a fresh page is the one that used to miss: the deepest heading, with
    // every figure above it still a poster. Then every other link, in turn.
    const deepest = hrefs.at(-1)!;
    await toc.locator(`a[href="${deepest}"]`).click();
    await lands(route.path, deepest);
    for (const href of hrefs.slice(0, -1)) {
      await toc.locator(`a[href="${href}"]`).click();
      await lands(route.path, href);
    }
  });
}

test('printed, a page leaves out navigation and controls and prints in the light palette', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Pages', exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next pages' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open the live simulator' })).toBeHidden();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  // The figures print (as their posters or live forms), without their buttons.
  await expect(page.locator('figure[data-figure]').first()).toBeVisible();
  expect(await page.locator('figure[data-figure] button').evaluateAll((bs) => bs.filter((b) => getComputedStyle(b).display !== 'none').length)).toBe(0);
});
