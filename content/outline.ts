import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: 2 | 3;
  text: string;
  /** The anchor id; the same slug rehype-slug gives the rendered heading. */
  id: string;
}

/** Lines of the MDX source outside fenced code blocks. */
function proseLines(source: string): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const m = /^\s*(```+|~~~+)/.exec(line);
    if (m) {
      if (fence === null) fence = m[1];
      else if (m[1].startsWith(fence[0]) && m[1].length >= fence.length) fence = null;
      continue;
    }
    if (fence === null) lines.push(line);
  }
  return lines;
}

/** Strips Markdown and JSX syntax from a heading so its text and slug match the rendered one. */
function headingText(raw: string): string {
  return raw
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** The ## and ### headings of an MDX page, in order, with their anchor ids. */
export function outline(source: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (const line of proseLines(source)) {
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = headingText(m[2]);
    headings.push({ depth: m[1].length as 2 | 3, text, id: slugger.slug(text) });
  }
  return headings;
}

/** Reading time in whole minutes at 230 words a minute, counting prose and code, never under 1. */
export function readingMinutes(source: string): number {
  const words = source
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\^[^\]]+\]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 230));
}
