/**
 * The embed's environment cells, drawn straight into an SVG group outside React (as the request
 * dots are, dotPainter.ts). A cell's look is one attribute, `data-cell` (the state; CSS in
 * app/globals.css paints it), so a cell that turns from busy to idle costs the page one write;
 * a frame writes only what changed. Cells sit in slots, in the engine's order: when an
 * environment leaves, the ones after it move up a slot (as the live node's flowing cells do).
 */
import { formatCount } from '@/components/simulator/format';
import type { EnvironmentView } from '@/simulations';
import { cellTitle, fillHeight } from './cells';
import { CELL, COUNTER_CELL } from './flow/layout';
import type { Skin } from './graph';

const SVG = 'http://www.w3.org/2000/svg';

/** Where the cells go: the grid's top-left corner, its width and the bottom it must not pass. */
export interface CellArea {
  left: number;
  top: number;
  width: number;
  bottom: number;
}

export interface CellLook {
  size: number;
  gap: number;
  /** Most cells drawn, however many fit. */
  most: number;
  /** Each cell writes its environment's in-memory counter (the statelessness scene). */
  counters: boolean;
}

/** Cell size and gap: the live node's (flow/layout.ts), plain or with each environment's in-memory counter. */
export const CELL_LOOKS = {
  plain: { size: CELL.size, gap: CELL.gap, most: CELL.max, counters: false },
  counters: { size: COUNTER_CELL.size, gap: COUNTER_CELL.gap, most: COUNTER_CELL.max, counters: true },
} as const satisfies Record<string, CellLook>;

/** The "+12" after the last cell. */
const moreText = (n: number) => `+${formatCount(n)}`;

/**
 * How many cells to draw of `count` environments (`live` in all) in `area`: as many as fit, and
 * when some are left out, room on the last row for the "+N" that counts them.
 */
export function cellsShown(area: CellArea, look: CellLook, count: number, live: number): { shown: number; perRow: number } {
  const step = look.size + look.gap;
  const perRow = Math.max(1, Math.floor((area.width + look.gap) / step));
  const rows = Math.max(1, Math.floor((area.bottom - area.top + look.gap) / step));
  let shown = Math.min(count, look.most, perRow * rows);
  if (live > shown) {
    const slots = Math.ceil((moreText(live - shown).length * 6 + look.gap) / step);
    shown = Math.max(0, Math.min(shown, perRow * rows - slots));
  }
  return { shown, perRow };
}

/** A cell's state as drawn: its environment's, or `hollow` for a working instance that takes several requests at once. */
function cellState(env: Pick<EnvironmentView, 'state'>, many: boolean): string {
  return many && env.state === 'busy' ? 'hollow' : env.state;
}

interface Drawn {
  /** Where the cell is: one `transform`, so a cell that moves to another slot costs one write. */
  at: SVGGElement;
  /** The cell itself: its state (`data-cell`), and the pop-in animation when it is new. */
  g: SVGGElement;
  fill: SVGRectElement;
  counter: SVGTextElement | null;
  slot: number;
  state: string;
  provisioned: boolean;
  fillHeight: number;
  counterText: string;
}

export interface CellPainter {
  draw(environments: readonly EnvironmentView[], live: number): void;
  /** The cells' area moved or changed size (the text above them wrapped differently): cells move, none is made again. */
  setArea(area: CellArea): void;
  /** Hover text for the cell under a pointer (SVG <title>), written only when a reader points at it. */
  describe(target: EventTarget | null, skin: Skin): void;
}

/**
 * Draws cells into `g`. Each environment keeps its element for as long as it is drawn, whatever
 * slot it moves to (the engine lists environments in pool order, and a new one often takes a freed
 * slot in the middle), so only an environment new to the drawing pops in.
 */
