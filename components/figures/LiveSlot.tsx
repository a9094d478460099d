'use client';

import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { initPageSkinFromUrl } from '@/components/site/pageSkin';
import type { FigureId } from './figureIds';
import type { LiveFigureProps } from './figureReady';

/**
 * Each figure's live code, loaded only when the figure comes near the viewport: the article's
 * first load carries none of it (nor the engine, which runs in the figures' worker).
 */
/** Plain data a figure's poster computed at build time and its live form also needs (serialized into the page). */
export type LiveData = Record<string, unknown>;

const LIVE: Record<FigureId, () => Promise<ComponentType<LiveFigureProps & LiveData>>> = {
  concurrency: () => import('./concurrency/ConcurrencyLive').then((m) => m.ConcurrencyLive),
  'pay-per-use': () => import('./pay-per-use/PayPerUseLive').then((m) => m.PayPerUseLive),
  statelessness: () => import('./statelessness/StatelessnessLive').then((m) => m.StatelessnessLive),
  'scale-out': () => import('./scale-out/ScaleOutLive').then((m) => m.ScaleOutLive),
  'cold-start-share': () => import('./cold-start-share/ColdStartShareLive').then((m) => m.ColdStartShareLive),
  'break-even': () => import('./break-even/BreakEvenLive').then((m) => m.BreakEvenLive),
  'invocation-modes': () => import('./invocation-modes/InvocationModesLive').then((m) => m.InvocationModesLive),
  'scale-to-zero': () => import('./scale-to-zero/ScaleToZeroLive').then((m) => m.ScaleToZeroLive),
  'memory-cpu': () => import('./memory-cpu/MemoryCpuLive').then((m) => m.MemoryCpuLive),
  provisioned: () => import('./provisioned/ProvisionedLive').then((m) => m.ProvisionedLive),
  'cold-start-runtimes': () => import('./cold-start-runtimes/ColdStartRuntimesLive').then((m) => m.ColdStartRuntimesLive),
  'upload-path': () => import('./upload-path/UploadPathLive').then((m) => m.UploadPathLive),
  'db-capacity': () => import('./db-capacity/DbCapacityLive').then((m) => m.DbCapacityLive),
  'compute-models': () => import('./compute-models/ComputeModelsLive').then((m) => m.ComputeModelsLive),
  lifecycle: () => import('./lifecycle/LifecycleLive').then((m) => m.LifecycleLive as unknown as ComponentType<LiveFigureProps & LiveData>),
};

/** How far below the viewport a figure starts loading, so it is live by the time it is read. */
const NEAR = '600px 0px';

/**
 * Holds a figure's server-rendered poster (its HTML) until the figure nears the viewport, then
 * swaps in its live form in the same box (the box's size is fixed by the figure, so nothing
 * moves). If the live code cannot load, the poster stays, with a line saying so.
 */
export function LiveSlot({ id, className, liveData, posterHtml }: { id: FigureId; className: string; liveData?: LiveData; posterHtml: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [Live, setLive] = useState<ComponentType<LiveFigureProps & LiveData> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const markReady = useCallback(() => setReady(true), []);

  useEffect(() => {
    initPageSkinFromUrl();
    const el = box.current;
    if (!el) return;
    let live = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        LIVE[id]()
          .then((component) => {
            if (live) setLive(() => component);
          })
          .catch((error: unknown) => {
            if (live) setFailed(error instanceof Error ? error.message : String(error));
          });
      },
      { rootMargin: NEAR },
    );
    observer.observe(el);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [id]);

  return (
    // Off screen, the browser skips the box's style and layout (at load: the figures' SVG posters were
    // half the article's first layout on a throttled phone). Safe here, unlike on the prose: the box's
    // height is fixed, so skipping it changes no position on the page.
    <div ref={box} className={`relative [content-visibility:auto] ${className}`} data-state={Live && ready ? 'live' : 'poster'}>
      {Live && (
        <div className={ready ? 'h-full' : 'invisible absolute inset-0'}>
          <Live onReady={markReady} {...liveData} />
        </div>
      )}
      {/* The server's poster, as HTML: React hydrates this one element, not the picture inside it. */}
      {!ready && <div className="h-full" dangerouslySetInnerHTML={{ __html: posterHtml }} suppressHydrationWarning />}
      {failed && (
        <p role="status" className="absolute inset-x-0 bottom-0 rounded-md bg-[var(--page-bg)] p-1 text-xs text-[var(--muted-fg)]">
          This figure could not start ({failed}); the picture shows its starting point.
        </p>
      )}
    </div>
  );
}
