import { expect, test } from './fixtures';

// Tracing snapshots the article's DOM at every action and poll, in tasks of 100 ms and more on the
// page's thread: off in this file, so the long tasks counted are the page's own.
test.use({ trace: 'off' });

test('predict, then run: the guess is compared with the engine, which runs off the main thread', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const form = page.locator('form').filter({ hasText: 'Predict, then run' }).first();
  await form.scrollIntoViewIfNeeded();
  await form.getByRole('textbox').fill('100');
  // Every main-thread task over 50 ms from the guess to the answer (the scene ran on the page's thread before: ~250 ms),
  // counted once the page has settled (the simulator beside the article loads its panels while the reader scrolls).
  await page.evaluate(
    () =>
      new Promise<void>((settled) => {
        const w = window as unknown as { longTasks: number[] };
        let quietSince = performance.now();
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => {
            quietSince = performance.now();
            w.longTasks?.push(Math.round(e.duration));
          }),
        ).observe({ type: 'longtask', buffered: true });
        const check = () => {
          if (performance.now() - quietSince < 1000) return setTimeout(check, 100);
          w.longTasks = [];
          settled();
        };
        check();
      }),
  );
  await form.getByRole('button', { name: 'Lock in and run' }).click();
  const result = form.getByTestId('predict-result');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toContainText('You said');
  expect(Number(await result.locator('[data-actual]').getAttribute('data-actual'))).toBeGreaterThan(0);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  test.info().annotations.push({ type: 'long tasks (ms) while the scene ran', description: JSON.stringify(longTasks) });
  // Unloaded, the longest is the click's own handling and the table of contents re-measuring the
  // grown article (25–40 ms: none is reported); a scene run on this thread is one task of 250 ms
  // or more. The margin is for a CI machine running two browsers at once (npm run bench:ui prints the figure).
  expect(Math.max(0, ...longTasks)).toBeLessThan(120);
});
