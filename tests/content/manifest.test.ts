import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { animatedDiagramFiles, diagramFiles } from '@/components/embed/diagramFiles';
import { glossary } from '@/content/glossary';
import { neighbours, pages } from '@/content/manifest';
import { outline } from '@/content/outline';

const source = (file: string) => readFileSync(`content/${file}.mdx`, 'utf8');

describe('content manifest', () => {
  it('has unique routes, each backed by an MDX file', () => {
    expect(new Set(pages.map((p) => p.route)).size).toBe(pages.length);
    for (const p of pages) expect(existsSync(`content/${p.file}.mdx`), p.file).toBe(true);
  });

  it('credits the seed article on the main page', () => {
    const home = pages.find((p) => p.route === '/')!;
    expect(home.basedOn).toMatchObject({ author: 'Fer Sigüenza', date: '2025-07-02' });
  });

  it('chains previous/next links in reading order', () => {
    expect(neighbours(pages[0].route).previous).toBeUndefined();
    expect(neighbours(pages[0].route).next?.route).toBe(pages[1].route);
    expect(neighbours(pages.at(-1)!.route).next).toBeUndefined();
  });
});

describe('MDX pages', () => {
  for (const p of pages) {
    const mdx = source(p.file);

    it(`${p.file}: every <Term> names a glossary entry`, () => {
      const ids = [...mdx.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(Object.keys(glossary), id).toContain(id);
    });

    it(`${p.file}: has a table of contents with unique section ids`, () => {
      const headings = outline(mdx);
      expect(headings.length).toBeGreaterThanOrEqual(3);
      expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
    });

    it(`${p.file}: links only to routes that exist`, () => {
      // The path only: a link may carry a query (the playground's state) or a fragment.
      const internal = [...mdx.matchAll(/\]\((\/[^)#?\s]*)/g)].map((m) => m[1]);
      const known = [...pages.map((q) => q.route), '/playground', ...[...diagramFiles, ...animatedDiagramFiles].map((f) => `/diagrams/${f.name}.svg`)];
      for (const href of internal) expect(known, href).toContain(href);
    });
  }

  it('the main article covers every concept of the seed article', () => {
    const mdx = source('serverless').toLowerCase();
    for (const concept of [
      'still plenty of servers', 'pop-up kitchen', 'recipes', 'cold start', 'pay-per-use', 'auto-scaling', 'statelessness',
      'no server management', 'api gateway', 'dynamodb', 's3', 'sqs', 'sns', 'cost efficiency',
      'operational complexity', 'time to market', 'developer productivity',
    ]) {
      expect(mdx, concept).toContain(concept);
    }
  });
});
