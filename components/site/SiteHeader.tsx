import Link from 'next/link';
import { pages } from '@/content/manifest';
import { NavLinks } from './NavLinks';
import { ThemeToggle } from './ThemeToggle';

/** The site's header: name, page navigation and the theme switch. */
export function SiteHeader() {
  return (
    <header className="relative z-20 border-b sm:sticky sm:top-0 border-[var(--border)] bg-[var(--page-bg)]/95 backdrop-blur">
      <div className="mx-auto flex max-w-[90rem] flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:px-6">
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-semibold tracking-tight text-[var(--page-fg)] no-underline">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <path d="M4 7h16M4 12h10M4 17h6" stroke="var(--color-brand-500)" strokeWidth="2.5" strokeLinecap="round" />
            <circle cx="19" cy="15.5" r="3" fill="var(--color-brand-500)" />
          </svg>
          Serverless, Explained
        </Link>
        <nav aria-label="Pages" className="order-3 w-full sm:order-none sm:w-auto">
          <NavLinks links={[...pages.map((p) => ({ href: p.route, label: p.navLabel })), { href: '/playground', label: 'Playground' }]} />
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
