/** The same M/M/c/c model as a bare binary-heap loop: the floor the engine is compared with. */
const requests = Number(process.argv[2] ?? 5e6);
const c = Number(process.argv[3] ?? 100);
const lambdaPerMs = 1;
const meanServiceMs = 100;
const t0 = performance.now();
// sfc32, the engine's generator, so both draw equally good numbers.
let ra = 0x9e3779b9 | 0;
let rb = 0x243f6a88 | 0;
let rc = 0xb7e15162 | 0;
let rd = 1;
function rand(): number {
  const t = (((ra + rb) | 0) + rd) | 0;
  rd = (rd + 1) | 0;
  ra = rb ^ (rb >>> 9);
  rb = (rc + (rc << 3)) | 0;
  rc = (((rc << 21) | (rc >>> 11)) + t) | 0;
  return ((t >>> 0) + 0.5) / 4294967296;
}
for (let i = 0; i < 12; i++) rand();
const heap = new Float64Array(c + 1);
let n = 0;
function push(v: number): void {
  let i = n++;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[p] <= v) break;
    heap[i] = heap[p];
    i = p;
  }
  heap[i] = v;
}
function pop(): void {
  const last = heap[--n];
  let i = 0;
  for (;;) {
    let ch = 2 * i + 1;
    if (ch >= n) break;
    if (ch + 1 < n && heap[ch + 1] < heap[ch]) ch++;
    if (heap[ch] >= last) break;
    heap[i] = heap[ch];
    i = ch;
  }
  heap[i] = last;
}
let t = 0;
let blocked = 0;
for (let k = 0; k < requests; k++) {
  t += -Math.log(rand()) / lambdaPerMs;
  while (n > 0 && heap[0] <= t) pop();
  if (n < c) push(t - Math.log(rand()) * meanServiceMs);
  else blocked++;
}
console.log(JSON.stringify({ requests, blocked: blocked / requests, innerMs: performance.now() - t0 }));
