'use client';

import dynamic from 'next/dynamic';

const Simulator = dynamic(() => import('./Simulator').then((m) => m.Simulator), {
  ssr: false,
  loading: () => (
    <div aria-hidden="true" className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="mx-auto aspect-[380/470] max-w-[26rem] rounded-xl sm:max-w-none sm:aspect-[900/330] border border-[var(--border)] bg-[var(--surface)]" />
      <div className="h-[28rem] rounded-xl bg-[var(--surface)]" />
    </div>
  ),
});

/** The full-width simulator of /playground, state in the URL. */
export function PlaygroundSimulator() {
  return <Simulator variant="full" urlSync listenForScenes />;
}
