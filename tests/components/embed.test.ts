import { describe, expect, it } from 'vitest';
import { parseEmbedParams, readThemeMessage, serializeEmbedParams } from '@/components/embed/embedParams';
import { readResizeMessage } from '@/components/embed/protocol';
import { elementSnippet, embedUrl, iframeSnippet, markdownSnippet, reactSnippet, readmeSnippet } from '@/components/embed/snippets';

describe('embed parameters', () => {
  it('adds theme, controls and autoplay to the simulator parameters', () => {
    const r = parseEmbedParams('?rps=40&theme=dark&controls=none');
    expect(r.notices).toEqual([]);
    expect(r.embed).toEqual({ theme: 'dark', controls: 'none', autoplay: true });
    expect(r.params.rps).toBe(40);
  });

  it('ignores bad values with a notice and a default', () => {
    const r = parseEmbedParams('?theme=<script>&controls=all&autoplay=maybe');
    expect(r.embed).toEqual({ theme: 'auto', controls: 'traffic', autoplay: false });
    expect(r.notices).toHaveLength(3);
    expect(r.notices.join(' ')).not.toContain('<script>');
  });

  it('round-trips through the embed URL', () => {
    const first = parseEmbedParams('?preset=lunch-rush&skin=kitchen&speed=10&theme=light&controls=full&autoplay=true');
    const again = parseEmbedParams(`?${serializeEmbedParams(first.params, first.embed)}`);
    expect(again).toEqual(first);
  });

  it('names unknown and misspelt parameters, with the one meant', () => {
    const r = parseEmbedParams('?rsp=50&them=dark&control=full&seeds=4&colour=red');
    expect(r.notices).toEqual([
      'Ignored “rsp”: no such parameter; did you mean “rps”?',
      'Ignored “them”: no such parameter; did you mean “theme”?',
      'Ignored “control”: no such parameter; did you mean “controls”?',
      'Ignored “seeds”: no such parameter; did you mean “seed”?',
      expect.stringMatching(/^Ignored “colour”: no such parameter \(this embed reads preset, rps, .*autoplay, and settings such as function\.runtime\)\.$/),
    ]);
    // Nothing misspelt was applied.
    expect(r.params.rps).toBeUndefined();
    expect(r.embed).toEqual({ theme: 'auto', controls: 'traffic', autoplay: false });
  });

  it('never prints a parameter name that is not a plain short word, and lets campaign tags pass', () => {
    const r = parseEmbedParams(`?${encodeURIComponent('<img src=x onerror=alert(1)>')}=1&${'a'.repeat(40)}=2&utm_source=docs&fbclid=abc`);
    expect(r.notices).toHaveLength(2);
    for (const n of r.notices) {
      expect(n).toMatch(/^Ignored a parameter: no such parameter/);
      expect(n).not.toContain('<');
    }
  });

  it('says so when a parameter has no value, and an empty autoplay is no choice', () => {
    const r = parseEmbedParams('?autoplay=&controls=none&preset=lunch-rush');
    expect(r.notices).toEqual(['Ignored “autoplay”: it has no value.']);
    expect(r.embed.autoplay).toBe(false);
    expect(parseEmbedParams('?rps=40&autoplay=').embed.autoplay).toBe(true);
    expect(parseEmbedParams('?rps=').notices).toEqual(['Ignored “rps”: it has no value.']);
  });

  it('reads only well-formed resize messages, as whole pixels', () => {
    expect(readResizeMessage({ type: 'serverless-explained:resize', height: 612.2 })).toBe(613);
    expect(readResizeMessage({ type: 'serverless-explained:resize', height: 1e9 })).toBe(20_000);
    for (const bad of [{ type: 'serverless-explained:resize', height: -1 }, { type: 'serverless-explained:resize', height: NaN }, { type: 'x', height: 5 }, 'serverless-explained:resize', null])
      expect(readResizeMessage(bad)).toBeNull();
  });

  it('accepts only well-formed theme messages', () => {
    expect(readThemeMessage({ type: 'serverless-explained:theme', theme: 'dark' })).toBe('dark');
    expect(readThemeMessage({ type: 'serverless-explained:theme', theme: 'purple' })).toBeNull();
    expect(readThemeMessage({ type: 'other', theme: 'dark' })).toBeNull();
    expect(readThemeMessage('serverless-explained:theme')).toBeNull();
    expect(readThemeMessage(null)).toBeNull();
  });
});

describe('embed snippets', () => {
  const input = { origin: 'https://example.org', query: 'rps=40&theme=dark', viewQuery: 'rps=40', skin: 'cloud' as const, theme: 'dark' as const };

  it('the iframe carries the state, a title, lazy loading and full width', () => {
    const html = iframeSnippet(input);
    expect(html).toContain('src="https://example.org/embed/pipeline?rps=40&amp;theme=dark"');
    expect(html).toMatch(/title="[^"]+"/);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width: 100%');
  });

  it('the React snippet embeds the same URL, listens for resize, and imports its hooks', () => {
    const code = reactSnippet(input);
    expect(code).toContain(embedUrl(input));
    expect(code).toContain('serverless-explained:resize');
    // Under the automatic JSX runtime (Next, Vite, MDX 2+) there is no global React to reach for.
    expect(code.startsWith("import { useEffect, useRef } from 'react';")).toBe(true);
    expect(code).not.toMatch(/React\./);
  });

  it('the web component carries the state as attributes, loads its script, and falls back to the still diagram', () => {
    const html = elementSnippet({ ...input, query: 'rps=40&skin=kitchen&theme=dark&controls=none', skin: 'kitchen' });
    expect(html.split('\n')[0]).toBe('<script src="https://example.org/embed.js" defer></script>');
    expect(html).toContain('<serverless-pipeline rps="40" skin="kitchen" theme="dark" controls="none">');
    expect(html).toContain('<a href="https://example.org/playground?rps=40"><img src="https://example.org/diagrams/pipeline-kitchen-dark.svg" alt="The pop-up kitchen');
    expect(html).toMatch(/width="\d+" height="\d+"/);
    // No inline script or style: strict Content-Security-Policies allow it.
    expect(html).not.toMatch(/<script>|style=/);
  });

  it('the README snippet shows the animated SVGs, dark for dark readers, linked to the live view', () => {
    const html = readmeSnippet({ ...input, skin: 'kitchen' });
    expect(html).toContain('<source media="(prefers-color-scheme: dark)" srcset="https://example.org/diagrams/pipeline-kitchen-animated-dark.svg">');
    expect(html).toContain('<img src="https://example.org/diagrams/pipeline-kitchen-animated.svg"');
    expect(html.startsWith('<a href="https://example.org/playground?rps=40">')).toBe(true);
  });

  it('the Markdown image picks the matching static SVG and links to the live view', () => {
    expect(markdownSnippet(input)).toBe(
      '[![Serverless pipeline: client → API Gateway → Lambda → DynamoDB, with SNS, SQS and S3](https://example.org/diagrams/pipeline-dark.svg)](https://example.org/playground?rps=40)',
    );
    expect(markdownSnippet({ ...input, skin: 'kitchen', theme: 'light' })).toContain('/diagrams/pipeline-kitchen.svg');
  });
});
