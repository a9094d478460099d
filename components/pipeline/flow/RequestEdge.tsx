'use client';

import { BaseEdge, EdgeLabelRenderer, getBezierPath, getStraightPath, useStore as useFlowStore, type EdgeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { useSimulator, useSimulatorStore } from '@/components/simulator/SimulatorContext';
import { dotsByEdge, type DotEdge } from '@/components/simulator/dots';
import { usePrefersReducedMotion } from '@/components/simulator/usePrefersReducedMotion';
import { createDotPainter, createEdgeCounter, pickOnPress } from '../dotPainter';
import { refusedWord } from '../nodeWords';

export interface RequestEdgeData extends Record<string, unknown> {
  kind: 'sync' | 'beside';
  label: string;
  active?: boolean;
  /** Called with a request's id when its dot is clicked or tapped (the inspector opens on it). */
  onPick?: (id: number) => void;
}

/**
 * An edge that carries request dots. Dots are drawn imperatively from a store subscription (one
 * update per engine frame, no React re-render). With reduced motion the edge shows a counter of
 * what is on it instead, and throttles flash the label.
 */
export const RequestEdge = memo(function RequestEdge(props: EdgeProps) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd } = props;
  const data = props.data as RequestEdgeData | undefined;
  const store = useSimulatorStore();
  const kitchen = useSimulator((s) => s.params.skin === 'kitchen');
  const reduced = usePrefersReducedMotion();
  const pathRef = useRef<SVGPathElement>(null);
  const dotsRef = useRef<SVGGElement>(null);
  const [summary, setSummary] = useState<{ inFlight: number; throttled: number }>({ inFlight: 0, throttled: 0 });
  const counter = useRef(createEdgeCounter());
  const straight = sourceX === targetX || sourceY === targetY;
  const [path, labelX, labelY] = straight
    ? getStraightPath({ sourceX, sourceY, targetX, targetY })
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const sync = data?.kind === 'sync';
  const onPick = data?.onPick;
  const pickable = onPick !== undefined;
  // The diagram is scaled to fit, so the hit ring is sized in screen pixels: at least 24 px across.
  const zoom = useFlowStore((s) => s.transform[2]);
  const hitWidth = useRef(10);
  useEffect(() => {
    hitWidth.current = Math.max(10, 24 / Math.max(zoom, 0.1) - 8);
  }, [zoom]);

  useEffect(() => {
    if (!sync) return;
    const g = dotsRef.current;
    const line = pathRef.current;
    if (!g || !line) return;
    const painter = createDotPainter(g, line, { pickable, hitWidth: () => hitWidth.current });
    const draw = () => {
      const { frame: snapshot, params } = store.getState();
      // A restart clears the frame: no dot of the old run stays on screen (or clickable).
      if (!snapshot) return painter.clear();
      const dots = dotsByEdge(snapshot, params.speed)[id as DotEdge] ?? [];
      if (reduced) {
        const shown = counter.current.offer(dots, performance.now());
        if (shown) setSummary((prev) => (prev.inFlight === shown.inFlight && prev.throttled === shown.throttled ? prev : shown));
        return painter.clear();
      }
      painter.draw(dots);
    };
    draw();
    return store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) draw();
    });
  }, [store, id, sync, reduced, path, pickable]);

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke: sync ? 'var(--pipe-edge)' : 'var(--muted-fg)',
          strokeWidth: sync ? 2.5 : 1.5,
          strokeDasharray: sync ? undefined : '6 5',
          opacity: sync || data?.active ? 1 : 0.5,
        }}
      />
      {/* An invisible copy measures positions along the path. */}
      <path ref={pathRef} d={path} fill="none" stroke="none" />
      <g
        ref={dotsRef}
        aria-hidden="true"
        // Pointer users can pick a moving request; everyone can pick one from the inspector's list.
        className={onPick ? 'cursor-pointer' : undefined}
        onPointerDown={pickOnPress(onPick)}
      />
      {reduced && sync && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute flex flex-col items-center rounded bg-[var(--page-bg)] px-1 text-[10px] leading-tight font-semibold whitespace-nowrap text-[var(--page-fg)] shadow"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {/* One count per line keeps the label narrow enough for the gaps of the wide layout. */}
            <span>{summary.inFlight} moving</span>
            {summary.throttled > 0 && <span className="text-red-700 dark:text-red-300">{summary.throttled} {refusedWord(kitchen, id)}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
