import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';

/** A table cell's raw number (the cell shows it formatted). */
async function cell(page: Page, metric: string, side: 'a' | 'b'): Promise<number> {
  return Number(await page.locator(`[data-compare-table] [data-metric="${metric}"][data-side="${side}"]`).getAttribute('data-value'));
}
const whole = (s: string) => Number(s.replace(/,/g, ''));

test.describe('compare mode', () => {
  test('one URL shows both setups fed identical arrivals, and the stated difference matches the two readouts', async ({ page }) => {
    // Two live simulations, then back to one and into compare mode again: beyond 45 s on a loaded CI machine.
    test.slow();
    await page.goto('/playground?rps=40&speed=10&compare=provisioned:10');
    await expect(page.getByRole('heading', { name: /^Setup A/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Setup B: 10 provisioned/ })).toBeVisible();
    await expect.poll(() => cell(page, 'requests', 'a'), { timeout: 30_000 }).toBeGreaterThan(300);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    // Paused, every frame is shown: both sides hold still at the same moment.
    await expect.poll(async () => (await cell(page, 'requests', 'a')) - (await cell(page, 'requests', 'b'))).toBe(0);
    expect(await cell(page, 'requests', 'a')).toBeGreaterThan(300);

    const [costA, costB] = [await cell(page, 'cost', 'a'), await cell(page, 'cost', 'b')];
    const [coldA, coldB] = [await cell(page, 'coldStarts', 'a'), await cell(page, 'coldStarts', 'b')];
    expect(costA).toBeGreaterThan(0);
    const sentence = (await page.locator('[data-compare-difference]').textContent()) ?? '';
    const cost = /^B cost (\d+)% (less|more) than A/.exec(sentence);
    expect(cost, sentence).not.toBeNull();
    expect(Number(cost![1])).toBe(Math.round((Math.abs(costB - costA) / costA) * 100));
    expect(cost![2]).toBe(costB < costA ? 'less' : 'more');
    const colds = /had ([\d,]+) cold starts? against ([\d,]+)/.exec(sentence) ?? /the same number of cold starts \(([\d,]+)\)/.exec(sentence);
    expect(colds, sentence).not.toBeNull();
    expect(colds![2] === undefined ? [whole(colds![1]), whole(colds![1])] : [whole(colds![2]), whole(colds![1])]).toEqual([coldA, coldB]);
    // Ten environments ready ahead take the first requests: B starts fewer environments on demand.
    expect(coldB).toBeLessThan(coldA);

    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // What B changes is in the URL; one setup again drops it.
    await page.getByLabel('B differs in').selectOption('memory');
    await expect(page.getByRole('heading', { name: /^Setup B: 2,048 MB/ })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('memory:2048');
    await page.getByRole('button', { name: 'Back to one setup' }).click();
    await expect(page.getByRole('heading', { name: 'Live simulator' })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBeNull();
    expect(new URL(page.url()).searchParams.get('rps')).toBe('40');
    await page.getByRole('button', { name: 'Compare two setups' }).click();
    await expect(page.getByRole('heading', { name: /^Setup B/ })).toBeVisible();
  });

  test('an embed with compare= shows both setups, fed the same requests', async ({ page }) => {
    await page.goto('/embed/pipeline?rps=30&compare=platform:cloudflare-workers&speed=10');
    await expect(page.getByRole('heading', { name: /^Setup A: Lambda, on demand/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Setup B: Cloudflare Workers, up to 100 requests per instance/ })).toBeVisible();
    await expect.poll(() => cell(page, 'requests', 'b'), { timeout: 30_000 }).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(async () => (await cell(page, 'requests', 'a')) - (await cell(page, 'requests', 'b'))).toBe(0);
    // An isolate takes many requests: Workers needs far fewer instances than one environment per request in progress.
    expect(await cell(page, 'instances', 'b')).toBeLessThan(await cell(page, 'instances', 'a'));
  });

  test('one setup on another platform names it, draws instances as they fill, and passes axe', async ({ page }) => {
    // Axe over the whole playground takes a while on a busy two-core machine.
    test.setTimeout(90_000);
    await page.goto('/playground?platform=cloud-run&rps=200&speed=10');
    await expect(page.getByTestId('node-function')).toContainText('Cloud Run service');
    await expect(page.getByTestId('node-gateway')).toContainText('HTTPS endpoint');
    await expect(page.getByText('busy, filled as far as it is full')).toBeVisible();
    await expect.poll(() => page.locator('[data-metric="instances"]').first().getAttribute('data-value'), { timeout: 30_000 }).not.toBe('0');
    // Paused, the page holds still while axe reads it.
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});
