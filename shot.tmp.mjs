// usage: node shot.mjs url out.png [width] [height] [theme] [selector] [waitMs] [extra-js] [reducedMotion]
import { chromium } from '@playwright/test';
const [url, out, w = '1440', h = '900', theme = 'light', selector = '', wait = '1500', js = '', reduced = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: theme, reducedMotion: reduced ? 'reduce' : 'no-preference' });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
if (selector) { for (let i = 0; i < 3; i++) { await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' })); await page.waitForTimeout(300); } }
if (js) await page.evaluate(js);
await page.waitForTimeout(+wait);
await page.screenshot({ path: out });
await browser.close();
