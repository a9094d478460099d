/**
 * Draws public/social-preview.png (1200 × 630), the picture a link to the site shows on social
 * sites and chat apps: the site's name over the pipeline diagram, from the same drawing the
 * article uses. Run it when the diagram or the name changes (`npm run social-image`); the PNG is
 * committed, so a build needs no browser.
 */
import { writeFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from '@playwright/test';
import { PipelineSvg } from '../components/pipeline/PipelineSvg';
import { lightPalette } from '../components/pipeline/palette';

const svg = renderToStaticMarkup(<PipelineSvg layout="wide" palette={lightPalette} idPrefix="og" standalone title="Client, API Gateway, Lambda and DynamoDB" />);
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;gap:28px;padding:0 70px;box-sizing:border-box;background:#f5f7fb;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1c2230}
h1{margin:0;font-size:64px;letter-spacing:-1px}p{margin:0;font-size:30px;color:#4b5567}svg{width:100%;height:auto;background:#fff;border:2px solid #d8dee9;border-radius:20px}
</style></head><body><h1>Serverless, Explained</h1><p>Cold starts, scaling and pay-per-use, live in your browser</p>${svg}</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
writeFileSync(new URL('../public/social-preview.png', import.meta.url), await page.screenshot({ type: 'png' }));
await browser.close();
console.log('social-image: wrote public/social-preview.png');
