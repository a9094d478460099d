import { animatedFile, POSTER_ALT } from '@/components/embed/protocol';
import { readmeSnippet } from '@/components/embed/snippets';
import { flowViewBox } from '@/components/pipeline/flowGeometry';

/**
 * The animated SVGs as a README shows them: a <picture> with the dark file for dark readers,
 * linked to the live view, with the markup beside it. `<AnimatedDiagramExample />`.
 */
export function AnimatedDiagramExample({ skin = 'cloud' }: { skin?: 'cloud' | 'kitchen' }) {
  const view = flowViewBox('wide');
  const viewQuery = skin === 'kitchen' ? 'skin=kitchen' : '';
  const live = `/playground${viewQuery ? `?${viewQuery}` : ''}`;
  return (
    <figure className="not-prose my-6">
      <a href={live} className="block overflow-hidden rounded-lg border border-[var(--border)]">
        <picture>
          <source media="(prefers-color-scheme: dark)" srcSet={`/diagrams/${animatedFile(skin, 'dark')}`} />
          <img src={`/diagrams/${animatedFile(skin, 'light')}`} alt={`${POSTER_ALT[skin]}, animated`} width={Math.round(view.width)} height={Math.round(view.height)} className="h-auto w-full" />
        </picture>
      </a>
      <figcaption tabIndex={0} className="mt-2 overflow-x-auto rounded-md bg-[var(--surface)] p-2 font-mono text-xs whitespace-pre">
        {readmeSnippet({ origin: 'https://YOUR-HOST', query: '', viewQuery, skin, theme: 'auto' })}
      </figcaption>
    </figure>
  );
}
