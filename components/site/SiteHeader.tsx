import Link from 'next/link';
import { pages } from '@/content/manifest';
import { NavLinks } from './NavLinks';
import { ThemeToggle } from './ThemeToggle';

const LINKS = [...pages.map((p) => ({ href: p.route, label: p.navLabel })), { href: '/playground', label: 'Playground' }];

/**
 * The site's header: name, page navigation and the theme switch. On phones it is one row, with
 * the pages and the theme switch behind a Menu disclosure (no script needed), so it takes 56 px
 * instead of three rows and fits a 360 px screen.
 */
export function SiteHeader() {
  return (
    <header className="relative z-20 border-b print:hidden border-[var(--border)] bg-[var(--page-bg)]/95 backdrop-blur sm:sticky sm:top-0">
      <div className="mx-auto flex max-w-[90rem] items-center gap-x-3 px-4 py-2 sm:gap-x-6 sm:px-6">
        <Link href="/" prefetch={false} className="flex shrink-0 items-center gap-2 font-semibold tracking-tight text-[var(--page-fg)] no-underline">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <path d="M4 7h16M4 12h10M4 17h6" stroke="var(--color-brand-500)" strokeWidth="2.5" strokeLinecap="round" />
            <circle cx="19" cy="15.5" r="3" fill="var(--color-brand-500)" />
          </svg>
          Serverless, Explained
        </Link>
        <nav aria-label="Pages" className="ml-auto sm:ml-0">
          <div className="hidden sm:block">
            <NavLinks links={LINKS} />
          </div>
          <details className="group relative sm:hidden">
            <summary className="flex h-9 cursor-pointer list-none items-center gap-1 rounded-md border border-[var(--border)] px-2.5 text-sm font-semibold [&::-webkit-details-marker]:hidden">
              Menu
              <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" className="transition-transform group-open:rotate-180">
                <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
              </svg>
            </summary>
            <div className="absolute right-0 z-30 mt-1 w-48 rounded-lg border border-[var(--border)] bg-[var(--page-bg)] p-2 shadow-lg">
              <NavLinks links={LINKS} vertical />
              <div className="mt-2 flex items-center justify-between gap-2 border-t border-[var(--border)] px-2 pt-2 text-sm text-[var(--muted-fg)]">
                Theme
                <ThemeToggle />
              </div>
            </div>
          </details>
        </nav>
        <div className="hidden sm:ml-auto sm:block">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
