import { readFileSync } from 'node:fs';
import { pages } from '../../content/manifest';

/** Which inline figures each page's prose places, read from its MDX (so a new figure is tested without a list to keep). */
export const figurePages: { path: string; figures: string[] }[] = pages
  .map((p) => ({
    path: p.route,
    figures: [...readFileSync(new URL(`../../content/${p.file}.mdx`, import.meta.url), 'utf8').matchAll(/<Figure id="([^"]+)"/g)].map((m) => m[1]),
  }))
  .filter((p) => p.figures.length > 0);
