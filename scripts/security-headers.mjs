#!/usr/bin/env node
/**
 * After `next build` (and compile-hints): gives every exported page a strict Content-Security-
 * Policy computed from the page itself, and writes the headers a static host should send.
 *
 * Nothing here lists scripts or styles by hand. Each page's inline scripts (the theme script, the
 * framework's `self.__next_f.push(…)` payloads, whatever a later change adds) are read from the
 * exported HTML with a real HTML parser and allowed by their SHA-256 hash, so the policy needs no
 * 'unsafe-inline' and follows every build. Styles come from stylesheets on our origin; an inline
 * `<style>` element or `style` attribute, should one appear, is allowed by hash too (attributes
 * need 'unsafe-hashes'), site-wide, because a client-side navigation brings another page's HTML
 * into the one document. The build prints how many there are: the goal is none.
 *
 * Two places carry the policy:
 * - a `<meta http-equiv="Content-Security-Policy">` first in each page's <head>, for hosts that
 *   send no headers (GitHub Pages, a bare S3 bucket). A meta policy cannot say frame-ancestors,
 *   report-uri/report-to or sandbox, and covers only what comes after it in the page;
 * - out/_headers (Netlify, Cloudflare Pages): the same policy plus frame-ancestors for each page,
 *   nosniff and the referrer policy everywhere, a year's immutable caching for the hashed assets.
 *   `npm start` (scripts/serve.mjs) serves with this file, so the tests run under it.
 * Both are enforced together where both arrive; they agree.
 *
 *   node scripts/security-headers.mjs [out]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';

/** Pages any site may frame: the embeds. Every other page may be framed by this site only. */
export const FRAMABLE = /^\/embed\//;

/** Sent with every response. */
export const COMMON_HEADERS = {
  // A file is only ever what its Content-Type says (no script or style sniffed from a JSON or SVG).
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn the origin a reader came from, never the page or its query (scene parameters).
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Where the file names carry a content hash: a new build never reuses a URL, so caches may keep them. */
export const IMMUTABLE_PATH = '/_next/static/*';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Cloudflare Pages' limits on a _headers file (Netlify's are looser). */
const MAX_RULES = 100;
const MAX_HEADER_CHARS = 2000;

const JS_TYPES = /^(|text\/javascript|application\/javascript|module|importmap|speculationrules)$/i;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline code of one page, as the browser will see it: the text of each inline script it
 * would run and each <style> element, every style attribute (entity-decoded), and where in the
 * source the policy's <meta> must go (right after <meta charset>, before anything it governs).
 * Throws on an inline event handler or a javascript: URL, which no hash-based policy should allow.
 */
export function inlineCode(html, file = 'page') {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const found = { scripts: [], styles: [], styleAttributes: [], insertAt: -1 };
  let head = null;
  const text = (node) => (node.childNodes ?? []).map((c) => (c.nodeName === '#text' ? c.value : '')).join('');
  const visit = (node) => {
    if (node.nodeName === 'head' && node.sourceCodeLocation?.startTag) head = node;
    for (const attr of node.attrs ?? []) {
      const name = attr.name.toLowerCase();
      if (name === 'style') found.styleAttributes.push(attr.value);
      else if (name.startsWith('on')) throw new Error(`security-headers: ${file} has an inline event handler (<${node.nodeName} ${attr.name}="…">), which the CSP refuses: attach the listener in code.`);
      else if (/^(href|src|action|formaction|xlink:href)$/.test(name) && /^\s*javascript:/i.test(attr.value)) {
        throw new Error(`security-headers: ${file} has a javascript: URL (<${node.nodeName} ${attr.name}>), which the CSP refuses.`);
      }
    }
    if (node.nodeName === 'script') {
      const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value]));
      if (attrs.src === undefined && JS_TYPES.test((attrs.type ?? '').trim())) found.scripts.push(text(node));
    } else if (node.nodeName === 'style') found.styles.push(text(node));
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content); // <template>
  };
  visit(doc);
  if (!head) throw new Error(`security-headers: ${file} has no <head> in its source; cannot place the policy.`);
  // After <meta charset> when it opens the head (it must stay in the first 1024 bytes), else first.
  const first = head.childNodes.find((c) => c.nodeName !== '#text' && c.nodeName !== '#comment');
  const charsetFirst = first?.nodeName === 'meta' && first.attrs.some((a) => a.name.toLowerCase() === 'charset');
  found.insertAt = charsetFirst ? first.sourceCodeLocation.endOffset : head.sourceCodeLocation.startTag.endOffset;
  return found;
}

/**
 * The policy for one page. `framable` leaves out frame-ancestors (any site may embed the page);
 * `meta` leaves it out too, because a <meta> policy may not carry it.
 */
