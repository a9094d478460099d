#!/usr/bin/env node
/**
 * Screenshots of pages in light and dark, desktop and phone, for a human look:
 *   node scripts/screenshots.mjs [baseUrl] [outDir] [path ...]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './bench-lib.mjs';

const [base = 'http://127.0.0.1:4173', outDir = 'test-results/screens', ...paths] = process.argv.slice(2);
const routes = paths.length ? paths : ['/', '/explanations/aws/lambda'];
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const route of routes) {
  for (const theme of ['light', 'dark']) {
    for (const [name, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
      const page = await browser.newPage({ viewport, colorScheme: theme });
      await page.goto(base + route, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const file = `${outDir}/${route.replace(/\W+/g, '_') || 'home'}-${theme}-${name}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
