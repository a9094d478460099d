import { PipelineSvg } from '@/components/pipeline/PipelineSvg';
import type { Skin } from '@/components/simulator/urlState';

/**
 * True when the page runs with an opaque origin: framed with `sandbox` that allows scripts but
 * not `allow-same-origin` (a common docs-platform default). A browser then refuses the page a
 * Web Worker from our own URL, and the engine lives in one.
 */
export function isOpaqueOrigin(): boolean {
  return typeof window !== 'undefined' && window.origin === 'null';
}

/** The sandbox the embed needs, for the message and the docs. */
export const SANDBOX_FLAGS = 'allow-scripts allow-same-origin';

/**
 * What a sandboxed embed shows instead of a framework error: the still pipeline diagram, and one
 * line telling the host what to allow.
 */
export function SandboxedEmbed({ skin }: { skin: Skin }) {
  return (
    <figure className="rounded-xl border border-[var(--border)] bg-[var(--surface)] p-4">
      <PipelineSvg layout="wide" skin={skin} idPrefix="sandboxed-wide" className="hidden h-auto w-full sm:block" />
      <PipelineSvg layout="tall" skin={skin} idPrefix="sandboxed-tall" className="mx-auto block h-auto w-full max-w-xs sm:hidden" />
      <figcaption role="status" className="mt-3 text-sm text-[var(--muted-fg)]">
        The live simulation cannot start in this frame: its site must add <code>allow-same-origin</code> to the iframe’s{' '}
        <code>sandbox</code> (<code>sandbox=&quot;{SANDBOX_FLAGS}&quot;</code>).
      </figcaption>
    </figure>
  );
}
