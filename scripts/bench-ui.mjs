#!/usr/bin/env node
/**
 * UI benchmark: frame rate at 10,000 requests/s at 60×, slider-to-screen latency, memory growth
 * over a long run, the JavaScript each page loads (compressed, as served), and the main thread's
 * longest task while "Predict, then run" runs its scene. Prints figures; it
 * is not a test. Runs against the static export (builds it unless --no-build).
 *
 *   npm run bench:ui [-- --no-build] [-- --minutes 10]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, ensureBuild, serveExport } from './bench-lib.mjs';

const args = process.argv.slice(2);
const minutesArg = args.indexOf('--minutes');
const minutes = minutesArg >= 0 ? Number(args[minutesArg + 1]) : 2;

ensureBuild(args);
const { server, base } = await serveExport(4181);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });

const results = {};
try {
  // 1. JavaScript per page, compressed as served (brotli).
  // On a phone the article loads no simulator until asked; on a wide screen it follows at idle.
  for (const [name, path, ready, width] of [
    ['article / first load, phone', '/', null, 390],
    ['article / with the simulator, wide screen', '/', 'slider', 1400],
    ['playground with the simulator', '/playground', 'slider', 1400],
    ['embed with the simulation', '/embed/pipeline', 'slider', 800],
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    let bytes = 0;
    page.on('response', async (res) => {
      const type = res.request().resourceType();
      if (type !== 'script' && !res.url().endsWith('.js')) return;
      const size = Number((await res.headerValue('content-length')) ?? 0);
      bytes += size;
    });
    await page.goto(base + path, { waitUntil: 'load' });
    if (ready) await page.getByRole('slider', { name: /Traffic/ }).first().waitFor({ timeout: 20_000 });
    else await page.waitForTimeout(500);
    await page.waitForTimeout(1500);
    results[`JS ${name} (KB, compressed)`] = (bytes / 1024).toFixed(1);
    await page.close();
  }

  // 2. Frame rate at 10,000 requests/s and 60×, main thread.
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${base}/playground?rps=10000&speed=60&seed=1`);
  await page.getByRole('button', { name: 'Pause', exact: true }).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(2000);
  const frames = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const times = [];
        const start = performance.now();
        const tick = (t) => {
          times.push(t);
          if (t - start < 10_000) requestAnimationFrame(tick);
          else resolve(times);
        };
        requestAnimationFrame(tick);
      }),
  );
  const intervals = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const medianInterval = intervals[Math.floor(intervals.length / 2)];
  const p95Interval = intervals[Math.floor(intervals.length * 0.95)];
  results['fps median at 10,000 req/s, 60×'] = (1000 / medianInterval).toFixed(1);
  results['frame time p95 (ms)'] = p95Interval.toFixed(1);
  results['fps average'] = ((frames.length - 1) / ((frames.at(-1) - frames[0]) / 1000)).toFixed(1);
  const achieved = await page.locator('text=/keeps up with about/').first().textContent().catch(() => null);
  if (achieved) results['engine speed note'] = achieved.trim();

  // 3. Slider move → on screen: keydown to the next painted frame after the readout changes.
  const latencies = [];
  const s = page.getByRole('slider', { name: /Traffic/ }).first();
  await s.focus();
  for (let i = 0; i < 10; i++) {
    const key = i % 2 ? 'ArrowRight' : 'ArrowLeft';
    const ms = await page.evaluate(
      (k) =>
        new Promise((resolve) => {
          const el = document.querySelector('[role="slider"]');
          const before = el.getAttribute('aria-valuenow');
          const t0 = performance.now();
          const obs = new MutationObserver(() => {
            if (el.getAttribute('aria-valuenow') !== before) {
              obs.disconnect();
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
            }
          });
          obs.observe(el, { attributes: true });
          el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
        }),
      key,
    );
    latencies.push(ms);
  }
  latencies.sort((a, b) => a - b);
  results['slider → screen median (ms)'] = latencies[Math.floor(latencies.length / 2)].toFixed(1);
  results['slider → screen max (ms)'] = latencies.at(-1).toFixed(1);

  // 4. Memory over a long run at 1,000 requests/s, 60×.
  await page.goto(`${base}/playground?rps=1000&speed=60&seed=1`);
  await page.getByRole('button', { name: 'Pause', exact: true }).waitFor({ timeout: 20_000 });
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
  };
  await page.waitForTimeout(15_000);
  const first = await heap();
  const samples = [first];
  const end = Date.now() + minutes * 60_000;
  while (Date.now() < end) {
    await page.waitForTimeout(30_000);
    samples.push(await heap());
  }
  results[`main-thread heap after 15 s (MB)`] = first.toFixed(1);
  results[`heap growth over ${minutes} min (MB)`] = (samples.at(-1) - first).toFixed(2);
  results['heap max (MB)'] = Math.max(...samples).toFixed(1);

  // 5. Predict, then run: main-thread long tasks from a guess to its answer (the run is in a worker).
  const longest = [];
  const answers = [];
  for (let i = 0; i < 5; i++) {
    const article = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await article.goto(`${base}/`, { waitUntil: 'networkidle' });
    const form = article.locator('form').filter({ hasText: 'Predict, then run' }).first();
    await form.scrollIntoViewIfNeeded();
    await form.getByRole('textbox').fill('100');
    // Counted from a quiet page (no long task for a second), so the simulator's own start-up is not counted.
    await article.evaluate(
      () =>
        new Promise((settled) => {
          let quietSince = performance.now();
          new PerformanceObserver((list) =>
            list.getEntries().forEach((e) => {
              quietSince = performance.now();
              window.__longTasks?.push(e.duration);
            }),
          ).observe({ type: 'longtask', buffered: true });
          const check = () => {
            if (performance.now() - quietSince < 1000) return setTimeout(check, 100);
            window.__longTasks = [];
            settled();
          };
          check();
        }),
    );
    const t0 = Date.now();
    await form.getByRole('button', { name: 'Lock in and run' }).click();
    await form.getByTestId('predict-result').waitFor({ timeout: 30_000 });
    answers.push(Date.now() - t0);
    await article.waitForTimeout(300);
    longest.push(Math.max(0, ...(await article.evaluate(() => window.__longTasks))));
    await article.close();
  }
  results['predict: guess → answer median (ms)'] = answers.sort((a, b) => a - b)[2].toFixed(0);
  results['predict: longest main-thread task per guess (ms, 0 = none over 50)'] = longest.map((x) => x.toFixed(0)).join(' / ');
} finally {
  await browser.close();
  server.kill();
}

console.log('\nUI benchmark (headless Chromium, this machine)');
console.table(results);
console.log('Targets: ≥ 55 fps median at 10,000 req/s at 60×; slider → screen ≤ 100 ms; heap growth < 20 MB over 10 minutes; no main-thread task over 50 ms when a reader guesses.');
