// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EnvironmentView } from '@/simulations';
import { CELL_LOOKS, cellsShown, createCellPainter } from '@/components/pipeline/cellPainter';

function env(id: number, state: EnvironmentView['state'], extra: Partial<EnvironmentView> = {}): EnvironmentView {
  return { id, state, sinceMs: 0, requestsServed: 0, memoryCounter: 0, provisioned: false, requests: state === 'busy' ? 1 : 0, capacity: 1, ...extra };
}

/** The wide layout's Function node: 236 px inside, cells from y = 68 to the box's inner bottom at 162. */
const AREA = { left: 412, top: 68, width: 236, bottom: 162 };

function setup() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(g);
  document.body.append(svg);
  return { g, painter: createCellPainter(g, AREA, CELL_LOOKS.plain) };
}

const cells = (g: SVGGElement) => [...g.querySelectorAll('.live-cell')];
/** Where a cell is drawn: its placing group's transform. */
const place = (cell: Element) => cell.parentElement?.getAttribute('transform');

describe('the embed cell painter', () => {
  it('draws a cell per environment in the engine order, its state in one attribute', () => {
    const { g, painter } = setup();
    painter.draw([env(1, 'busy'), env(2, 'idle'), env(3, 'initializing', { provisioned: true })], 3);
    expect(cells(g).map((c) => c.getAttribute('data-cell'))).toEqual(['busy', 'idle', 'initializing']);
    expect(cells(g).map((c) => c.hasAttribute('data-provisioned'))).toEqual([false, false, true]);
    // In rows of 15 (236 px of 12 px squares 3 px apart), from the area's corner.
    expect(cells(g).map(place)).toEqual(['translate(412 68)', 'translate(427 68)', 'translate(442 68)']);
    expect(g.querySelector('.cell-more')).toBeNull();
  });

  it('a frame writes only what changed: one environment going idle is one attribute written', async () => {
    const { g, painter } = setup();
    const first = [env(1, 'busy'), env(2, 'busy'), env(3, 'idle')];
    painter.draw(first, 3);
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((list) => seen.push(...list));
    observer.observe(g, { subtree: true, attributes: true, childList: true, characterData: true });
    painter.draw([env(1, 'busy'), env(2, 'idle'), env(3, 'idle')], 3);
    await Promise.resolve();
    observer.disconnect();
    expect(seen.map((m) => `${m.type} ${m.attributeName}`)).toEqual(['attributes data-cell']);
    expect(cells(g)[1].getAttribute('data-cell')).toBe('idle');
  });

  it('only an environment new to the drawing pops in: the others keep their elements, wherever they move', () => {
    const { g, painter } = setup();
    painter.draw([env(1, 'busy'), env(3, 'busy'), env(4, 'idle')], 3);
    const [one, three, four] = cells(g);
    // Environment 5 takes a freed slot in the middle of the pool: 3 and 4 move along, as they are.
    painter.draw([env(1, 'busy'), env(5, 'initializing'), env(3, 'busy'), env(4, 'idle')], 4);
    const now = cells(g);
    expect(now).toContain(one);
    expect(now).toContain(three);
    expect(now).toContain(four);
    const five = now.find((c) => c !== one && c !== three && c !== four)!;
    expect(five.getAttribute('data-cell')).toBe('initializing');
    expect([one, five, three, four].map(place)).toEqual(['translate(412 68)', 'translate(427 68)', 'translate(442 68)', 'translate(457 68)']);
    // Environment 1 is reclaimed: its element goes, the rest move up a slot.
    painter.draw([env(5, 'busy'), env(3, 'busy'), env(4, 'idle')], 3);
    expect(one.isConnected).toBe(false);
    expect([five, three, four].map(place)).toEqual(['translate(412 68)', 'translate(427 68)', 'translate(442 68)']);
  });

  it('when the text above wraps differently the cells move, and none is made again', () => {
    const { g, painter } = setup();
    painter.draw([env(1, 'busy'), env(2, 'idle')], 2);
    const before = cells(g);
    painter.setArea({ ...AREA, top: AREA.top + 14 });
    expect(cells(g)).toEqual(before);
    expect(before.map(place)).toEqual(['translate(412 82)', 'translate(427 82)']);
  });

  it('a working instance that takes several requests is hollow, filled as far as it is full', () => {
    const { g, painter } = setup();
    painter.draw([env(1, 'busy', { requests: 40, capacity: 80 }), env(2, 'idle', { capacity: 80 })], 2);
    expect(cells(g)[0].getAttribute('data-cell')).toBe('hollow');
    // Half full: 5 of the 10 px inside the border.
    expect(cells(g)[0].querySelector('.cell-fill')?.getAttribute('height')).toBe('5');
    expect(cells(g)[1].querySelector('.cell-fill')?.getAttribute('height')).toBe('0');
  });

  it('draws as many as fit and counts the rest, with room for the count', () => {
    // Two rows of 15 fit between y = 0 and 27; 64 described of 100 live. The "+72" takes two
    // slots of the last row, so 28 cells are drawn.
    const tight = { left: 0, top: 0, width: 236, bottom: 27 };
    expect(cellsShown(tight, CELL_LOOKS.plain, 64, 100)).toEqual({ shown: 28, perRow: 15 });
    // Room for 90: the most drawn is 48, and the count fits after them.
    expect(cellsShown(AREA, CELL_LOOKS.plain, 64, 100).shown).toBe(48);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.append(g);
    const painter = createCellPainter(g, tight, CELL_LOOKS.plain);
    painter.draw(Array.from({ length: 64 }, (_, i) => env(i + 1, 'busy')), 100);
    expect(cells(g)).toHaveLength(28);
    expect(g.querySelector('.cell-more')?.textContent).toBe('+72');
    // Fewer live: the count goes.
    painter.draw([env(1, 'busy')], 1);
    expect(g.querySelector('.cell-more')).toBeNull();
    expect(cells(g)).toHaveLength(1);
  });

  it('says what a cell is when a reader points at it, in the view they read', () => {
    const { g, painter } = setup();
    painter.draw([env(7, 'busy'), env(8, 'idle')], 2);
    painter.describe(cells(g)[1].querySelector('.cell-box'), 'kitchen');
    expect(cells(g)[1].querySelector('title')?.textContent).toBe('Station 8: free');
    painter.describe(cells(g)[0], 'cloud');
    expect(cells(g)[0].querySelector('title')?.textContent).toBe('Environment 7: busy');
  });
});
