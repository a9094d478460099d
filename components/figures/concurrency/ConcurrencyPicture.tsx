/** The environments as squares: filled while serving, amber while starting, outlined while idle. */
import type { EnvironmentView } from '@/simulations';
import { SkinnedSvgText } from '../Skinned';

const COLS = 10;
const ROWS = 10;
const CELL = 13;
const GAP = 3;

export const ENV_WORDS = {
  busy: { cloud: 'serving a request', kitchen: 'cooking an order' },
  initializing: { cloud: 'starting (cold start)', kitchen: 'being set up' },
  idle: { cloud: 'idle, kept warm', kitchen: 'set up, waiting' },
};

export function ConcurrencyPicture({ environments, live, label }: { environments: readonly EnvironmentView[]; live: number; label: string }) {
  const shown = environments.slice(0, COLS * ROWS);
  const more = live - shown.length;
  const gridW = COLS * (CELL + GAP);
  return (
    <svg viewBox="0 0 330 170" className="h-full w-full" role="img" aria-label={label}>
      <g transform="translate(4 4)">
        {Array.from({ length: COLS * ROWS }, (_, i) => {
          const env = shown[i];
          const x = (i % COLS) * (CELL + GAP);
          const y = Math.floor(i / COLS) * (CELL + GAP);
          return (
            <rect
              key={i}
              x={x}
              y={y}
              width={CELL}
              height={CELL}
              rx={2}
              className={
                !env
                  ? 'fill-none stroke-[var(--border)] opacity-50'
                  : env.state === 'busy'
                    ? 'fill-[var(--pipe-stroke)] stroke-[var(--pipe-stroke)]'
                    : env.state === 'initializing'
                      ? 'fill-amber-500 stroke-amber-600'
                      : 'fill-[var(--page-bg)] stroke-[var(--pipe-stroke)]'
              }
              strokeWidth={1.5}
            />
          );
        })}
        {more > 0 && (
          <text x={0} y={ROWS * (CELL + GAP) + 10} className="fill-[var(--muted-fg)] text-[10px]">
            +{more} more
          </text>
        )}
      </g>
      <g transform={`translate(${gridW + 20} 14)`} className="text-[11px]">
        {(['busy', 'initializing', 'idle'] as const).map((state, i) => (
          <g key={state} transform={`translate(0 ${i * 22})`}>
            <rect
              width={11}
              height={11}
              rx={2}
              y={-9}
              strokeWidth={1.5}
              className={
                state === 'busy'
                  ? 'fill-[var(--pipe-stroke)] stroke-[var(--pipe-stroke)]'
                  : state === 'initializing'
                    ? 'fill-amber-500 stroke-amber-600'
                    : 'fill-[var(--page-bg)] stroke-[var(--pipe-stroke)]'
              }
            />
            <SkinnedSvgText words={ENV_WORDS[state]} x={17} y={0} className="fill-[var(--page-fg)]" />
          </g>
        ))}
        <SkinnedSvgText
          words={{ cloud: 'One square is one execution', kitchen: 'One square is one cooking' }}
          x={0}
          y={84}
          className="fill-[var(--muted-fg)]"
        />
        <SkinnedSvgText words={{ cloud: 'environment: one request', kitchen: 'station: one order at' }} x={0} y={99} className="fill-[var(--muted-fg)]" />
        <SkinnedSvgText words={{ cloud: 'at a time.', kitchen: 'a time.' }} x={0} y={114} className="fill-[var(--muted-fg)]" />
      </g>
    </svg>
  );
}
