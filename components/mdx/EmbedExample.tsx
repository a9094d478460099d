/**
 * A live embed in the docs, with the exact markup that produced it: `<EmbedExample query="rps=50" />`.
 * The iframe is lazy, so examples below the fold cost nothing until scrolled to.
 */
export function EmbedExample({ query = '', height = 560, title }: { query?: string; height?: number; title?: string }) {
  const src = `/embed/pipeline${query ? `?${query}` : ''}`;
  const label = title ?? `Embedded serverless simulation${query ? ` (${query.replace(/&/g, ', ')})` : ''}`;
  return (
    <figure className="not-prose my-6">
      <iframe src={src} title={label} loading="lazy" className="w-full rounded-lg border border-[var(--border)]" style={{ height }} />
      <figcaption className="mt-2 overflow-x-auto rounded-md bg-[var(--surface)] p-2 font-mono text-xs">
        {`<iframe src="https://YOUR-HOST${src}" title="${label}" loading="lazy" style="width:100%;height:${height}px;border:0"></iframe>`}
      </figcaption>
    </figure>
  );
}
