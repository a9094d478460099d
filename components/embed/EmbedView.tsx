'use client';

import { lazy, Suspense, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Simulator } from '@/components/simulator/Simulator';
import { SimulatorPlaceholder } from '@/components/simulator/SimulatorPlaceholder';
import { serializeParams } from '@/components/simulator/urlState';
import { applyTheme } from '@/components/site/themeScript';
import { parseEmbedParams, type EmbedTheme } from './embedParams';
import { readThemeMessage, RESIZE_MESSAGE } from './protocol';
import { isOpaqueOrigin, SandboxedEmbed } from './SandboxedEmbed';

const never = () => () => {};

// Only an embed with `compare=…` downloads compare mode.
const CompareSimulator = lazy(() => import('@/components/simulator/CompareSimulator').then((m) => ({ default: m.CompareSimulator })));

/**
 * The chrome-less embed: the simulation configured by the URL. The page is rendered ahead (the
 * poster: still diagram, controls and readouts, painted before any script runs), and the live
 * simulator starts when it is on screen and playing, or on Play. It reports its content's height
 * to the host page whenever it changes (up or down), follows a host's theme message, and links
 * back to the full, editable view. Printed, it is the still diagram with that link written out.
 */
export function EmbedView() {
  // Null while hydrating (the server had no query), then the page's own.
  const search = useSyncExternalStore(never, () => window.location.search, () => null);
  const { params, embed, notices } = useMemo(() => parseEmbedParams(search ?? ''), [search]);
  const [hostTheme, setHostTheme] = useState<EmbedTheme | null>(null);
  const theme = hostTheme ?? embed.theme;
  const root = useRef<HTMLDivElement>(null);
  // Sandboxed without allow-same-origin, the engine's worker cannot start: the still diagram instead.
  const sandboxed = useSyncExternalStore(never, isOpaqueOrigin, () => false);

  useEffect(() => {
    // The head script already applied the URL's theme; until the query is read there is nothing new.
    if (search === null) return;
    applyTheme(theme);
    if (theme !== 'auto') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('auto');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [theme, search]);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      // Only the page that embeds us may set the theme, and only with a well-formed message.
      if (e.source !== window.parent || window.parent === window) return;
      const next = readThemeMessage(e.data);
      if (next) setHostTheme(next);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    const el = root.current;
    if (window.parent === window || !el) return;
    let last = -1;
    // The content's own height, not the document's: the document is at least as tall as the
    // frame, so a frame set taller than its content would report its own height and never shrink.
    const post = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, []);

  const query = serializeParams(params);
  const view = `/playground${query ? `?${query}` : ''}`;
  const absolute = search === null ? view : `${window.location.origin}${view}`;
  return (
    <div ref={root} className="p-3">
      {sandboxed ? (
        <SandboxedEmbed skin={params.skin} />
      ) : (
        // `compare=…`: two setups side by side, fed the same requests.
        params.compare ? (
          <Suspense fallback={<SimulatorPlaceholder variant="embed" />}>
            <CompareSimulator key={search ?? ''} variant="embed" lazyEngine params={params} notices={notices} autoplay={embed.autoplay} controls={embed.controls} />
          </Suspense>
        ) : (
          <Simulator configKey={search ?? ''} variant="embed" lazyEngine params={params} notices={notices} autoplay={embed.autoplay} controls={embed.controls} />
        )
      )}
      <noscript>
        <p className="mt-2 text-sm">
          The live simulation needs JavaScript. <a href={view} className="underline">Open it in Serverless, Explained</a>.
        </p>
      </noscript>
      <p className="needs-js mt-2 text-right text-xs print:hidden">
        <a href={view} target="_blank" rel="noopener" className="text-[var(--muted-fg)] underline hover:text-[var(--page-fg)]">
          Open in Serverless, Explained ↗
        </a>
      </p>
      <p className="mt-2 hidden text-sm print:block">
        Live simulation: <a href={absolute}>{absolute}</a>
      </p>
    </div>
  );
}
