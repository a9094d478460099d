/** The `statelessness` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { EnvironmentView } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { FigureBody, Readout, Readouts } from '../parts';
import { Skinned } from '../Skinned';
import type { Ghost } from './statelessness';

export interface StatelessnessData {
  environments: readonly EnvironmentView[];
  ghosts: readonly Ghost[];
  databaseCount: number;
  /** Visits counted only in memory that was reclaimed. */
  lost: number;
  /** A line about the reader's own visit, if they sent one. */
  visit?: string;
}

/** Cards shown at most; the rest are counted. */
const CARDS = 12;

export function StatelessnessView({ data, controls }: { data: StatelessnessData; controls: ReactNode }) {
  const envs = data.environments.slice(0, CARDS);
  const more = data.environments.length - envs.length;
  const distinct = new Set(data.environments.map((e) => e.memoryCounter)).size;
  const ghosts = data.ghosts.slice(-Math.max(0, CARDS - envs.length));
  return (
    <FigureBody
      controls={controls}
      picture={
        <div className="grid h-full grid-cols-[minmax(0,1fr)_7.5rem] gap-3 sm:grid-cols-[minmax(0,1fr)_9rem]">
          <div className="min-h-0 overflow-hidden">
            <p className="text-xs font-semibold text-[var(--muted-fg)]">
              <Skinned words={{ cloud: 'Each environment’s memory: visits it counted', kitchen: 'Each station’s notepad: orders it tallied' }} />
            </p>
            <ul className="mt-1 grid grid-cols-3 gap-1 sm:grid-cols-4 md:grid-cols-5" aria-label="Counts kept in each environment’s memory">
              {envs.map((e) => (
                <li key={e.id} className="rounded-md border-2 border-[var(--pipe-stroke)] bg-[var(--page-bg)] px-1 py-0.5 text-center">
                  <span className="block text-[10px] text-[var(--muted-fg)]">
                    <Skinned words={{ cloud: `env #${e.id}`, kitchen: `station #${e.id}` }} />
                  </span>
                  <span className="block text-base leading-tight font-semibold tabular-nums">{formatCount(e.memoryCounter)}</span>
                </li>
              ))}
              {ghosts.map((g) => (
                <li key={`g${g.id}`} className="rounded-md border-2 border-dashed border-[var(--border)] px-1 py-0.5 text-center text-[var(--muted-fg)]">
                  <span className="block text-[10px]">
                    <Skinned words={{ cloud: `#${g.id} reclaimed`, kitchen: `#${g.id} packed away` }} />
                  </span>
                  <span className="block text-base leading-tight font-semibold tabular-nums line-through">{formatCount(g.lostCount)}</span>
                </li>
              ))}
              {more > 0 && <li className="self-center text-xs text-[var(--muted-fg)]">+{more} more</li>}
            </ul>
          </div>
          <div className="flex flex-col items-stretch justify-center rounded-lg border-2 border-[var(--color-warm)] bg-[var(--page-bg)] p-2 text-center">
            <span className="text-xs font-semibold">
              <Skinned words={{ cloud: 'DynamoDB counter', kitchen: 'The pantry’s tally' }} />
            </span>
            <span className="text-3xl font-bold text-[var(--color-warm)] tabular-nums dark:text-emerald-300">{formatCount(data.databaseCount)}</span>
            <span className="text-[11px] text-[var(--muted-fg)]">
              <Skinned words={{ cloud: 'one number every environment updates', kitchen: 'one tally every station adds to' }} />
            </span>
          </div>
        </div>
      }
      readouts={
        <div className="space-y-1">
          <Readouts>
            <Readout metric="databaseCounter" label={{ cloud: 'In DynamoDB', kitchen: 'In the pantry' }} value={data.databaseCount} text={formatCount(data.databaseCount)} tone="good" />
            <Readout metric="environments" label={{ cloud: 'Environments', kitchen: 'Stations' }} value={data.environments.length} text={formatCount(data.environments.length)} />
            <Readout metric="distinctCounts" label={{ cloud: 'Different answers', kitchen: 'Different tallies' }} value={distinct} text={formatCount(distinct)} sub="in memory, now" />
            <Readout metric="lostVisits" label={{ cloud: 'Lost with memory', kitchen: 'Lost notepads' }} value={data.lost} text={formatCount(data.lost)} tone="bad" sub="visits" />
          </Readouts>
          <p className="h-5 truncate text-xs text-[var(--muted-fg)]" aria-live="polite">
            {data.visit ?? ''}
          </p>
        </div>
      }
    />
  );
}
