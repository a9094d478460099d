'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The header's page links; the current page is marked for sighted and screen-reader users. */
export function NavLinks({ links, vertical = false }: { links: { href: string; label: string }[]; vertical?: boolean }) {
  const pathname = usePathname();
  return (
    <ul className={vertical ? 'flex flex-col text-sm' : '-mx-2 flex flex-wrap text-sm'}>
      {links.map((l) => (
        <li key={l.href}>
          <Link
            href={l.href}
            prefetch={false}
            aria-current={pathname === l.href ? 'page' : undefined}
            // In the phone menu, following a link closes the menu (the header stays mounted across pages).
            onClick={vertical ? (e) => e.currentTarget.closest('details')?.removeAttribute('open') : undefined}
            className="block rounded px-2 py-2 text-[var(--muted-fg)] hover:text-[var(--page-fg)] aria-[current=page]:font-semibold aria-[current=page]:text-[var(--page-fg)]"
          >
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
