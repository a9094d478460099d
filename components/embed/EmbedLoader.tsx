'use client';

import dynamic from 'next/dynamic';

const EmbedView = dynamic(() => import('./EmbedView').then((m) => m.EmbedView), {
  ssr: false,
  loading: () => (
    <div aria-hidden="true" className="space-y-3 p-3">
      <div className="h-7 w-40 rounded bg-[var(--surface)]" />
      <div className="mx-auto aspect-[380/470] w-full max-w-[26rem] rounded-xl sm:max-w-none sm:aspect-[900/330] border border-[var(--border)] bg-[var(--surface)]" />
    </div>
  ),
});

/** The embed reads its parameters in the browser (the page itself is static). */
export function EmbedLoader() {
  return <EmbedView />;
}
