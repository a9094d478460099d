'use client';

import { useEffect, useRef } from 'react';

/**
 * A live embed in the docs, with the exact markup that produced it: `<EmbedExample query="rps=50" />`.
 * The iframe is lazy, so examples below the fold cost nothing until scrolled to. `height` is the
 * first guess; the embed then reports its real height (the resize message) and the frame follows,
 * as the docs tell embedders to do.
 */
export function EmbedExample({ query = '', height = 560, title }: { query?: string; height?: number; title?: string }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const src = `/embed/pipeline${query ? `?${query}` : ''}`;
  const label = title ?? `Embedded serverless simulation${query ? ` (${query.replace(/&/g, ', ')})` : ''}`;
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const frame = ref.current;
      if (frame && e.source === frame.contentWindow && e.data?.type === 'serverless-explained:resize' && Number.isFinite(e.data.height)) {
        frame.style.height = `${Math.max(0, Math.round(e.data.height))}px`;
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <figure className="not-prose my-6">
      {/* The first guess is the height attribute, not a style: the CSP refuses style attributes in the page's HTML. */}
      <iframe ref={ref} src={src} title={label} loading="lazy" height={height} className="w-full rounded-lg border border-[var(--border)]" />
      <figcaption className="mt-2 overflow-x-auto rounded-md bg-[var(--surface)] p-2 font-mono text-xs">
        {`<iframe src="https://YOUR-HOST${src}" title="${label}" loading="lazy" style="width:100%;height:${height}px;border:0"></iframe>`}
      </figcaption>
    </figure>
  );
}
