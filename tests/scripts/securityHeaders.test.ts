import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineCode, secure, urlPaths } from '@/scripts/security-headers.mjs';

/** What the browser hashes for 'sha256-…': the UTF-8 bytes of the script's or style's text. */
const hash = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('inlineCode', () => {
  it('finds what the browser would run inline, and nothing it would not', () => {
    const html = page(
      `<script src="/_next/static/a.js" async=""></script><script>self.__next_f.push([1,"x<\\/b>"])</script>` +
        `<script type="application/ld+json">{"a":1}</script><script type="module">import "/m.js"</script><style>.a{color:red}</style>`,
      `<p style="color:&quot;red&quot;;--x:a&amp;b">x</p><template><script>t()</script></template><svg><style>.s{}</style></svg>`,
    );
    const found = inlineCode(html);
    expect(found.scripts).toEqual(['self.__next_f.push([1,"x<\\/b>"])', 'import "/m.js"', 't()']);
    expect(found.styles).toEqual(['.a{color:red}', '.s{}']);
    // Attribute values as the browser reads them, entities decoded.
    expect(found.styleAttributes).toEqual(['color:"red";--x:a&b']);
    // Right after <meta charset>, before the first script.
    expect(html.slice(0, found.insertAt)).toMatch(/<meta charSet="utf-8"\/>$/);
  });

  it('refuses inline event handlers and javascript: URLs, which no hash should allow', () => {
    expect(() => inlineCode(page('', '<button onclick="go()">x</button>'), 'a.html')).toThrow(/a\.html has an inline event handler \(<button onclick/);
    expect(() => inlineCode(page('', '<a href=" JavaScript:go()">x</a>'), 'b.html')).toThrow(/b\.html has a javascript: URL/);
  });
});

describe('urlPaths', () => {
  it('maps export files to the URLs a static host serves them at', () => {
    expect(urlPaths('index.html')).toEqual(['/', '/index.html']);
    expect(urlPaths(path.join('explanations', 'aws', 'lambda.html'))).toEqual(['/explanations/aws/lambda', '/explanations/aws/lambda.html']);
    expect(urlPaths(path.join('docs', 'index.html'))).toEqual(['/docs/', '/docs/index.html']);
  });
});

describe('secure: an export directory', () => {
  function exportDir() {
    const dir = mkdtempSync(path.join(tmpdir(), 'csp-'));
    mkdirSync(path.join(dir, 'embed'));
    writeFileSync(path.join(dir, 'index.html'), page('<script>theme()</script>', '<p style="color:red">a</p>'));
    writeFileSync(path.join(dir, 'playground.html'), page('<script>theme()</script><script>boot(1)</script>'));
    writeFileSync(path.join(dir, 'embed', 'pipeline.html'), page('<script>theme()</script><script>boot(2)</script>'));
    return dir;
  }
  /** Rules of a _headers file: [path pattern, { header: value }]. */
  function rules(text: string): [RegExp, Record<string, string>][] {
    const out: [RegExp, Record<string, string>][] = [];
    for (const line of text.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      if (!line.startsWith(' ')) out.push([new RegExp(`^${line.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`), {}]);
      else out.at(-1)![1][line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
    }
    return out;
  }

  it('gives each page a policy with its own script hashes, and writes _headers to match', () => {
    const dir = exportDir();
    secure(dir);
    const headers = rules(readFileSync(path.join(dir, '_headers'), 'utf8'));
    const policyOf = (url: string) => headers.filter(([re]) => re.test(url)).map(([, h]) => h['Content-Security-Policy']).filter(Boolean);

    const playground = policyOf('/playground');
    expect(playground).toHaveLength(1);
    expect(playground[0]).toContain(`script-src 'self' ${hash('theme()')} ${hash('boot(1)')};`);
    expect(playground[0]).not.toContain(hash('boot(2)'));
    expect(playground[0]).toContain("frame-ancestors 'self'");
    // A style attribute on any page is allowed on every page (client-side navigation), by hash.
    expect(playground[0]).toContain(`style-src 'self' 'unsafe-hashes' ${hash('color:red')};`);

    const embed = policyOf('/embed/pipeline');
    expect(embed).toHaveLength(1);
    expect(embed[0]).toContain(hash('boot(2)'));
    expect(embed[0]).not.toContain('frame-ancestors');

    // The <meta> says the same, minus frame-ancestors, which a <meta> may not carry.
    const html = readFileSync(path.join(dir, 'playground.html'), 'utf8');
    const meta = /<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"\/><script>/.exec(html);
    expect(meta?.[1]).toBe(playground[0].replace(/; frame-ancestors 'self'$/, ''));
  });

  it('never sets one header in two rules that match the same path (Netlify keeps one, Cloudflare joins them into two policies)', () => {
    const dir = exportDir();
    secure(dir);
    const headers = rules(readFileSync(path.join(dir, '_headers'), 'utf8'));
    for (const url of ['/', '/index.html', '/playground', '/playground.html', '/embed/pipeline', '/embed/pipeline.html', '/_next/static/chunks/a.js', '/diagrams/x.svg', '/nope']) {
      const names = headers.filter(([re]) => re.test(url)).flatMap(([, h]) => Object.keys(h));
      expect(names.length, url).toBe(new Set(names).size);
      expect(names, url).toContain('X-Content-Type-Options');
    }
  });

  it('is idempotent: a second run leaves the pages and the headers as they were', () => {
    const dir = exportDir();
    secure(dir);
    const first = ['index.html', 'playground.html', '_headers'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
    secure(dir);
    expect(['index.html', 'playground.html', '_headers'].map((f) => readFileSync(path.join(dir, f), 'utf8'))).toEqual(first);
  });
});
