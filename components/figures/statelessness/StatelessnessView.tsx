/** The `statelessness` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { EnvironmentView } from '@/simulations';
import { formatCount } from '@/components/simulator/format';
import { FigureBody, Readout, Readouts } from '../parts';
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

export function StatelessnessView({ data, controls, picture }: { data: StatelessnessData; controls: ReactNode; picture: ReactNode }) {
  const distinct = new Set(data.environments.map((e) => e.memoryCounter)).size;
  return (
    <FigureBody
      controls={controls}
      picture={picture}
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
