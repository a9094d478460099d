#!/usr/bin/env node
/**
 * Serves the static export in out/ the way a static host or CDN would: clean URLs (/a/b → a/b.html),
 * gzip or brotli when the client accepts it, the export's 404.html for unknown paths, and no
 * directory listings. Used by the Playwright tests and the Lighthouse benchmark.
 *
 * Headers come from the directory's `_headers` file, as Netlify and Cloudflare Pages read it
 * (written by scripts/security-headers.mjs at build): every rule whose path matches the request
 * adds its headers (`*` matches anything, `:name` one segment). So the tests run under exactly the
 * Content-Security-Policy and headers a deployment sends. Like those hosts, the file itself is
 * not served.
 *
 *   node scripts/serve.mjs [--port 4173] [--dir out] [--set NAME=VALUE ...]
 *
 * `--set SITE=http://…` writes VALUE for every %NAME% in the HTML files served: the end-to-end
 * tests' host pages (tests/e2e/host) take the site's address that way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(flag('port', process.env.PORT ?? '4173'));
const root = path.resolve(flag('dir', 'out'));
const sets = args.flatMap((a, i) => (args[i - 1] === '--set' && a.includes('=') ? [[`%${a.slice(0, a.indexOf('='))}%`, a.slice(a.indexOf('=') + 1)]] : []));

if (!existsSync(root)) {
  console.error(`serve: ${root} does not exist. Run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** The `_headers` rules: [matcher, headers], in file order. */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push([new RegExp(`^${pattern}$`), {}]);
    } else if (rules.length) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1)[1][line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}
const HEADERS_FILE = path.join(root, '_headers');
let headerRules = { mtime: -1, rules: [] };
/** The headers `_headers` gives a URL path, later rules winning (re-read after a rebuild). */
function headersFor(urlPath) {
  const mtime = existsSync(HEADERS_FILE) ? statSync(HEADERS_FILE).mtimeMs : 0;
  if (mtime !== headerRules.mtime) headerRules = { mtime, rules: readHeaderRules(HEADERS_FILE) };
  return Object.assign({}, ...headerRules.rules.filter(([re]) => re.test(urlPath)).map(([, h]) => h));
}

/** The file a URL path maps to, or null. Never escapes the root. */
function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const clean = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
  for (const file of candidates) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = resolveFile(url.pathname);
  if (file === HEADERS_FILE) file = null;
  let status = 200;
  if (!file) {
    status = 404;
    file = path.join(root, '404.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Not found');
    }
  }
  const ext = path.extname(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    // A host's default for what _headers leaves unsaid: revalidate before reuse.
    'Cache-Control': 'no-cache',
    ...headersFor(url.pathname),
    Vary: 'Accept-Encoding',
  };
  const accept = String(req.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.has(ext) ? 'identity' : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  const body = encoded(file, encoding);
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

/** Files are compressed once, as a CDN would, so serving never competes with the browser for CPU. */
const cache = new Map();
function encoded(file, encoding) {
  const key = `${encoding}:${file}`;
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(key);
  if (hit && hit.mtime === mtime) return hit.body;
  let raw = readFileSync(file);
  if (sets.length && file.endsWith('.html')) {
    let text = raw.toString('utf8');
    for (const [name, value] of sets) text = text.replaceAll(name, value);
    raw = Buffer.from(text);
  }
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : encoding === 'gzip'
        ? gzipSync(raw, { level: 9 })
        : raw;
  cache.set(key, { mtime, body });
  return body;
}

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}`);
});
