import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForStillDot, type Page } from './fixtures';

const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]`).first();
async function metricValue(page: Page, name: string): Promise<number> {
  return Number(await metric(page, name).getAttribute('data-value'));
}
const slider = (page: Page) => page.getByRole('slider', { name: /Traffic/ }).first();
/** The simulated clock ("m:ss") in seconds. */
async function clockSeconds(page: Page): Promise<number> {
  const [m, s] = ((await page.getByLabel(/^Simulated time/).textContent()) ?? '0:00').split(':').map(Number);
  return m * 60 + s;
}

test.describe('the simulator contract', () => {
  test('rps, speed and seed from the URL start traffic on load, and every readout reports', async ({ page }) => {
    await page.goto('/playground?rps=50&speed=10&seed=7');
    await expect(slider(page)).toHaveAttribute('aria-valuenow', '50');
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await expect.poll(() => metricValue(page, 'instances'), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => metricValue(page, 'cost'), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => metricValue(page, 'serverCost')).toBeGreaterThan(0);
    await expect.poll(() => metricValue(page, 'p50')).toBeGreaterThan(0);
    expect(await metricValue(page, 'rps')).toBeCloseTo(50, 0);
    for (const name of ['rps', 'instances', 'busy', 'idle', 'initializing', 'concurrency', 'coldStarts', 'throttled', 'p50', 'p99', 'cost', 'serverCost']) {
      const value = await metric(page, name).getAttribute('data-value');
      expect(Number.isFinite(Number(value)), name).toBe(true);
    }
    const live = await metricValue(page, 'instances');
    const parts = (await metricValue(page, 'busy')) + (await metricValue(page, 'idle')) + (await metricValue(page, 'initializing'));
    expect(Math.abs(live - parts)).toBeLessThanOrEqual(live * 0.5 + 2);
  });

  test('without rps the simulator waits paused; Play and Pause name the button by its state', async ({ page }) => {
    await page.goto('/playground');
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await expect(play).toBeVisible();
    await play.click();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('the traffic slider works from the keyboard and reports the rate in requests/s', async ({ page }) => {
    await page.goto('/playground?rps=10');
    const s = slider(page);
    await s.focus();
    await page.keyboard.press('ArrowRight');
    await expect(s).toHaveAttribute('aria-valuenow', '20');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(s).toHaveAttribute('aria-valuenow', '5');
    await page.keyboard.press('End');
    await expect(s).toHaveAttribute('aria-valuenow', '10000');
    await expect(s).toHaveAttribute('aria-valuetext', /10,000 requests per second/);
    await page.keyboard.press('Home');
    await expect(s).toHaveAttribute('aria-valuenow', '0');
  });

  test('the slider follows a pointer drag on a log scale', async ({ page }) => {
    await page.goto('/playground?rps=1');
    const s = slider(page);
    const track = s.locator('..');
    const box = (await track.boundingBox())!;
    await page.mouse.click(box.x + box.width - 1, box.y + box.height / 2);
    await expect.poll(async () => Number(await s.getAttribute('aria-valuenow'))).toBeGreaterThan(5000);
    await page.mouse.click(box.x + box.width * (3 / 7), box.y + box.height / 2);
    await expect.poll(async () => Number(await s.getAttribute('aria-valuenow'))).toBeGreaterThan(0.5);
    expect(Number(await s.getAttribute('aria-valuenow'))).toBeLessThan(2);
  });

  test('state round-trips through the URL', async ({ page }) => {
    await page.goto('/playground?rps=10&seed=42&memory=512&idle=300&skin=kitchen&speed=60');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/rps=20/);
    const url = page.url();
    expect(url).toMatch(/seed=42/);
    expect(url).toMatch(/memory=512/);
    expect(url).toMatch(/idle=300/);
    expect(url).toMatch(/skin=kitchen/);
    expect(url).toMatch(/speed=60/);
    expect(url.length).toBeLessThan(2000);
    await page.reload();
    await expect(slider(page)).toHaveAttribute('aria-valuenow', '20');
    await expect(page.getByRole('radio', { name: '60×' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Kitchen', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  test('Settings, the play state and the page’s own parameters survive a reload and a shared link', async ({ page }) => {
    await page.goto('/playground?utm_source=news&rps=10&function.runtime=python&play=0');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page.getByLabel('Runtime')).toHaveValue('python');
    await page.getByLabel('API type').selectOption('rest');
    await expect(page).toHaveURL(/gateway\.type=rest/);
    const url = new URL(page.url());
    expect(url.searchParams.get('utm_source')).toBe('news');
    expect(url.searchParams.get('function.runtime')).toBe('python');
    expect(url.searchParams.get('play')).toBe('0');
    // A shared link, opened fresh: the same settings, still paused.
    await page.goto(url.pathname + url.search);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page.getByLabel('API type')).toHaveValue('rest');
    await expect(page.getByLabel('Runtime')).toHaveValue('python');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page).not.toHaveURL(/play=/);
  });

  test('bad parameters get a visible notice and their defaults, never a broken page', async ({ page }) => {
    await page.goto('/playground?rps=lots&speed=7&seed=-3&preset=nope&skin=%3Cb%3Ex&memory=1&idle=NaN');
    const notice = page.getByRole('alert').filter({ hasText: 'Ignored' });
    await expect(notice).toBeVisible();
    for (const name of ['rps', 'speed', 'seed', 'preset', 'skin', 'memory', 'idle']) {
      await expect(notice).toContainText(`“${name}”`);
    }
    await expect(notice).not.toContainText('<b>');
    await expect(page.getByRole('button', { name: 'Cloud', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('radio', { name: '1×', exact: true })).toBeChecked();
    await expect(slider(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('the kitchen view re-skins the running simulation and explains its words', async ({ page }) => {
    await page.goto('/playground?rps=20&skin=kitchen');
    const diagram = page.getByRole('img', { name: /pop-up kitchen/ });
    await expect(diagram).toBeVisible();
    await expect(page.getByTestId('node-function')).toContainText('Cooking stations');
    await expect(page.getByTestId('node-gateway')).toContainText('Host stand');
    await expect(page.getByText('Renting a restaurant', { exact: false }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Cloud', exact: true }).click();
    await expect(page.getByTestId('node-function')).toContainText('Lambda function');
    await expect.poll(() => metricValue(page, 'instances')).toBeGreaterThan(0);
  });

  test('a shared scene link replays the scene with its caption, in the kitchen’s words too', async ({ page }) => {
    await page.goto('/playground?preset=pay-per-use&skin=kitchen');
    await expect(page.locator('p[data-scene="pay-per-use"]')).toContainText('No orders, no bill');
    await expect(page.getByRole('combobox', { name: 'Scene' })).toHaveValue('pay-per-use');
    await expect(page.getByRole('button', { name: /Place one order/ })).toBeVisible();
    await page.getByRole('button', { name: 'Cloud', exact: true }).click();
    await expect(page.locator('p[data-scene="pay-per-use"]')).toContainText('Traffic stops, the bill stops');
    // The reader's own traffic ends the scene: its caption goes, the menu says Custom, and
    // choosing the scene again brings both back.
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('p[data-scene]')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Scene' })).toHaveValue('');
    await page.getByRole('combobox', { name: 'Scene' }).selectOption('pay-per-use');
    await expect(page.locator('p[data-scene="pay-per-use"]')).toBeVisible();
  });

  test('segmented controls draw their keyboard focus ring inside the segment, where the group cannot clip it', async ({ page }) => {
    await page.goto('/playground');
    const kitchen = page.getByRole('button', { name: 'Kitchen', exact: true });
    const cloud = page.getByRole('button', { name: 'Cloud', exact: true });
    await cloud.focus();
    await page.keyboard.press('Tab'); // keyboard focus, so :focus-visible applies
    await expect(kitchen).toBeFocused();
    const ring = (el: Element) => {
      const cs = getComputedStyle(el);
      return { style: cs.outlineStyle, width: cs.outlineWidth, offset: parseFloat(cs.outlineOffset) };
    };
    expect(await kitchen.evaluate(ring)).toEqual({ style: 'solid', width: '3px', offset: -3 });
    const speed = page.getByRole('radio', { name: '10×' });
    await speed.focus();
    await page.keyboard.press('ArrowRight');
    const focused = page.locator('input[type="radio"]:focus + span');
    expect(await focused.evaluate(ring)).toEqual({ style: 'solid', width: '3px', offset: -3 });
  });

  test('sending one request shows its waterfall in the inspector', async ({ page }) => {
    await page.goto('/playground?rps=0');
    await page.getByRole('button', { name: 'Send one request' }).click();
    await page.getByRole('tab', { name: 'Inspect' }).click();
    const panel = page.getByRole('tabpanel');
    await expect(panel).toContainText(/cold start/i);
    await expect(panel).toContainText(/ms/);
    await expect(panel).toContainText('$');
  });

  test('sending one request while paused sends exactly that one, in slow motion, and it completes', async ({ page }) => {
    await page.goto('/playground');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Send one request' }).click();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await expect(page.getByRole('radio', { name: '0.1×' })).toBeChecked();
    await page.getByRole('tab', { name: 'Inspect' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('200 OK', { timeout: 30_000 });
    // No other traffic started: after a while, still only the one request.
    await page.waitForTimeout(1500);
    expect(await metricValue(page, 'rps')).toBe(0);
    expect(await metricValue(page, 'instances')).toBe(1);
    expect(await metricValue(page, 'coldStarts')).toBe(1);
  });

  test('slow motion plays a tenth as fast as real time, and survives a reload', async ({ page }) => {
    test.slow(); // timed waits (4 s, then up to 10 s of 1×) and a reload
    await page.goto('/playground?rps=20&speed=0.1');
    // The playground's simulator loads after the page (three chunks deep): slow on a busy machine.
    await expect(page.getByRole('radio', { name: '0.1×' })).toBeChecked({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    const seconds = () => clockSeconds(page);
    // Four real seconds are 0.4 simulated ones: the clock moves by a second at most (at 1× it
    // would move by four).
    const before = await seconds();
    await page.waitForTimeout(4000);
    expect((await seconds()) - before).toBeLessThanOrEqual(1);
    await page.getByRole('radio', { name: '1×', exact: true }).locator('..').click();
    await expect.poll(seconds, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.getByRole('radio', { name: '0.1×' }).locator('..').click();
    await expect(page).toHaveURL(/speed=0\.1/);
    await page.reload();
    await expect(page.getByRole('radio', { name: '0.1×' })).toBeChecked();
  });

  test('leaving a fleet field unchanged does not restart the run', async ({ page }) => {
    await page.goto('/playground?rps=20&speed=10');
    await page.getByRole('tab', { name: 'Settings' }).click();
    const seconds = () => clockSeconds(page);
    await expect.poll(seconds, { timeout: 30_000 }).toBeGreaterThan(20);
    await page.getByLabel('Instances', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await seconds()).toBeGreaterThan(20);
  });

  test('an impossible fleet (minimum above maximum) cannot be entered, and the run goes on', async ({ page }) => {
    await page.goto('/playground?rps=20&speed=10');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Sizing').selectOption('autoscaling');
    const min = page.getByLabel('Minimum instances');
    await min.fill('50');
    await min.press('Enter');
    // Clamped to the maximum (20), so the engine accepts it and the run goes on.
    await expect(min).toHaveValue('20');
    await expect(page.getByRole('alert').filter({ hasText: /not applied|stopped/ })).toHaveCount(0);
    await expect.poll(() => metricValue(page, 'serverCost'), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  test('the traffic pattern survives a reload', async ({ page }) => {
    await page.goto('/playground?rps=50');
    await page.getByLabel('Pattern').selectOption('spike');
    await expect(page).toHaveURL(/pattern=spike/);
    expect(new URL(page.url()).searchParams.get('rps')).toBe('50');
    await page.reload();
    await expect(page.getByLabel('Pattern')).toHaveValue('spike');
  });

  test('with reduced motion, edges count requests instead of moving dots', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/playground?rps=200&seed=3');
    await expect.poll(() => metricValue(page, 'instances'), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(page.getByText(/moving|refused/).first()).toBeVisible({ timeout: 10_000 });
    expect(await page.locator('.react-flow__edges circle[visibility="visible"]').count()).toBe(0);
    // The counters stay put and change at most twice a second: redrawn every frame they blinked.
    const { labels, mutations } = await page.evaluate(async () => {
      const layer = document.querySelector('.react-flow__edgelabel-renderer')!;
      let n = 0;
      const observer = new MutationObserver((records) => (n += records.length));
      observer.observe(layer, { subtree: true, childList: true, characterData: true });
      await new Promise((r) => setTimeout(r, 2000));
      observer.disconnect();
      return { labels: [...layer.querySelectorAll('span')].filter((s) => /moving/.test(s.textContent ?? '')).length, mutations: n };
    });
    expect(labels).toBeGreaterThan(0);
    expect(mutations).toBeLessThanOrEqual(8 * labels + 2);
  });

  test('dots move along the edges when motion is allowed, and clicking one inspects that request', async ({ page }) => {
    await page.goto('/playground?rps=200&seed=3');
    const dots = page.locator('.react-flow__edges circle[visibility="visible"][data-id]');
    await expect.poll(() => dots.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Paused, the dots hold still; a request that is picked stays inspectable once it finishes.
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const dot = dots.first();
    const id = await waitForStillDot(dot);
    await dot.click({ force: true });
    await expect(page.getByRole('tab', { name: 'Inspect' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const panel = page.getByRole('tabpanel');
    // The waterfall is that request's, and the list marks it as the one picked.
    await expect(panel.locator('p', { hasText: 'in total' })).toContainText(`Request #${id}`, { timeout: 10_000 });
    await expect(panel.getByRole('button', { pressed: true })).toContainText(`#${id}`);
    await expect(panel).toContainText('What this request cost');
  });

  test('a flash crowd is throttled at the concurrency limit, and the gateway answers those clients 500', async ({ page }) => {
    await page.goto('/playground?rps=10000&speed=10');
    await expect.poll(() => metricValue(page, 'throttled'), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await metricValue(page, 'instances')).toBeLessThanOrEqual(1000);
  });

  test('a short function timeout fails slow requests with 502, counted at the gateway', async ({ page }) => {
    // CPU-bound work at 128 MB runs 13.8× slower than at 1,769 MB: many requests pass 3 s.
    await page.goto('/playground?rps=50&speed=10&memory=128');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('CPU-bound work').selectOption('yes');
    await page.getByRole('combobox', { name: /^Timeout / }).selectOption('3');
    await expect(page.getByTestId('node-gateway')).toContainText(/× 502/, { timeout: 20_000 });
    await page.getByRole('tab', { name: 'Log' }).click();
    await expect(page.getByText(/timed out \(function timeout\)/).first()).toBeVisible({ timeout: 10_000 });
  });

  test('the queue scene piles the spike up in SQS while 5 consumer batches run, then drains it', async ({ page }) => {
    await page.goto('/playground?preset=queue-absorbs-spike&speed=60');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const sqs = page.getByTestId('node-sqs');
    // The spike (30–90 s) sends 200 jobs a second against about 100 a second of consumers.
    await expect(sqs).toContainText(/[1-9],\d{3} waiting · 5 batches running/, { timeout: 20_000 });
    // It has drained well before the 300 s run ends.
    await expect(sqs).toContainText(/(?<![\d,])0 waiting/, { timeout: 20_000 });
    expect(await clockSeconds(page)).toBeLessThan(300);
  });

  test('the playground with a running simulation has no axe violations, in light and then in dark', async ({ page }) => {
    test.slow();
    await page.addInitScript(() => localStorage.setItem('theme', 'light'));
    await page.goto('/playground?rps=20');
    await expect.poll(() => metricValue(page, 'instances'), { timeout: 30_000 }).toBeGreaterThan(0);
    // Paused with environments, dots and numbers on screen: what a running simulation draws, held still for axe.
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
    }
  });
});