export function createCellPainter(g: SVGGElement, initialArea: CellArea, look: CellLook): CellPainter {
  g.replaceChildren();
  let area = initialArea;
  const drawn = new Map<number, Drawn>();
  let environments: readonly EnvironmentView[] = [];
  let live = 0;
  let many = false;
  const more = document.createElementNS(SVG, 'text');
  more.setAttribute('font-size', '10');
  more.setAttribute('class', 'cell-more');
  let moreShown = '';
  let morePlace = '';

  const at = (slot: number, perRow: number) => ({ x: area.left + (slot % perRow) * (look.size + look.gap), y: area.top + Math.floor(slot / perRow) * (look.size + look.gap) });

  /** A new cell, drawn at (0, 0) and placed by its outer group; a new element starts the pop-in animation (CSS). */
  const make = (): Drawn => {
    const place = document.createElementNS(SVG, 'g');
    const cell = document.createElementNS(SVG, 'g');
    cell.setAttribute('class', 'live-cell');
    const rect = (cls: string, x: number, y: number, width: number, height: number, rx?: number) => {
      const r = document.createElementNS(SVG, 'rect');
      r.setAttribute('class', cls);
      r.setAttribute('x', String(x));
      r.setAttribute('y', String(y));
      r.setAttribute('width', String(width));
      r.setAttribute('height', String(height));
      if (rx !== undefined) r.setAttribute('rx', String(rx));
      return r;
    };
    const fill = rect('cell-fill', 1, look.size - 1, look.size - 2, 0);
    cell.append(rect('cell-ring', -2, -2, look.size + 4, look.size + 4, 4), rect('cell-box', 0.5, 0.5, look.size - 1, look.size - 1, 2.5), fill);
    let counter: SVGTextElement | null = null;
    if (look.counters) {
      counter = document.createElementNS(SVG, 'text');
      counter.setAttribute('class', 'cell-counter');
      counter.setAttribute('x', String(look.size / 2));
      counter.setAttribute('y', String(look.size / 2 + 3.5));
      counter.setAttribute('text-anchor', 'middle');
      counter.setAttribute('font-size', '10');
      cell.append(counter);
    }
    place.append(cell);
    return { at: place, g: cell, fill, counter, slot: -1, state: '', provisioned: false, fillHeight: 0, counterText: '' };
  };

  const draw = (next: readonly EnvironmentView[], liveNow: number) => {
    environments = next;
    live = liveNow;
    many = (next[0]?.capacity ?? 1) > 1;
    const { shown, perRow } = cellsShown(area, look, next.length, live);
    const keep = new Set<number>();
    for (let slot = 0; slot < shown; slot++) {
      const env = next[slot];
      keep.add(env.id);
      let d = drawn.get(env.id);
      if (!d) {
        d = make();
        drawn.set(env.id, d);
        g.insertBefore(d.at, more.parentNode === g ? more : null);
      }
      if (d.slot !== slot) {
        const { x, y } = at(slot, perRow);
        d.at.setAttribute('transform', `translate(${x} ${y})`);
        d.slot = slot;
      }
      const state = cellState(env, many);
      if (state !== d.state) {
        d.g.setAttribute('data-cell', state);
        d.state = state;
      }
      if (env.provisioned !== d.provisioned) {
        d.g.toggleAttribute('data-provisioned', env.provisioned);
        d.provisioned = env.provisioned;
      }
      const h = state === 'hollow' ? fillHeight(env.requests, env.capacity, look.size - 2) : 0;
      if (h !== d.fillHeight) {
        d.fill.setAttribute('y', String(look.size - 1 - h));
        d.fill.setAttribute('height', String(h));
        d.fillHeight = h;
      }
      if (d.counter) {
        const text = String(env.memoryCounter);
        if (text !== d.counterText) {
          d.counter.textContent = text;
          d.counterText = text;
        }
      }
    }
    // An environment reclaimed (or no longer fitting) leaves.
    for (const [id, d] of drawn) {
      if (keep.has(id)) continue;
      d.at.remove();
      drawn.delete(id);
    }
    const rest = live - shown;
    const text = rest > 0 ? moreText(rest) : '';
    if (text !== moreShown) {
      more.textContent = text;
      moreShown = text;
    }
    if (text) {
      const { x, y } = at(shown, perRow);
      const place = `${x},${y + Math.min(look.size, 12) - 2}`;
      if (place !== morePlace) {
        more.setAttribute('x', String(x));
        more.setAttribute('y', String(y + Math.min(look.size, 12) - 2));
        morePlace = place;
      }
      if (more.parentNode !== g) g.append(more);
    } else if (more.parentNode === g) more.remove();
  };

  return {
    draw,
    setArea(next) {
      if (next.left === area.left && next.top === area.top && next.width === area.width && next.bottom === area.bottom) return;
      area = next;
      for (const d of drawn.values()) d.slot = -1;
      morePlace = '';
      draw(environments, live);
    },
    describe(target, skin) {
      const cell = target instanceof Element ? target.closest('.live-cell') : null;
      if (!cell) return;
      const id = [...drawn].find(([, d]) => d.g === cell)?.[0];
      const env = environments.find((e) => e.id === id);
      if (!env) return;
      let title: Element | null = cell.querySelector(':scope > title');
      if (!title) {
        title = document.createElementNS(SVG, 'title');
        cell.prepend(title);
      }
      title.textContent = cellTitle(skin, env, many);
    },
  };
}
