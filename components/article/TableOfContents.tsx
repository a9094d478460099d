import type { Heading } from '@/content/outline';

/** The page's sections as links; ScrollSpy marks the one being read. */
export function TableOfContents({ headings, id }: { headings: Heading[]; id: string }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby={`${id}-label`} data-toc="">
      <p id={`${id}-label`} className="mb-2 text-xs font-semibold tracking-wider text-[var(--muted-fg)] uppercase">
        On this page
      </p>
      <ul className="space-y-0.5 text-sm">
        {headings.map((h) => (
          <li key={h.id}>
            <a
              href={`#${h.id}`}
              className={`block border-l-2 border-transparent py-1 text-[var(--muted-fg)] hover:text-[var(--page-fg)] ${h.depth === 3 ? 'pl-6' : 'pl-3'}`}
            >
              {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
