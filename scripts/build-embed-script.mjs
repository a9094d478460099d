#!/usr/bin/env node
/**
 * Bundles the <serverless-pipeline> web component (components/embed/serverlessPipelineElement.ts)
 * into public/embed.js before `next build` copies public/ into the export, and prints its size
 * as served (brotli and gzip): the target is at most 6 KB compressed.
 *
 *   node scripts/build-embed-script.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { buildSync } from 'esbuild';

const out = path.join(process.cwd(), 'public', 'embed.js');
const result = buildSync({
  entryPoints: ['components/embed/serverlessPipelineElement.ts'],
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['chrome100', 'firefox100', 'safari15.4'],
  legalComments: 'none',
  write: false,
});
const code = result.outputFiles[0].contents;
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, code);
const br = brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = gzipSync(code, { level: 9 }).length;
console.log(`embed.js: wrote public/embed.js (${(code.length / 1024).toFixed(1)} KB, ${(br / 1024).toFixed(1)} KB brotli, ${(gz / 1024).toFixed(1)} KB gzip; target ≤ 6 KB compressed)`);
