/** The snippets the Embed dialog offers, built from the current state. Pure, so tests can check them. */
import type { Skin } from '@/components/simulator/urlState';
import { escapeHtml } from '@/components/site/escapeHtml';
import { flowViewBox } from '@/components/pipeline/flowGeometry';
import { VIEWBOX } from '@/components/pipeline/graph';
import { animatedFile, EMBED_TITLE, POSTER_ALT, posterFile } from './protocol';

export interface SnippetInput {
  origin: string;
  /** The embed's query string (without '?'). */
  query: string;
  /** The full view's query string, for links back. */
  viewQuery: string;
  skin: Skin;
  theme: 'light' | 'dark' | 'auto';
}

/** The iframe's accessible name, in the embed's own skin. */
const TITLE = EMBED_TITLE;

export function embedUrl({ origin, query }: SnippetInput): string {
  return `${origin}/embed/pipeline${query ? `?${query}` : ''}`;
}

/** The page-side half of the resize protocol: every embed on the page takes the height it reports. */
const RESIZE_LISTENER =
  "addEventListener('message', function (e) { if (!e.data || e.data.type !== 'serverless-explained:resize') return; document.querySelectorAll('iframe[data-serverless-explained]').forEach(function (f) { if (f.contentWindow === e.source) f.style.height = e.data.height + 'px'; }); });";

export function iframeSnippet(s: SnippetInput): string {
  return `<iframe data-serverless-explained src="${escapeHtml(embedUrl(s))}" title="${TITLE[s.skin]}" loading="lazy" style="width: 100%; height: 640px; border: 0;"></iframe>
<script>${RESIZE_LISTENER}</script>`;
}

export function reactSnippet(s: SnippetInput): string {
  return `import { useEffect, useRef } from 'react';

export function ServerlessPipeline() {
  const ref = useRef(null);
  useEffect(() => {
    const onMessage = (e) => {
      if (e.source === ref.current?.contentWindow && e.data?.type === 'serverless-explained:resize') ref.current.style.height = \`\${e.data.height}px\`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return <iframe ref={ref} src="${embedUrl(s)}" title="${TITLE[s.skin]}" loading="lazy" style={{ width: '100%', height: 640, border: 0 }} />;
}`;
}

export function markdownSnippet(s: SnippetInput): string {
  const file = posterFile(s.skin, s.theme === 'dark' ? 'dark' : 'light');
  const alt = POSTER_ALT[s.skin];
  return `[![${alt}](${s.origin}/diagrams/${file})](${viewUrl(s)})`;
}

const viewUrl = (s: SnippetInput) => `${s.origin}/playground${s.viewQuery ? `?${s.viewQuery}` : ''}`;

/**
 * The web component: one script tag and the element, its attributes the embed's parameters. The
 * link inside is what a reader without JavaScript sees: the still diagram, linked to the live view.
 */
export function elementSnippet(s: SnippetInput): string {
  const attributes = [...new URLSearchParams(s.query)].map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const file = posterFile(s.skin, s.theme === 'dark' ? 'dark' : 'light');
  const size = `width="${VIEWBOX.wide.width + 8}" height="${VIEWBOX.wide.height + 8}"`;
  return `<script src="${s.origin}/embed.js" defer></script>
<serverless-pipeline${attributes}>
  <a href="${escapeHtml(viewUrl(s))}"><img src="${s.origin}/diagrams/${file}" alt="${POSTER_ALT[s.skin]}" ${size}></a>
</serverless-pipeline>`;
}

/**
 * A README's animated diagram: a <picture> whose dark source GitHub shows to dark-theme readers,
 * linked to the live view. The animation is a recorded sample run, not the state in view.
 */
export function readmeSnippet(s: SnippetInput): string {
  const view = flowViewBox('wide');
  return `<a href="${escapeHtml(viewUrl(s))}">
  <picture>
    <source media="(prefers-color-scheme: dark)" srcset="${s.origin}/diagrams/${animatedFile(s.skin, 'dark')}">
    <img src="${s.origin}/diagrams/${animatedFile(s.skin, 'light')}" alt="${POSTER_ALT[s.skin]}, animated" width="${Math.round(view.width)}" height="${Math.round(view.height)}">
  </picture>
</a>`;
}
