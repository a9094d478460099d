/** Each environment's in-memory count as a card, reclaimed ones struck through, beside the one DynamoDB counter. */
import type { EnvironmentView } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { SkinnedSvgText } from '../Skinned';
import type { Ghost } from './statelessness';

const CARD_W = 66;
const CARD_H = 40;
const GAP = 6;
const TOP = 20;

export function StatelessnessPicture({
  environments,
  ghosts,
  databaseCount,
  width,
  height,
}: {
  environments: readonly EnvironmentView[];
  ghosts: readonly Ghost[];
  databaseCount: number;
  width: number;
  height: number;
}) {
  const dbW = width < 420 ? 108 : 140;
  const left = width - dbW - 12;
  const cols = Math.max(1, Math.floor((left + GAP) / (CARD_W + GAP)));
  const rows = Math.max(1, Math.floor((height - TOP + GAP) / (CARD_H + GAP)));
  const slots = cols * rows;
  const more = environments.length > slots ? environments.length - (slots - 1) : 0;
  const envs = environments.slice(0, more ? slots - 1 : slots);
  const shownGhosts = ghosts.slice(-Math.max(0, slots - envs.length - (more ? 1 : 0)));
  const cards = [...envs.map((e) => ({ kind: 'env' as const, id: e.id, n: e.memoryCounter })), ...shownGhosts.map((g) => ({ kind: 'ghost' as const, id: g.id, n: g.lostCount }))];
  const at = (i: number) => ({ x: (i % cols) * (CARD_W + GAP), y: TOP + Math.floor(i / cols) * (CARD_H + GAP) });
  const counts = environments.map((e) => `#${e.id}: ${e.memoryCounter}`).join(', ');
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="block max-w-full"
      role="img"
      aria-label={`In-memory counts: ${counts || 'no environments'}. DynamoDB counts ${databaseCount}.`}
    >
      <SkinnedSvgText
        words={{ cloud: 'Each environment’s memory: visits it counted', kitchen: 'Each station’s notepad: orders it tallied' }}
        x={0}
        y={12}
        className="fill-[var(--muted-fg)] text-[11px] font-semibold"
      />
      {cards.map((c, i) => {
        const { x, y } = at(i);
        const ghost = c.kind === 'ghost';
        return (
          <g key={`${c.kind}${c.id}`} transform={`translate(${x} ${y})`}>
            <rect
              width={CARD_W}
              height={CARD_H}
              rx={6}
              strokeWidth={2}
              strokeDasharray={ghost ? '4 3' : undefined}
              className={ghost ? 'fill-none stroke-[var(--border)]' : 'fill-[var(--page-bg)] stroke-[var(--pipe-stroke)]'}
            />
            <SkinnedSvgText
              words={ghost ? { cloud: `#${c.id} reclaimed`, kitchen: `#${c.id} packed` } : { cloud: `env #${c.id}`, kitchen: `station #${c.id}` }}
              x={CARD_W / 2}
              y={13}
              textAnchor="middle"
              className="fill-[var(--muted-fg)] text-[10px]"
            />
            <text
              x={CARD_W / 2}
              y={32}
              textAnchor="middle"
              textDecoration={ghost ? 'line-through' : undefined}
              className={`text-[16px] font-semibold ${ghost ? 'fill-[var(--muted-fg)]' : 'fill-[var(--page-fg)]'}`}
            >
              {formatCount(c.n)}
            </text>
          </g>
        );
      })}
      {more > 0 && (
        <text {...at(slots - 1)} dx={4} dy={26} className="fill-[var(--muted-fg)] text-[12px]">
          +{more} more
        </text>
      )}
      <g transform={`translate(${width - dbW} ${TOP})`}>
        <rect width={dbW} height={Math.max(60, height - TOP)} rx={8} strokeWidth={2.5} className="fill-[var(--page-bg)] stroke-[var(--color-warm)] dark:stroke-emerald-400" />
        <SkinnedSvgText words={{ cloud: 'DynamoDB counter', kitchen: 'The pantry’s tally' }} x={dbW / 2} y={24} textAnchor="middle" className="fill-[var(--page-fg)] text-[12px] font-semibold" />
        <text x={dbW / 2} y={Math.max(60, height - TOP) / 2 + 16} textAnchor="middle" className="fill-[var(--color-warm)] text-[34px] font-bold dark:fill-emerald-300">
          {formatCount(databaseCount)}
        </text>
        <SkinnedSvgText
          words={{ cloud: 'one number for all', kitchen: 'one tally for all' }}
          x={dbW / 2}
          y={Math.max(60, height - TOP) - 10}
          textAnchor="middle"
          className="fill-[var(--muted-fg)] text-[10px]"
        />
      </g>
    </svg>
  );
}
