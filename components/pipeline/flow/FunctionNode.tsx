'use client';

import { AnimatePresence, m } from 'motion/react';
import { memo } from 'react';
import type { EnvironmentView } from '@/simulations';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { formatCount } from '@/components/simulator/format';
import { CELL_CLASS, cellTitle, FILL_CLASS, fillHeight, PARTIAL_CELL_CLASS } from '../cells';
import type { Skin } from '../graph';
import { functionCounts, functionSubtitle, functionTitle, showsMemoryCounters } from '../nodeWords';
import { CELL, COUNTER_CELL } from './layout';
import { NodeFrame } from './NodeFrame';

/**
 * One environment's cell, drawn again only when what it shows changes (a frame re-renders the
 * node, and most of its cells are as they were).
 */
const EnvironmentCell = memo(function EnvironmentCell({
  id,
  state,
  provisioned,
  requests,
  capacity,
  memoryCounter,
  skin,
  many,
  showCounters,
}: Pick<EnvironmentView, 'id' | 'state' | 'provisioned' | 'requests' | 'capacity' | 'memoryCounter'> & { skin: Skin; many: boolean; showCounters: boolean }) {
  return (
    <m.span
      // A new environment pops in; a reclaimed one shrinks away (instant with reduced motion).
      initial={{ scale: 0.2, opacity: 0 }}
      animate={{ scale: 1, opacity: 1 }}
      exit={{ scale: 0.2, opacity: 0 }}
      transition={{ duration: 0.25 }}
      title={cellTitle(skin, { id, state, requests, capacity }, many)}
      className={`inline-grid place-items-center overflow-hidden rounded-[3px] border ${showCounters ? 'h-6 w-6 text-[10px] font-semibold' : 'h-3 w-3'} ${
        many && state === 'busy' ? PARTIAL_CELL_CLASS : CELL_CLASS[state]
      } ${provisioned ? 'ring-1 ring-[var(--page-fg)] ring-offset-1 ring-offset-[var(--pipe-node)]' : ''} ${
        state === 'busy' && !many ? 'text-[var(--page-bg)]' : 'text-[var(--page-fg)]'
      }`}
    >
      {showCounters ? (
        memoryCounter
      ) : many && state === 'busy' ? (
        <svg viewBox="0 0 10 10" width="10" height="10" className="block" aria-hidden="true" focusable="false">
          <rect x="0" y={10 - fillHeight(requests, capacity, 10)} width="10" height={fillHeight(requests, capacity, 10)} className={FILL_CLASS} />
        </svg>
      ) : null}
    </m.span>
  );
});

/**
 * The function and its execution environments: one cell each, appearing when INIT starts
 * (amber), working (blue), idle and warm (hollow green), and gone when reclaimed. In the
 * statelessness scene each cell shows its own in-memory counter. On a platform whose instances
 * take several requests at once, a working cell is hollow and filled from the bottom as far as
 * it is full (an SVG rect's height: no inline style), its hover text saying how full.
 */
export const FunctionNode = memo(function FunctionNode() {
  const skin = useSimulator((s) => s.params.skin);
  const title = useSimulator(functionTitle);
  const subtitle = useSimulator(functionSubtitle);
  const countsLine = useSimulator(functionCounts);
  const showCounters = useSimulator(showsMemoryCounters);
  const live = useSimulator((s) => s.snapshot?.counts.live ?? 0);
  const environments = useSimulator((s) => s.snapshot?.environments);
  const cells = (environments ?? []).slice(0, showCounters ? COUNTER_CELL.max : CELL.max);
  const more = live - cells.length;
  const many = (cells[0]?.capacity ?? 1) > 1;
  return (
    <NodeFrame title={title} subtitle={subtitle} accent testId="node-function">
      <div className="mt-0.5 text-[11px] leading-tight text-[var(--muted-fg)]" aria-hidden="true">
        {countsLine}
      </div>
      <div className={`mt-1 flex flex-wrap ${showCounters ? 'gap-1' : 'gap-[3px]'}`} aria-hidden="true">
        <AnimatePresence initial={false}>
          {cells.map((env) => (
            <EnvironmentCell
              key={env.id}
              id={env.id}
              state={env.state}
              provisioned={env.provisioned}
              requests={env.requests}
              capacity={env.capacity}
              memoryCounter={env.memoryCounter}
              skin={skin}
              many={many}
              showCounters={showCounters}
            />
          ))}
        </AnimatePresence>
        {more > 0 && <span className="text-[10px] leading-3 text-[var(--muted-fg)]">+{formatCount(more)}</span>}
      </div>
    </NodeFrame>
  );
});
