/**
 * Small helpers for the engine's struct-of-arrays state: growing typed arrays, and settling a
 * class's number fields so V8 keeps one optimized shape for them (see settleNumberFields).
 */

export function growF64(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}

export function growI32(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

export function growU8(a: Uint8Array, n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}

export function growU16(a: Uint16Array, n: number): Uint16Array<ArrayBuffer> {
  const b = new Uint16Array(n);
  b.set(a);
  return b;
}

/**
 * A free list of slots (the first `freeN` entries of `free`) grown from `from` slots to `to`: the
 * free ones kept, the new ones added last so that the lowest pops first. It then holds
 * freeN + to − from entries.
 */
export function growFreeList(free: Int32Array, freeN: number, from: number, to: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(to);
  out.set(free.subarray(0, freeN));
  let k = freeN;
  for (let i = to - 1; i >= from; i--) out[k++] = i;
  return out;
}

/**
 * V8 tracks, per field, whether it holds small integers or doubles and whether it was ever written
 * after construction; when either changes once the hot path is optimized, the optimized code is
 * thrown away (and every later engine in the process starts on a different map). This settles
 * each number field of `target` before anything runs: written once more, as a double where
 * `isDouble` says so (times, amounts), else as an integer.
 */
export function settleNumberFields(target: object, isDouble: (key: string) => boolean): void {
  const fields = target as Record<string, unknown>;
  for (const k of Object.keys(fields)) {
    const v = fields[k];
    if (typeof v !== 'number') continue;
    fields[k] = isDouble(k) ? 0.5 : v + 1;
    fields[k] = v;
  }
}
