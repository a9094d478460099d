'use client';

import { Suspense, useCallback, useLayoutEffect, useState, type ReactNode } from 'react';

/**
 * Calls `run` once mounted: inside a Suspense boundary, once what it waited for has arrived. In a
 * layout effect, so its update lands in the same task as the mount: the poster and the live drawing
 * are never both offered to assistive technology.
 */
function OnMount({ run }: { run: () => void }) {
  useLayoutEffect(run, [run]);
  return null;
}

/**
 * A simulator's diagram box: the still poster where it was painted, and, once `live`, the live
 * drawing over it (lazily loaded). The poster is never thrown away and drawn again: it stays below
 * the live drawing and is what prints. It is hidden from assistive technology only once the live
 * drawing has arrived (not while its code loads), so there is always one image to read.
 */
export function DiagramSlot({ className, poster, live, children }: { className: string; poster: ReactNode; live: boolean; children: ReactNode }) {
  const [covered, setCovered] = useState(false);
  const cover = useCallback(() => setCovered(true), []);
  return (
    <div className={`relative ${className}`}>
      <div className="h-full w-full" aria-hidden={covered || undefined} data-poster="">
        {poster}
      </div>
      {live && (
        <Suspense fallback={null}>
          <OnMount run={cover} />
          <div className="absolute inset-0 bg-[var(--surface)] print:hidden">{children}</div>
        </Suspense>
      )}
    </div>
  );
}
