#!/usr/bin/env node
/**
 * Web benchmark: builds the static export (skip with --no-build), serves it with compression and
 * runs Lighthouse 12.2.3 (mobile preset: throttled 4G, 4× CPU slowdown) on each page, printing the
 * scores, CLS and the compressed JavaScript each page loads. A benchmark, not a test: it prints
 * figures and the targets beside them, and exits 0 either way.
 *
 *   npm run bench:web [-- --no-build] [-- --runs 3] [-- /path ...]
 *
 * Lighthouse's simulated throttling scales the CPU time it observes, so on a shared machine one
 * run can be far off; with --runs N (default 3) each figure is the median of N runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath, ensureBuild, serveExport } from './bench-lib.mjs';

const LIGHTHOUSE_VERSION = '12.2.3';
const args = process.argv.slice(2);
const paths = args.filter((a) => a.startsWith('/'));
// Every page a reader can open: the article and its three companions, the docs, the playground, the embed.
const routes = paths.length
  ? paths
  : ['/', '/explanations/serverless/faas', '/explanations/aws/lambda', '/explanations/serverless/baas', '/docs/embedding', '/playground', '/embed/pipeline?rps=20'];
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 1) : 3;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

ensureBuild(args);
const { server, base } = await serveExport(Number(process.env.BENCH_PORT ?? 4180));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

mkdirSync('bench-results', { recursive: true });
const rows = [];
const warnings = new Set();
try {
  for (const route of routes) {
    const samples = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${base}${route}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result.lhr;
      writeFileSync(`bench-results/lighthouse${route === '/' ? '-home' : route.replace(/\W+/g, '-')}.json`, result.report);
      for (const w of lhr.runWarnings ?? []) warnings.add(w.replace(/\s*Learn more.*$/s, ''));
      const requests = lhr.audits['network-requests'].details?.items ?? [];
      const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + (r.transferSize ?? 0), 0);
      samples.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        jsKB: Number((jsBytes / 1024).toFixed(1)),
        // Lighthouse's CPU score for this machine. Below 1,000 Lighthouse warns that the host is
        // slower than the device its 4x slowdown assumes, which lowers the score.
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      });
    }
    const row = { route };
    for (const key of Object.keys(samples[0])) row[key] = median(samples.map((s) => s[key]));
    if (RUNS > 1) row.perfRuns = samples.map((s) => s.performance).join('/');
    rows.push(row);
  }
} finally {
  await chrome.kill();
  server.kill();
}

console.log(`\nLighthouse ${LIGHTHOUSE_VERSION} (mobile preset), served compressed from out/, median of ${RUNS} run${RUNS > 1 ? 's' : ''}`);
console.table(rows);
console.log('Targets: performance ≥ 98, accessibility 100, best practices ≥ 95, SEO 100, CLS ≤ 0.02, JS on first load of / ≤ 150 KB compressed.');
for (const w of warnings) console.log(`Lighthouse warned: ${w}`);
console.log('Full reports: bench-results/lighthouse-*.json');
