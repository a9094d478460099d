import Link from 'next/link';
import type { PageEntry } from '@/content/manifest';

/** Links to the previous and next pages in reading order. */
export function PrevNext({ previous, next }: { previous?: PageEntry; next?: PageEntry }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next pages" className="mt-12 grid gap-4 print:hidden border-t border-[var(--border)] pt-6 sm:grid-cols-2">
      {previous ? (
        <Link href={previous.route} prefetch={false} className="group rounded-lg border border-[var(--border)] p-4 no-underline hover:border-brand-500">
          <span className="block text-xs text-[var(--muted-fg)]">Previous</span>
          <span className="font-semibold text-[var(--page-fg)] group-hover:text-brand-600 dark:group-hover:text-brand-300">
            ← {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.route} prefetch={false} className="group rounded-lg border border-[var(--border)] p-4 text-right no-underline hover:border-brand-500">
          <span className="block text-xs text-[var(--muted-fg)]">Next</span>
          <span className="font-semibold text-[var(--page-fg)] group-hover:text-brand-600 dark:group-hover:text-brand-300">
            {next.title} →
          </span>
        </Link>
      )}
    </nav>
  );
}