export function contentSecurityPolicy({ scriptHashes = [], styleHashes = [], styleAttributeHashes = [], framable = false, meta = false }) {
  const styleSources = ["'self'", ...styleHashes, ...(styleAttributeHashes.length ? ["'unsafe-hashes'", ...styleAttributeHashes] : [])];
  const directives = [
    "default-src 'self'",
    // Our own files and this page's own inline scripts, by hash; no eval of any kind.
    ['script-src', "'self'", ...scriptHashes].join(' '),
    ['style-src', ...new Set(styleSources)].join(' '),
    // data: for the Embed dialog's PNG export, which draws the diagram's SVG through an <img>.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The simulation engine runs in a Web Worker loaded from our own origin.
    "worker-src 'self'",
    // The docs and the Embed dialog show our own embeds in iframes.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  if (!framable && !meta) directives.push("frame-ancestors 'self'");
  return directives.join('; ');
}

/** A page file's URL paths: `a/b.html` → `/a/b` and `/a/b.html`; `index.html` → `/` and `/index.html`. */
export function urlPaths(relativeFile) {
  const file = `/${relativeFile.split(path.sep).join('/')}`;
  const clean = file.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1');
  return [...new Set([clean || '/', file])];
}

/** The policy's <meta>, placed where `inlineCode` said (an existing one is replaced: idempotent). */
export function withMetaPolicy(html, policy, insertAt) {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`;
  const existing = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
  return existing.test(html) ? html.replace(existing, tag) : html.slice(0, insertAt) + tag + html.slice(insertAt);
}

/** The `_headers` file (Netlify and Cloudflare Pages read the same format). No header is set by two rules that can match one path: Netlify lets the later rule win, Cloudflare joins the values, and a joined CSP would be two policies. */
export function headersFile(pages) {
  const rules = [
    ['/*', COMMON_HEADERS],
    [IMMUTABLE_PATH, { 'Cache-Control': IMMUTABLE_CACHE }],
    ...pages.flatMap(({ urls, policy, framable }) => urls.map((url) => [url, { 'Content-Security-Policy': policy, ...(framable ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }) }])),
  ];
  const lines = ['# Generated by scripts/security-headers.mjs from the exported pages (npm run build): do not edit.', ''];
  for (const [url, headers] of rules) {
    lines.push(url, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), '');
  }
  return { text: lines.join('\n'), rules: rules.length, longest: Math.max(...rules.flatMap(([, h]) => Object.entries(h).map(([n, v]) => n.length + 2 + v.length))) };
}

/** Adds the policies to every page under `dir` and writes `dir/_headers`; returns what it did. */
export function secure(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const pages = files.map((file) => {
    const html = readFileSync(path.join(dir, file), 'utf8');
    return { file, html, urls: urlPaths(file), code: inlineCode(html, file) };
  });
  // Styles site-wide (see the header comment); scripts per page.
  const styleHashes = [...new Set(pages.flatMap((p) => p.code.styles.map(sha256)))].sort();
  const styleAttributeHashes = [...new Set(pages.flatMap((p) => p.code.styleAttributes.map(sha256)))].sort();
  const secured = pages.map((page) => {
    const framable = page.urls.some((u) => FRAMABLE.test(u));
    const scriptHashes = [...new Set(page.code.scripts.map(sha256))];
    const policy = { scriptHashes, styleHashes, styleAttributeHashes, framable };
    writeFileSync(path.join(dir, page.file), withMetaPolicy(page.html, contentSecurityPolicy({ ...policy, meta: true }), page.code.insertAt));
    return { urls: page.urls, framable, scripts: scriptHashes.length, policy: contentSecurityPolicy(policy) };
  });
  const headers = headersFile(secured);
  writeFileSync(path.join(dir, '_headers'), headers.text);
  return { pages: secured, styleElements: styleHashes.length, styleAttributes: styleAttributeHashes.length, rules: headers.rules, longest: headers.longest };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'out';
  const result = secure(dir);
  if (result.pages.length === 0) {
    console.error(`security-headers: no pages found in ${dir}/ (is it a static export?)`);
    process.exit(1);
  }
  const scripts = result.pages.map((p) => p.scripts);
  console.log(
    `security-headers: ${result.pages.length} pages, ${Math.min(...scripts)}–${Math.max(...scripts)} inline scripts each allowed by hash; ` +
      `${result.styleElements} inline <style> elements and ${result.styleAttributes} distinct style attributes allowed by hash; ${dir}/_headers has ${result.rules} rules`,
  );
  if (result.styleAttributes > 0) console.warn('security-headers: style attributes need \'unsafe-hashes\'; prefer a class (see README, "Deploying").');
  if (result.rules > MAX_RULES || result.longest > MAX_HEADER_CHARS) {
    console.warn(`security-headers: Cloudflare Pages reads at most ${MAX_RULES} rules of at most ${MAX_HEADER_CHARS} characters a header; this file has ${result.rules}, the longest header ${result.longest}.`);
  }
}
