import type { SimulatorVariant } from './Simulator';

/** The diagram's box, as the simulator lays it out: stacked in the side column and on phones. */
const DIAGRAM: Record<SimulatorVariant, string> = {
  side: 'aspect-[380/470] w-full',
  full: 'mx-auto aspect-[380/470] w-full max-w-[26rem] sm:max-w-none sm:aspect-[900/330]',
  embed: 'mx-auto aspect-[380/470] w-full max-w-[26rem] sm:max-w-none sm:aspect-[900/330]',
};

/**
 * What shows while the simulator's code loads: its header, diagram and controls at their real
 * sizes, so nothing shifts when it arrives. One place knows those sizes for every variant.
 */
export function SimulatorPlaceholder({ variant }: { variant: SimulatorVariant }) {
  const header = <div className="h-7 w-40 rounded bg-[var(--surface)]" />;
  const diagram = <div className={`${DIAGRAM[variant]} rounded-xl border border-[var(--border)] bg-[var(--surface)]`} />;
  if (variant === 'full') {
    return (
      <div aria-hidden="true" className="space-y-3">
        {header}
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
          {diagram}
          <div className="h-[28rem] rounded-xl bg-[var(--surface)]" />
        </div>
      </div>
    );
  }
  return (
    <div aria-hidden="true" className={variant === 'embed' ? 'space-y-3 p-3' : 'space-y-3'}>
      {header}
      {diagram}
      {variant === 'side' && <div className="h-[19rem] rounded-xl bg-[var(--surface)]" />}
    </div>
  );
}
