'use client';

import { useEffect, useState } from 'react';
import { Simulator } from '@/components/simulator/Simulator';
import { serializeParams } from '@/components/simulator/urlState';
import { applyTheme } from '@/components/site/themeScript';
import { parseEmbedParams, readThemeMessage, RESIZE_MESSAGE, type EmbedTheme } from './embedParams';
import { isOpaqueOrigin, SandboxedEmbed } from './SandboxedEmbed';

/**
 * The chrome-less embed: the live diagram and simulation configured by the URL. It reports its
 * height to the host page whenever it changes, follows a host's theme message, and links back to
 * the full, editable view.
 */
export function EmbedView() {
  const [{ params, embed, notices }] = useState(() => parseEmbedParams(window.location.search));
  const [theme, setTheme] = useState<EmbedTheme>(embed.theme);
  // Sandboxed without allow-same-origin, the engine's worker cannot start: the still diagram instead.
  const [sandboxed] = useState(isOpaqueOrigin);

  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'auto') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('auto');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [theme]);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      // Only the page that embeds us may set the theme, and only with a well-formed message.
      if (e.source !== window.parent) return;
      const next = readThemeMessage(e.data);
      if (next) setTheme(next);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);

  const query = serializeParams(params);
  return (
    <div className="p-3">
      {sandboxed ? (
        <SandboxedEmbed skin={params.skin} />
      ) : (
        <Simulator variant="embed" params={params} notices={notices} autoplay={embed.autoplay} controls={embed.controls} />
      )}
      <p className="mt-2 text-right text-xs">
        <a href={`/playground${query ? `?${query}` : ''}`} target="_blank" rel="noopener" className="text-[var(--muted-fg)] underline hover:text-[var(--page-fg)]">
          Open in Serverless, Explained ↗
        </a>
      </p>
    </div>
  );
}
