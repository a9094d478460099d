import type { FlowLayout } from './flow/layout';
import { FlowSvg } from './FlowSvg';
import type { Skin } from './graph';

/**
 * The live diagram's still twin, shown in its box until React Flow arrives (and in print). It
 * needs no JavaScript: with `responsive`, both layouts are drawn and a container query on the
 * simulator's body picks the one the live diagram will use (tall below 640 px, as
 * SimulatorBody's WIDE_LAYOUT_MIN_PX); without it, the one `layout` (the side column's).
 */
export function PipelinePoster({
  responsive,
  layout = 'side',
  skin,
  active,
  label,
  idPrefix,
}: {
  responsive: boolean;
  layout?: FlowLayout;
  skin: Skin | 'both';
  active: { async: boolean; s3: boolean };
  label: string;
  idPrefix: string;
}) {
  const common = { skin, active, label, counts: true } as const;
  if (!responsive) return <FlowSvg layout={layout} idPrefix={`${idPrefix}-poster`} className="block h-full w-full" {...common} />;
  return (
    <>
      <FlowSvg layout="tall" idPrefix={`${idPrefix}-poster-tall`} className="block h-full w-full @min-[640px]:hidden" {...common} />
      <FlowSvg layout="wide" idPrefix={`${idPrefix}-poster-wide`} className="hidden h-full w-full @min-[640px]:block" {...common} />
    </>
  );
}
