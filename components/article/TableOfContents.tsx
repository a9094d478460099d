import { escapeHtml } from '@/components/site/escapeHtml';
import type { Heading } from '@/content/outline';

/**
 * The page's sections as links; ScrollSpy marks the one being read. The list is static, so it is
 * handed to React as one HTML string (as the prose is, see content/rehype-static-html.mjs): the
 * page's data carries a string instead of an element per link, and hydration skips the links.
 */
export function TableOfContents({ headings, id }: { headings: Heading[]; id: string }) {
  if (headings.length === 0) return null;
  const items = headings
    .map(
      (h) =>
        `<li><a href="#${escapeHtml(h.id)}" class="block border-l-2 border-transparent py-1 text-[var(--muted-fg)] hover:text-[var(--page-fg)] ${h.depth === 3 ? 'pl-6' : 'pl-3'}">${escapeHtml(h.text)}</a></li>`,
    )
    .join('');
  return (
    <nav aria-labelledby={`${id}-label`} data-toc="">
      <p id={`${id}-label`} className="mb-2 text-xs font-semibold tracking-wider text-[var(--muted-fg)] uppercase">
        On this page
      </p>
      <ul className="space-y-0.5 text-sm" dangerouslySetInnerHTML={{ __html: items }} />
    </nav>
  );
}
