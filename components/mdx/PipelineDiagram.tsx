import { PipelineSvg } from '@/components/pipeline/PipelineSvg';

/** The article's pipeline figure: wide on tablets and up, stacked on phones. */
export function PipelineDiagram() {
  return (
    <figure className="not-prose my-8 rounded-xl border border-[var(--border)] bg-[var(--surface)] p-4">
      <PipelineSvg layout="wide" idPrefix="fig-wide" className="hidden h-auto w-full sm:block" />
      <PipelineSvg layout="tall" idPrefix="fig-tall" className="mx-auto block h-auto w-full max-w-xs sm:hidden" />
      <figcaption className="mt-3 text-sm text-[var(--muted-fg)]">
        Solid arrows carry a user&apos;s request and its response; dashed ones lead to services the
        function can use beside the main path.
      </figcaption>
    </figure>
  );
}
