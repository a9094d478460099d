/**
 * Inline definitions for jargon. The first use of a term on each page is wrapped in
 * `<Term id="...">text</Term>`; the id picks an entry of `glossary.json`. Definitions are plain
 * text, one or two sentences, written for a reader who is new to the cloud. The entries live in
 * JSON so that the MDX build (`rehype-static-html.mjs`, which turns each <Term> into its button
 * and popover) reads the same list as this typed view.
 */
import entries from './glossary.json';

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export type TermId = keyof typeof entries;

export const glossary: Readonly<Record<TermId, GlossaryEntry>> = entries;
