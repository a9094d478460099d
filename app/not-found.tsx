import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { pages } from '@/content/manifest';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-300">404</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">This page scaled to zero</h1>
      <p className="mt-4 text-lg text-[var(--muted-fg)]">
        Nothing lives at this address. It may have moved, or the link may have a typo. Here is
        everything the site has:
      </p>
      <ul className="mt-6 space-y-3">
        {pages.map((p) => (
          <li key={p.route}>
            <Link href={p.route} prefetch={false} className="font-semibold text-brand-600 underline dark:text-brand-300">
              {p.title}
            </Link>
            <span className="block text-sm text-[var(--muted-fg)]">{p.description}</span>
          </li>
        ))}
        <li>
          <Link href="/playground" prefetch={false} className="font-semibold text-brand-600 underline dark:text-brand-300">
            Playground
          </Link>
          <span className="block text-sm text-[var(--muted-fg)]">The simulator, full width, with every setting.</span>
        </li>
      </ul>
      </main>
      <SiteFooter />
    </>
  );
}
