/** The snippets the Embed dialog offers, built from the current state. Pure, so tests can check them. */
import type { Skin } from '@/components/simulator/urlState';
import { escapeHtml } from '@/components/site/escapeHtml';

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
const TITLE: Record<Skin, string> = {
  cloud: 'Serverless pipeline simulation: client, API Gateway, Lambda and DynamoDB',
  kitchen: 'Pop-up kitchen simulation of a serverless pipeline: customers, host stand, cooking stations and pantry',
};

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
  const file = `pipeline${s.skin === 'kitchen' ? '-kitchen' : ''}${s.theme === 'dark' ? '-dark' : ''}.svg`;
  const alt = s.skin === 'kitchen' ? 'The pop-up kitchen as a pipeline: customers, host stand, cooking stations, pantry' : 'Serverless pipeline: client → API Gateway → Lambda → DynamoDB, with SNS, SQS and S3';
  return `[![${alt}](${s.origin}/diagrams/${file})](${s.origin}/playground${s.viewQuery ? `?${s.viewQuery}` : ''})`;
}
