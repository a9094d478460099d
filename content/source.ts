import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageEntry } from './manifest';

/** The raw MDX of a page, read at build time (pages are statically exported). */
export function pageSource(file: PageEntry['file']): string {
  return readFileSync(path.join(process.cwd(), 'content', `${file}.mdx`), 'utf8');
}
