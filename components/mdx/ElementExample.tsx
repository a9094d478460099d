import { ALL_EMBED_KEYS, POSTER_ALT, posterFile } from '@/components/embed/protocol';
import { elementSnippet } from '@/components/embed/snippets';
import { VIEWBOX } from '@/components/pipeline/graph';

/**
 * The web component working in the docs, with the markup that produced it:
 * `<ElementExample attributes="rps=40 controls=traffic" />` (space-separated name=value pairs,
 * the embed's parameters). The page loads /embed.js once; the fallback inside the element is what
 * a reader without JavaScript sees (the still diagram, linked to the live view).
 */
export function ElementExample({ attributes = '' }: { attributes?: string }) {
  const pairs = attributes
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split('=') as [string, string])
    .filter(([name]) => (ALL_EMBED_KEYS as readonly string[]).includes(name));
  const props = Object.fromEntries(pairs);
  const skin = props.skin === 'kitchen' ? 'kitchen' : 'cloud';
  const viewQuery = new URLSearchParams(pairs.filter(([n]) => n !== 'controls' && n !== 'autoplay' && n !== 'theme')).toString();
  const live = `/playground${viewQuery ? `?${viewQuery}` : ''}`;
  const poster = `/diagrams/${posterFile(skin, 'light')}`;
  const markup = elementSnippet({ origin: 'https://YOUR-HOST', query: new URLSearchParams(pairs).toString(), viewQuery, skin, theme: 'auto' });
  return (
    <figure className="not-prose my-6">
      <serverless-pipeline {...props}>
        <a href={live}>
          {/* The element's own fallback, as an author writes it (plain HTML, for readers without JavaScript). */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={poster} alt={POSTER_ALT[skin]} width={VIEWBOX.wide.width + 8} height={VIEWBOX.wide.height + 8} className="h-auto w-full" />
        </a>
      </serverless-pipeline>
      <figcaption tabIndex={0} className="mt-2 overflow-x-auto rounded-md bg-[var(--surface)] p-2 font-mono text-xs whitespace-pre">{markup}</figcaption>
    </figure>
  );
}
