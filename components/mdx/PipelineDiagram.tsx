import { toStaticMarkup } from '@/components/figures/staticMarkup';
import { PipelineSvg } from '@/components/pipeline/PipelineSvg';

/** The two drawings (wide on tablets and up, stacked on phones), as the page shows them. */
export function pipelineDiagramPictures() {
  return (
    <>
      <PipelineSvg layout="wide" idPrefix="fig-wide" className="hidden h-auto w-full sm:block" />
      <PipelineSvg layout="tall" idPrefix="fig-tall" className="mx-auto block h-auto w-full max-w-xs sm:hidden" />
    </>
  );
}

/**
 * The article's pipeline figure. Its drawings never change, so they reach the page as one HTML
 * string (a `display: contents` box, so the layout is the same): nothing in them to hydrate.
 */
export function PipelineDiagram() {
  return (
    <figure className="not-prose my-8 rounded-xl border border-[var(--border)] bg-[var(--surface)] p-4">
      <div className="contents" dangerouslySetInnerHTML={{ __html: toStaticMarkup(pipelineDiagramPictures()) }} />
      <figcaption className="mt-3 text-sm text-[var(--muted-fg)]">
        Solid arrows carry a user&apos;s request and its response; dashed ones lead to services the
        function can use beside the main path.
      </figcaption>
    </figure>
  );
}
