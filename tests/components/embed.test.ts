import { describe, expect, it } from 'vitest';
import { parseEmbedParams, readThemeMessage, serializeEmbedParams } from '@/components/embed/embedParams';
import { embedUrl, iframeSnippet, markdownSnippet, reactSnippet } from '@/components/embed/snippets';

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

  it('the Markdown image picks the matching static SVG and links to the live view', () => {
    expect(markdownSnippet(input)).toBe(
      '[![Serverless pipeline: client → API Gateway → Lambda → DynamoDB, with SNS, SQS and S3](https://example.org/diagrams/pipeline-dark.svg)](https://example.org/playground?rps=40)',
    );
    expect(markdownSnippet({ ...input, skin: 'kitchen', theme: 'light' })).toContain('/diagrams/pipeline-kitchen.svg');
  });
});