test.describe('the article drives the simulator', () => {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ]) {
    test(`at ${width}×${height} a TryIt runs its scene beside the article, with the diagram, Play, the slider and the scene's numbers on screen together`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      const tryIt = page.locator('article a[data-scene]').first();
      await expect(tryIt).toBeVisible();
      const scene = await tryIt.getAttribute('data-scene');
      await expect(slider(page)).toBeVisible({ timeout: 30_000 });
      await tryIt.click();
      await expect(page.locator(`[data-scene="${scene}"]`).filter({ hasNot: page.locator('svg') }).last()).toBeVisible();
      const side = page.getByRole('complementary', { name: 'Live simulator' });
      const watched = side.locator('[data-watch]');
      await expect(watched.first()).toBeVisible();
      for (const target of [side.getByTestId('node-function'), side.getByRole('button', { name: 'Pause', exact: true }), slider(page), ...(await watched.all())]) {
        // Whole (a sub-pixel edge aside: 0.99).
        await expect(target).toBeInViewport({ ratio: 0.99 });
      }
      await expect.poll(() => metricValue(page, 'instances'), { timeout: 30_000 }).toBeGreaterThan(0);
    });
  }

  test('every TryIt tag in the article names a scene that runs', async ({ page }) => {
    // Four or more scene changes after the simulator loads: beyond the default 30 s on a busy CI machine.
    test.slow();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/');
    const scenes = await page.locator('article a[data-scene]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scene')));
    expect(new Set(scenes).size).toBeGreaterThanOrEqual(4);
    await expect(slider(page)).toBeVisible({ timeout: 30_000 });
    for (const scene of new Set(scenes)) {
      await page.locator(`article a[data-scene="${scene}"]`).first().click();
      await expect(page.locator(`p[data-scene="${scene}"]`)).toBeVisible();
    }
  });

  test('predict, then run, from the keyboard: focus lands on the answer, and Guess again returns to the field; a guess of 0 gets a plain answer', async ({ page }) => {
    await page.goto('/');
    const form = page.locator('form').filter({ hasText: 'Predict, then run' }).first();
    const field = form.getByRole('textbox');
    await field.fill('0');
    await field.press('Enter');
    const result = form.getByTestId('predict-result');
    await expect(result).toBeFocused({ timeout: 20_000 });
    await expect(result).toContainText('Not zero: it was');
    await expect(result).not.toContainText('too low');
    // It explains the answer: Little's law's 3,000 × 0.3 s = 900, and why the peak is the limit, not 900.
    const why = result.getByTestId('predict-why');
    await expect(why).toContainText('3,000 × 0.3 s = 900');
    await expect(why).toContainText('concurrency limit');
    await result.getByRole('button', { name: 'Guess again' }).click();
    await expect(field).toBeFocused();
  });

  test('on a 360 px phone the simulator opens as a sheet with a touch slider and no sideways scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/?rps=30');
    await page.getByRole('button', { name: 'Open the live simulator' }).click();
    const sheet = page.getByRole('dialog', { name: 'Live simulator' });
    await expect(sheet).toBeVisible();
    await expect(slider(page)).toBeVisible({ timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect.poll(() => metricValue(page, 'instances'), { timeout: 30_000 }).toBeGreaterThan(0);
    await sheet.getByRole('button', { name: 'Close simulator' }).click();
    await expect(sheet).toBeHidden();
  });

  test('the phone sheet takes focus, closes on Escape and gives focus back to its button', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/');
    const open = page.getByRole('button', { name: 'Open the live simulator' });
    await open.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Live simulator' });
    await expect(sheet.getByRole('button', { name: 'Close simulator' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(open).toBeFocused();
  });
});

