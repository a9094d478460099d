import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventFifo, EventHeap } from '@/simulations/heap';

/**
 * The event queue orders by (time, seq): at equal times, the event scheduled first (the lower
 * seq) comes first, whatever order the events were pushed in. Checked against a sorted list,
 * through pushes and pops interleaved at random, with times drawn from a few values so that ties
 * are the rule.
 */
describe('the event queue', () => {
  const ops = fc.array(fc.oneof(fc.record({ push: fc.integer({ min: 0, max: 4 }) }), fc.constant({ pop: true as const })), { maxLength: 400 });

  it('pops by time, then by seq, through any interleaving of pushes and pops', () => {
    fc.assert(
      fc.property(ops, fc.integer({ min: 1, max: 50 }), (list, stride) => {
        const heap = new EventHeap(2);
        const model: { time: number; seq: number; payload: number }[] = [];
        let n = 0;
        for (const op of list) {
          if ('push' in op) {
            // Seqs are unique but not pushed in increasing order (scheduling a later event first is common).
            const seq = (n * stride) % 997 + n * 1000;
            const e = { time: op.push, seq: n % 2 ? seq : -seq, payload: n++ };
            heap.push(e.time, e.seq, e.payload);
            model.push(e);
          } else if (model.length > 0) {
            model.sort((a, b) => a.time - b.time || a.seq - b.seq);
            const want = model.shift()!;
            expect([heap.peekTime(), heap.peekSeq(), heap.peekPayload()]).toEqual([want.time, want.seq, want.payload]);
            heap.pop();
          }
          expect(heap.size).toBe(model.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('breaks a tie by seq, not by when the event was pushed', () => {
    const heap = new EventHeap();
    heap.push(5, 9, 1);
    heap.push(5, 3, 2);
    heap.push(5, 7, 3);
    heap.push(4, 100, 4);
    const out: number[] = [];
    while (heap.size > 0) {
      out.push(heap.peekPayload());
      heap.pop();
    }
    expect(out).toEqual([4, 2, 3, 1]);
  });

  it('keeps a FIFO of events born in order, across its growth', () => {
    const fifo = new EventFifo(2);
    for (let i = 0; i < 10; i++) fifo.push(i, i, i * 10);
    fifo.pop();
    for (let i = 10; i < 20; i++) fifo.push(i, i, i * 10);
    const out: number[] = [];
    while (fifo.size > 0) {
      out.push(fifo.peekPayload());
      fifo.pop();
    }
    expect(out).toEqual(Array.from({ length: 19 }, (_, i) => (i + 1) * 10));
  });
});
