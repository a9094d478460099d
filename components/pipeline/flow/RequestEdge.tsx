'use client';

import { BaseEdge, EdgeLabelRenderer, getBezierPath, getStraightPath, useStore as useFlowStore, type EdgeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { useSimulator, useSimulatorStore } from '@/components/simulator/SimulatorContext';
import { dotsByEdge, type DotEdge, type DotKind } from '@/components/simulator/dots';
import { usePrefersReducedMotion } from '@/components/simulator/usePrefersReducedMotion';

/** With reduced motion, how often an edge's counter may change. */
const LABEL_WINDOW_MS = 500;

/** Points sampled along an edge once; dots interpolate between them (getPointAtLength is slow). */
const SAMPLES = 64;

function samplePath(line: SVGPathElement): Float32Array {
  const length = line.getTotalLength();
  const xy = new Float32Array((SAMPLES + 1) * 2);
  for (let i = 0; i <= SAMPLES; i++) {
    const pt = line.getPointAtLength((i / SAMPLES) * length);
    xy[2 * i] = pt.x;
    xy[2 * i + 1] = pt.y;
  }
  return xy;
}

const FILL: Record<DotKind, string> = {
  request: 'var(--dot-request)',
  response: 'var(--dot-response)',
  throttled: 'var(--dot-throttled)',
};

/** The request id of the visible, pickable dot in `g` whose centre is nearest a press (client px). */
function nearestDotId(g: SVGGElement, x: number, y: number): number | null {
  let best: number | null = null;
  let bestD = Infinity;
  for (const c of g.children) {
    const id = c.getAttribute('data-id');
    if (id === null || c.getAttribute('visibility') !== 'visible') continue;
    const r = c.getBoundingClientRect();
    const d = (r.x + r.width / 2 - x) ** 2 + (r.y + r.height / 2 - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = Number(id);
    }
  }
  return best;
}

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
  const labelWindow = useRef({ since: -Infinity, inFlight: 0, throttled: 0 });
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
    let table: Float32Array | null = null;
    /** What each circle was last drawn as, so unchanged attributes are not written again. */
    const drawn: { kind: DotKind | null; id: number | null; hit: string; shown: boolean }[] = [];
    // Circles a previous run of this effect drew are not in its record: start from none.
    dotsRef.current?.replaceChildren();
    const draw = () => {
      const { frame: snapshot, params } = store.getState();
      const g = dotsRef.current;
      const line = pathRef.current;
      if (!g || !line) return;
      // A restart clears the frame: no dot of the old run stays on screen (or clickable).
      if (!snapshot) {
        g.replaceChildren();
        drawn.length = 0;
        return;
      }
      const dots = dotsByEdge(snapshot, params.speed)[id as DotEdge] ?? [];
      if (reduced) {
        // The label changes at most twice a second and shows the most seen in that window: a
        // count redrawn every frame (and shown only while something is on the edge) blinked.
        const throttled = dots.filter((d) => d.kind === 'throttled').length;
        const w = labelWindow.current;
        w.inFlight = Math.max(w.inFlight, dots.length - throttled);
        w.throttled = Math.max(w.throttled, throttled);
        const now = performance.now();
        if (now - w.since >= LABEL_WINDOW_MS) {
          const next = { inFlight: w.inFlight, throttled: w.throttled };
          setSummary((prev) => (prev.inFlight === next.inFlight && prev.throttled === next.throttled ? prev : next));
          labelWindow.current = { since: now, inFlight: 0, throttled: 0 };
        }
        g.replaceChildren();
        drawn.length = 0;
        return;
      }
      table ??= samplePath(line);
      while (g.childElementCount < dots.length) {
        const c = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
        c.setAttribute('r', '4');
        // A transparent ring widens what a finger or pointer can hit without a bigger dot.
        c.setAttribute('stroke', 'transparent');
        c.setAttribute('visibility', 'hidden');
        c.style.pointerEvents = 'none';
        g.appendChild(c);
        drawn.push({ kind: null, id: null, hit: '', shown: false });
      }
      // Only the position changes every frame; the rest is written when it changes (a frame draws
      // hundreds of dots, and every attribute written is style work for the page).
      for (let i = 0; i < g.childElementCount; i++) {
        const c = g.children[i] as SVGCircleElement;
        const was = drawn[i];
        const dot = dots[i];
        if (!dot) {
          if (was.shown) {
            c.setAttribute('visibility', 'hidden');
            was.shown = false;
          }
          continue;
        }
        const f = dot.progress * SAMPLES;
        const k = Math.min(SAMPLES - 1, Math.floor(f));
        const t = f - k;
        c.setAttribute('cx', (table[2 * k] + (table[2 * k + 2] - table[2 * k]) * t).toFixed(1));
        c.setAttribute('cy', (table[2 * k + 1] + (table[2 * k + 3] - table[2 * k + 1]) * t).toFixed(1));
        if (dot.kind !== was.kind) {
          c.setAttribute('fill', FILL[dot.kind]);
          c.setAttribute('r', dot.kind === 'throttled' ? '5' : '4');
          was.kind = dot.kind;
        }
        const pick = dot.id === undefined || !pickable ? null : dot.id;
        if (pick !== was.id) {
          if (pick === null) {
            c.removeAttribute('data-id');
            c.style.pointerEvents = 'none';
          } else {
            c.setAttribute('data-id', String(pick));
            // React Flow's edge layer ignores the pointer; a request's dot takes it.
            c.style.pointerEvents = 'auto';
          }
          was.id = pick;
        }
        const hit = pick === null ? '' : hitWidth.current.toFixed(1);
        if (hit !== was.hit) {
          if (hit) c.setAttribute('stroke-width', hit);
          was.hit = hit;
        }
        if (!was.shown) {
          c.setAttribute('visibility', 'visible');
          was.shown = true;
        }
      }
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
        // Pressed, not clicked: dots move and circles are reused, so the one under the pointer at
        // the press is the request meant. Hit rings are wider than the dots and overlap on a busy
        // edge, so the pick is the dot whose centre is nearest the press, not the ring on top.
        onPointerDown={
          onPick
            ? (e) => {
                const id = nearestDotId(e.currentTarget, e.clientX, e.clientY);
                if (id !== null) onPick(id);
              }
            : undefined
        }
      />
      {reduced && sync && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute flex flex-col items-center rounded bg-[var(--page-bg)] px-1 text-[10px] leading-tight font-semibold whitespace-nowrap text-[var(--page-fg)] shadow"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {/* One count per line keeps the label narrow enough for the gaps of the wide layout. */}
            <span>{summary.inFlight} moving</span>
            {summary.throttled > 0 && <span className="text-red-700 dark:text-red-300">{summary.throttled} {kitchen ? (id === 'function-database' ? 'failed' : 'turned away') : 'refused'}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
