/**
 * The embed's environment cells, drawn straight into an SVG group outside React (as the request
 * dots are, dotPainter.ts). A cell's look is one attribute, `data-cell` (the state; CSS in
 * app/globals.css paints it), so a cell that turns from busy to idle costs the page one write;
 * a frame writes only what changed. Each cell sits in a slot, in the engine's order: when an
 * environment leaves, the ones after it move up a slot (as the live node's flowing cells do).
 */
import { formatCount } from '@/components/simulator/format';
import type { EnvironmentView } from '@/simulations';
import { cellTitle, fillHeight } from './cells';
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

/** Cell size and gap: the usual 12 px squares, or larger ones that show each environment's in-memory counter. */
export const CELL_LOOKS = {
  plain: { size: 12, gap: 3, most: 48, counters: false },
  counters: { size: 24, gap: 4, most: 24, counters: true },
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
export function cellState(env: Pick<EnvironmentView, 'state'>, many: boolean): string {
  return many && env.state === 'busy' ? 'hollow' : env.state;
}

interface Drawn {
  g: SVGGElement;
  fill: SVGRectElement;
  counter: SVGTextElement | null;
  id: number;
  state: string;
  provisioned: boolean;
  fillHeight: number;
  counterText: string;
}

export interface CellPainter {
  draw(environments: readonly EnvironmentView[], live: number): void;
  /** Hover text for the cell under a pointer (SVG <title>), written only when a reader points at it. */
  describe(target: EventTarget | null, skin: Skin): void;
}

export function createCellPainter(g: SVGGElement, area: CellArea, look: CellLook): CellPainter {
  g.replaceChildren();
  const drawn: Drawn[] = [];
  let environments: readonly EnvironmentView[] = [];
  let many = false;
  const more = document.createElementNS(SVG, 'text');
  more.setAttribute('font-size', '10');
  more.setAttribute('class', 'cell-more');
  let moreShown = '';
  let morePlace = -1;

  const at = (slot: number, perRow: number) => ({ x: area.left + (slot % perRow) * (look.size + look.gap), y: area.top + Math.floor(slot / perRow) * (look.size + look.gap) });

  /** A new cell at a slot; new elements start the pop-in animation (CSS), so an environment new to the run pops in. */
  const make = (x: number, y: number): Drawn => {
    const cell = document.createElementNS(SVG, 'g');
    cell.setAttribute('class', 'live-cell');
    const ring = document.createElementNS(SVG, 'rect');
    ring.setAttribute('class', 'cell-ring');
    ring.setAttribute('x', String(x - 2));
    ring.setAttribute('y', String(y - 2));
    ring.setAttribute('width', String(look.size + 4));
    ring.setAttribute('height', String(look.size + 4));
    ring.setAttribute('rx', '4');
    const box = document.createElementNS(SVG, 'rect');
    box.setAttribute('class', 'cell-box');
    box.setAttribute('x', String(x + 0.5));
    box.setAttribute('y', String(y + 0.5));
    box.setAttribute('width', String(look.size - 1));
    box.setAttribute('height', String(look.size - 1));
    box.setAttribute('rx', '2.5');
    const fill = document.createElementNS(SVG, 'rect');
    fill.setAttribute('class', 'cell-fill');
    fill.setAttribute('x', String(x + 1));
    fill.setAttribute('width', String(look.size - 2));
    fill.setAttribute('y', String(y + look.size - 1));
    fill.setAttribute('height', '0');
    cell.append(ring, box, fill);
    let counter: SVGTextElement | null = null;
    if (look.counters) {
      counter = document.createElementNS(SVG, 'text');
      counter.setAttribute('class', 'cell-counter');
      counter.setAttribute('x', String(x + look.size / 2));
      counter.setAttribute('y', String(y + look.size / 2 + 3.5));
      counter.setAttribute('text-anchor', 'middle');
      counter.setAttribute('font-size', '10');
      cell.append(counter);
    }
    return { g: cell, fill, counter, id: -1, state: '', provisioned: false, fillHeight: 0, counterText: '' };
  };

  return {
    draw(next, live) {
      environments = next;
      many = (next[0]?.capacity ?? 1) > 1;
      const { shown, perRow } = cellsShown(area, look, next.length, live);
      for (let slot = 0; slot < shown; slot++) {
        const env = next[slot];
        let d = drawn[slot];
        if (!d) {
          const { x, y } = at(slot, perRow);
          d = drawn[slot] = make(x, y);
        } else if (d.id !== env.id && !wasDrawn(drawn, env.id)) {
          // An environment new to the drawing takes this slot: a fresh element, so it pops in.
          const { x, y } = at(slot, perRow);
          const fresh = make(x, y);
          d.g.replaceWith(fresh.g);
          d = drawn[slot] = fresh;
        }
        if (d.g.parentNode !== g) g.insertBefore(d.g, more.parentNode === g ? more : null);
        d.id = env.id;
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
          const { y } = at(slot, perRow);
          d.fill.setAttribute('y', String(y + look.size - 1 - h));
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
      // Cells past the shown ones leave (an environment reclaimed, or fewer fit).
      for (let slot = shown; slot < drawn.length; slot++) drawn[slot].g.remove();
      drawn.length = shown;
      const rest = live - shown;
      const text = rest > 0 ? moreText(rest) : '';
      if (text !== moreShown) {
        more.textContent = text;
        moreShown = text;
      }
      if (text && morePlace !== shown) {
        const { x, y } = at(shown, perRow);
        more.setAttribute('x', String(x));
        more.setAttribute('y', String(y + Math.min(look.size, 12) - 2));
        morePlace = shown;
      }
      if (text && more.parentNode !== g) g.append(more);
      else if (!text && more.parentNode === g) more.remove();
    },
    describe(target, skin) {
      const cell = target instanceof Element ? target.closest('.live-cell') : null;
      if (!cell) return;
      const slot = drawn.findIndex((d) => d.g === cell);
      const env = environments.find((e) => e.id === drawn[slot]?.id);
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

function wasDrawn(drawn: readonly Drawn[], id: number): boolean {
  return drawn.some((d) => d.id === id);
}
