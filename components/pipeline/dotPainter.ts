/**
 * Request dots drawn straight into an SVG group, outside React: a frame moves hundreds of dots,
 * and a re-render for each would cost a phone its frame rate. Both live diagrams use it: React
 * Flow's edges (RequestEdge) and the embed's plain SVG (LivePipelineSvg).
 */
import type { Dot, DotKind } from '@/components/simulator/dots';

/** Points sampled along an edge once; dots interpolate between them (getPointAtLength is slow). */
const SAMPLES = 64;

const FILL: Record<DotKind, string> = {
  request: 'var(--dot-request)',
  response: 'var(--dot-response)',
  throttled: 'var(--dot-throttled)',
};

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

export interface DotPainter {
  /** Draws `dots` along the line: circles are reused, and only what changed is written. */
  draw(dots: readonly Dot[]): void;
  /** Removes every circle (a restart, or reduced motion). */
  clear(): void;
}

/**
 * A painter for the dots of one edge: circles in `g`, placed along `line`. With `pickable`, a
 * request's dot takes the pointer (see nearestDotId) and gets a transparent ring `hitWidth()`
 * wide in the drawing's units, so a finger can hit it without a bigger dot.
 */
export function createDotPainter(g: SVGGElement, line: SVGPathElement, { pickable, hitWidth }: { pickable: boolean; hitWidth: () => number }): DotPainter {
  let table: Float32Array | null = null;
  /** What each circle was last drawn as, so unchanged attributes are not written again. */
  const drawn: { kind: DotKind | null; id: number | null; hit: string; shown: boolean }[] = [];
  // Circles a previous painter drew are not in this one's record: start from none.
  g.replaceChildren();
  return {
    clear() {
      g.replaceChildren();
      drawn.length = 0;
    },
    draw(dots) {
      table ??= samplePath(line);
      while (g.childElementCount < dots.length) {
        const c = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
        c.setAttribute('r', '4');
        c.setAttribute('stroke', 'transparent');
        c.setAttribute('visibility', 'hidden');
        c.style.pointerEvents = 'none';
        g.appendChild(c);
        drawn.push({ kind: null, id: null, hit: '', shown: false });
      }
      // Only the position changes every frame; the rest is written when it changes (every
      // attribute written is style work for the page).
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
            // The drawing's edge layer ignores the pointer; a request's dot takes it.
            c.style.pointerEvents = 'auto';
          }
          was.id = pick;
        }
        const hit = pick === null ? '' : hitWidth().toFixed(1);
        if (hit !== was.hit) {
          if (hit) c.setAttribute('stroke-width', hit);
          was.hit = hit;
        }
        if (!was.shown) {
          c.setAttribute('visibility', 'visible');
          was.shown = true;
        }
      }
    },
  };
}

/** The request id of the visible, pickable dot in `g` whose centre is nearest a press (client px). */
export function nearestDotId(g: SVGGElement, x: number, y: number): number | null {
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

/**
 * The press handler of an edge's dot group: the request whose dot centre is nearest the press.
 * Pressed, not clicked: dots move and circles are reused, so the one under the pointer at the
 * press is the request meant. Hit rings are wider than the dots and overlap on a busy edge, so
 * the pick is the nearest centre, not the ring on top.
 */
export function pickOnPress(onPick: ((id: number) => void) | undefined): ((e: { currentTarget: SVGGElement; clientX: number; clientY: number }) => void) | undefined {
  if (!onPick) return undefined;
  return (e) => {
    const id = nearestDotId(e.currentTarget, e.clientX, e.clientY);
    if (id !== null) onPick(id);
  };
}

/** With reduced motion, how often an edge's counter may change. */
export const LABEL_WINDOW_MS = 500;

/**
 * With reduced motion an edge shows a count of what is on it instead of dots. The count changes at
 * most twice a second and shows the most seen in that window: a count redrawn every frame (and
 * shown only while something is on the edge) blinked. `offer` returns the new count when it is time
 * to show one, or null.
 */
export function createEdgeCounter(): { offer(dots: readonly Dot[], now: number): { inFlight: number; throttled: number } | null } {
  let since = -Infinity;
  let inFlight = 0;
  let throttled = 0;
  return {
    offer(dots, now) {
      const refused = dots.filter((d) => d.kind === 'throttled').length;
      inFlight = Math.max(inFlight, dots.length - refused);
      throttled = Math.max(throttled, refused);
      if (now - since < LABEL_WINDOW_MS) return null;
      const shown = { inFlight, throttled };
      since = now;
      inFlight = 0;
      throttled = 0;
      return shown;
    },
  };
}
