/**
 * The event queue: a 4-ary min-heap over typed arrays, ordered by (time, seq). `seq` is an
 * integer counter (kept in a Float64Array so it stays exact past 2^31 events), which makes ties
 * deterministic without comparing strings. No object is allocated per event.
 */
export class EventHeap {
  // Typed at declaration (a bare declaration is emitted as `times;`, an untyped undefined field).
  private times = new Float64Array(0);
  private seqs = new Float64Array(0);
  private payloads = new Int32Array(0);
  size = 0;

  constructor(capacity = 1024) {
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.payloads = new Int32Array(capacity);
    this.times[0] = Infinity;
  }

  /** Insert an event; `payload` is an int the engine decodes (kind and index). */
  push(time: number, seq: number, payload: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const payloads = this.payloads;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pt = times[p];
      if (pt < time || (pt === time && seqs[p] < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[p];
      payloads[i] = payloads[p];
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    payloads[i] = payload;
  }

  /**
   * Time of the earliest event (Infinity when empty: an empty heap keeps Infinity at the root, so
   * this is one load, and no `Infinity` read on a path V8 never saw boxes the time it returns).
   */
  peekTime(): number {
    return this.times[0];
  }

  /** Sequence number of the earliest event. */
  peekSeq(): number {
    return this.seqs[0];
  }

  /** Payload of the earliest event. */
  peekPayload(): number {
    return this.payloads[0];
  }

  /**
   * Remove the earliest event (read it with the peek methods first). A 4-ary heap (half the
   * depth of a binary one), popped bottom-up (Floyd): the hole at the root sinks along the
   * smallest children to a leaf, then the last element rises from there; it came from the
   * bottom, so it rarely rises far.
   */
  pop(): void {
    const n = --this.size;
    if (n === 0) {
      this.times[0] = Infinity;
      return;
    }
    const times = this.times;
    const seqs = this.seqs;
    const payloads = this.payloads;
    const t = times[n];
    const s = seqs[n];
    const pl = payloads[n];
    let i = 0;
    let c = 1;
    while (c < n) {
      // Smallest of the up to four children c … c + 3.
      let m = c;
      let mt = times[c];
      const last = c + 3 < n ? c + 3 : n - 1;
      for (let k = c + 1; k <= last; k++) {
        const kt = times[k];
        if (kt < mt || (kt === mt && seqs[k] < seqs[m])) {
          m = k;
          mt = kt;
        }
      }
      times[i] = mt;
      seqs[i] = seqs[m];
      payloads[i] = payloads[m];
      i = m;
      c = 4 * i + 1;
    }
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pt = times[p];
      if (pt < t || (pt === t && seqs[p] < s)) break;
      times[i] = pt;
      seqs[i] = seqs[p];
      payloads[i] = payloads[p];
      i = p;
    }
    times[i] = t;
    seqs[i] = s;
    payloads[i] = pl;
  }

  /** Drop everything. */
  clear(): void {
    this.size = 0;
    this.times[0] = Infinity;
  }

  private grow(): void {
    const cap = this.times.length * 2;
    const t = new Float64Array(cap);
    t.set(this.times);
    const s = new Float64Array(cap);
    s.set(this.seqs);
    const p = new Int32Array(cap);
    p.set(this.payloads);
    this.times = t;
    this.seqs = s;
    this.payloads = p;
  }
}

/**
 * A FIFO of (time, seq, payload) for events that are born in time order (a constant delay after
 * an ordered stream), so they need no heap: invocations after the gateway, responses after the
 * function. A growable ring buffer.
 */
export class EventFifo {
  // Typed at declaration (a bare declaration is emitted as `times;`, an untyped undefined field).
  private times = new Float64Array(0);
  private seqs = new Float64Array(0);
  private payloads = new Int32Array(0);
  private head = 0;
  size = 0;

  constructor(capacity = 256) {
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.payloads = new Int32Array(capacity);
    this.times[0] = Infinity;
  }

  /** Append; the caller guarantees (time, seq) is not earlier than the last one pushed. */
  push(time: number, seq: number, payload: number): void {
    if (this.size === this.times.length) this.grow();
    const cap = this.times.length;
    let i = this.head + this.size;
    if (i >= cap) i -= cap;
    this.times[i] = time;
    this.seqs[i] = seq;
    this.payloads[i] = payload;
    this.size++;
  }

  /** Time of the oldest entry (Infinity when empty: an empty FIFO keeps Infinity at its head, as the heap does at its root). */
  peekTime(): number {
    return this.times[this.head];
  }

  /** Sequence number of the oldest entry. */
  peekSeq(): number {
    return this.seqs[this.head];
  }

  /** Payload of the oldest entry. */
  peekPayload(): number {
    return this.payloads[this.head];
  }

  /** Remove the oldest entry. */
  pop(): void {
    this.head++;
    if (this.head === this.times.length) this.head = 0;
    if (--this.size === 0) this.times[this.head] = Infinity;
  }

  /** Drop everything. */
  clear(): void {
    this.head = 0;
    this.size = 0;
    this.times[0] = Infinity;
  }

  private grow(): void {
    const cap = this.times.length;
    const t = new Float64Array(cap * 2);
    const s = new Float64Array(cap * 2);
    const p = new Int32Array(cap * 2);
    for (let k = 0; k < this.size; k++) {
      let i = this.head + k;
      if (i >= cap) i -= cap;
      t[k] = this.times[i];
      s[k] = this.seqs[i];
      p[k] = this.payloads[i];
    }
    this.times = t;
    this.seqs = s;
    this.payloads = p;
    this.head = 0;
  }
}
