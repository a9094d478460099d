import { PipelineSvg } from '@/components/pipeline/PipelineSvg';

/** The side column beside the article: the pipeline every request takes, at a glance. */
export function PipelineAside() {
  return (
    <figure className="rounded-xl border border-[var(--border)] bg-[var(--surface)] p-4">
      <figcaption className="mb-3">
        <span className="block text-sm font-semibold">One request, end to end</span>
        <span className="block text-sm text-[var(--muted-fg)]">
          Solid arrows are the request path; dashed ones lead to services beside it.
        </span>
      </figcaption>
      <PipelineSvg layout="tall" idPrefix="aside" className="mx-auto block h-auto w-full max-w-[20rem]" />
    </figure>
  );
}
