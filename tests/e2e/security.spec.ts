import { expect, test } from './fixtures';
import { routes } from './routes';

/**
 * The site as a static host serves it with out/_headers (scripts/security-headers.mjs). Every other
 * spec already runs under these headers, and its fixture fails any test that trips the policy
 * (simulator runs, theme toggle, popovers, the embed handshake, the PNG export); here are the
 * headers themselves, the <meta> fallback, and framing.
 */
const HOST = `http://127.0.0.1:${Number(process.env.E2E_HOST_PORT ?? 4174)}`;
const PAGES = [...routes.map((r) => r.path), '/embed/pipeline'];

test('every page is served with its policy and the security headers, and carries the policy in a <meta> first', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    // Scripts: our files and this page's inline scripts by hash, nothing inline or evaluated otherwise.
    expect(policy, path).toMatch(/(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
    expect(policy, path).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    for (const directive of ["worker-src 'self'", "object-src 'none'", "base-uri 'none'", "default-src 'self'"]) expect(policy, path).toContain(directive);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    if (path.startsWith('/embed/')) {
      expect(policy, path).not.toContain('frame-ancestors');
      expect(headers['x-frame-options'], path).toBeUndefined();
    } else {
      expect(policy, path).toContain("frame-ancestors 'self'");
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    }
    // The <meta> comes right after the charset, before anything it governs, and says the same
    // minus frame-ancestors (a <meta> policy cannot carry it).
    const html = await response.text();
    const meta = /^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html);
    expect(meta, path).not.toBeNull();
    expect(meta![1].replace(/&#x27;|&#39;/g, "'"), path).toBe(policy.replace(/; frame-ancestors 'self'$/, ''));
  }
});

test('hashed assets are cached for a year; pages are revalidated; the headers file is not served', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  expect((await request.get(script)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/')).headers()['cache-control']).not.toContain('immutable');
  expect((await request.get('/diagrams/pipeline.svg')).headers()['cache-control']).not.toContain('immutable');
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('on a host that sends no headers the <meta> policy alone runs the simulator, and refuses a script the page did not ship', async ({ page, cspViolations }) => {
  // Only the pages: intercepting every chunk would slow the page down for nothing.
  await page.route((url) => !url.pathname.startsWith('/_next/'), async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const response = await page.goto('/playground?rps=30');
  expect(response!.headers()['content-security-policy']).toBeUndefined();
  // Every request passes through the route handler above, which slows the first load: up to 30 s.
  await expect.poll(async () => Number(await page.locator('[data-metric="instances"]').first().getAttribute('data-value')), { timeout: 30_000 }).toBeGreaterThan(0);
  expect(cspViolations).toEqual([]);

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
  });
  await expect.poll(() => cspViolations.filter((v) => v.directive === 'script-src-elem').length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  cspViolations.length = 0;
});

test('another site cannot frame /playground, but can frame /embed/pipeline', async ({ page, baseURL, cspViolations }) => {
  await page.goto(`${HOST}/?src=${encodeURIComponent(`${baseURL}/embed/pipeline?rps=10`)}`);
  await expect(page.frameLocator('#embed').getByRole('slider', { name: /Traffic/ })).toBeVisible({ timeout: 15_000 });
  expect(cspViolations).toEqual([]);

  await page.goto(`${HOST}/?src=${encodeURIComponent(`${baseURL}/playground`)}`);
  // The browser refuses to render it and says why (it shows its own error page in the frame).
  await expect.poll(() => cspViolations.some((v) => /frame-ancestors/.test(v.blocked))).toBe(true);
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error:'))).toBe(true);
  await expect(page.frameLocator('#embed').getByRole('heading', { name: 'Playground' })).toHaveCount(0);
  cspViolations.length = 0;
});

test('sandboxed without allow-same-origin, the embed shows the still diagram and says what to allow; with it, the embed runs', async ({ page, baseURL }) => {
  const src = encodeURIComponent(`${baseURL}/embed/pipeline?rps=10`);
  await page.goto(`${HOST}/?sandbox=allow-scripts&src=${src}`);
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('status').filter({ hasText: 'allow-same-origin' })).toBeVisible({ timeout: 15_000 });
  await expect(frame.getByRole('img', { name: /Serverless request pipeline/ })).toBeVisible();
  await expect(frame.getByText(/couldn.t load/)).toHaveCount(0);
  // It still tells the host its height.
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(200);

  await page.goto(`${HOST}/?sandbox=${encodeURIComponent('allow-scripts allow-same-origin')}&src=${src}`);
  await expect(frame.getByRole('slider', { name: /Traffic/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => Number(await frame.locator('[data-metric="instances"]').first().getAttribute('data-value')), { timeout: 15_000 }).toBeGreaterThan(0);
});
