import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * E2E tests run against the built static export (npm run build → out/), served by
 * scripts/serve.mjs. The browser is Debian's Chromium where it exists (CHROMIUM_PATH overrides),
 * else Playwright's own download, so the suite runs on CI and on a laptop alike.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4174);
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const TRACE_MODES = ['on', 'off', 'retain-on-failure', 'on-first-retry', 'on-all-retries', 'retain-on-first-failure'] as const;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  // npm test (scripts/test.mjs) asks for a JSON report, which it sums into its closing line.
  reporter: process.env.PLAYWRIGHT_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_REPORT }]] : [['list']],
  // Two workers on two cores, each page with its engine worker and live figures: hydration can take
  // several seconds, so assertions wait up to 15 s (default 5) and tests up to 45 s (default 30).
  timeout: 45_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace costs every test about a third more time on two cores (measured: the site
    // specs 147 s with a trace per test against 97 s, the figure specs 169 s against 131 s): CI
    // records one only for a failed test's retry. Locally, `E2E_TRACE=retain-on-failure npx
    // playwright test` keeps one for every failure.
    trace: TRACE_MODES.find((m) => m === process.env.E2E_TRACE) ?? 'on-first-retry',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // A docs site on another origin, for the embed tests; its pages take the site's address as %SITE%.
      command: `node scripts/serve.mjs --port ${HOST_PORT} --dir tests/e2e/host --set SITE=http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
