'use client';

import { useEffect, useRef, useState } from 'react';
import { formatCount } from '@/components/simulator/format';
import { FigureError } from '../FigureError';
import { Measured } from '../Measured';
import { StatelessnessPicture } from './StatelessnessPicture';
import { Skinned } from '../Skinned';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { useFigure, useFigureSimulation } from '../useFigureSimulation';
import { byAge, reclaimedBetween, RUSH, STATELESSNESS, statelessnessScenario, type Ghost } from './statelessness';
import { StatelessnessView } from './StatelessnessView';

const button = 'h-9 rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-3 text-sm font-semibold hover:border-brand-600';

export function StatelessnessLive({ onReady }: LiveFigureProps) {
  const { store, container } = useFigureSimulation(() => ({
    scenario: statelessnessScenario(),
    speed: 1,
    warmupMs: STATELESSNESS.warmupMs,
    keepSeries: 1,
    engineOptions: { environmentViews: 200, traceCapacity: 20 },
  }));
  const frame = useFigure(store, (s) => s.frame);
  const error = useFigure(store, (s) => s.engineError);
  useFigureReady(onReady, frame !== null || error !== null);
  const [ghosts, setGhosts] = useState<Ghost[]>([]);
  const [lost, setLost] = useState(0);
  const [visitAsked, setVisitAsked] = useState(false);
  const previous = useRef(frame);

  // An environment missing from this frame was reclaimed: its count goes with it.
  useEffect(() => {
    const before = previous.current;
    previous.current = frame;
    if (!before || !frame) return;
    const gone = reclaimedBetween(before.environments, frame.environments, frame.timeMs);
    setGhosts((g) => [...g.filter((x) => frame.timeMs - x.atMs < STATELESSNESS.ghostMs), ...gone]);
    if (gone.length > 0) setLost((n) => n + gone.reduce((sum, x) => sum + x.lostCount, 0));
  }, [frame]);

  const envs = frame ? byAge(frame.environments) : [];
  const mine = visitAsked ? frame?.traces.filter((t) => t.manual).at(-1) : undefined;
  const env = mine && mine.envId >= 0 ? envs.find((e) => e.id === mine.envId) : undefined;
  const visit = !visitAsked
    ? undefined
    : !mine
      ? 'Your visit is on its way…'
      : env
        ? `Your visit was served by #${env.id}: its memory says ${formatCount(env.memoryCounter)} visits, DynamoDB says ${formatCount(frame?.databaseCounter ?? 0)}.`
        : `Your visit was served by #${mine.envId}, already reclaimed: its count is gone. DynamoDB says ${formatCount(frame?.databaseCounter ?? 0)}.`;

  return (
    <div ref={container} className="h-full" data-sim-ms={frame?.timeMs ?? 0}>
      <StatelessnessView
        data={{ environments: envs, ghosts, databaseCount: frame?.databaseCounter ?? 0, lost, visit }}
        picture={
          <Measured>{(w, h) => <StatelessnessPicture environments={envs} ghosts={ghosts} databaseCount={frame?.databaseCounter ?? 0} width={w} height={h} />}</Measured>
        }
        controls={
          <div className="flex h-14 flex-wrap items-center gap-2">
            <button type="button" className={button} onClick={() => store.getState().setTraffic(RUSH)}>
              <Skinned words={{ cloud: 'Send a rush of visitors', kitchen: 'Send a rush of customers' }} />
            </button>
            <button
              type="button"
              className={button}
              onClick={() => {
                setVisitAsked(true);
                store.getState().sendRequest();
              }}
            >
              <Skinned words={{ cloud: 'Visit once', kitchen: 'Order once' }} />
            </button>
            <span className="text-xs text-[var(--muted-fg)]">Idle environments are reclaimed after {STATELESSNESS.idleTimeoutSeconds} s.</span>
          </div>
        }
      />
      <FigureError error={error} />
    </div>
  );
}
