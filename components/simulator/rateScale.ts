/**
 * The traffic slider's log scale: position 0 is no traffic; positions 1…1000 span 0.001 to
 * 10,000 requests/s evenly in log space (seven decades), so a quiet night and a flash crowd
 * are both a comfortable drag away.
 */
export const SLIDER_STEPS = 1000;
const MIN_RPS = 0.001;
const MAX_RPS = 10_000;
const DECADES = Math.log10(MAX_RPS / MIN_RPS);

/** Slider position → requests/s, rounded to a readable value. */
export function positionToRate(position: number): number {
  if (position <= 0) return 0;
  const p = Math.min(SLIDER_STEPS, position);
  return niceRound(MIN_RPS * 10 ** ((DECADES * p) / SLIDER_STEPS));
}

/** Requests/s → nearest slider position. */
export function rateToPosition(rps: number): number {
  if (!(rps > 0)) return 0;
  const r = Math.min(MAX_RPS, Math.max(MIN_RPS, rps));
  return Math.max(1, Math.round((Math.log10(r / MIN_RPS) / DECADES) * SLIDER_STEPS));
}

/** Two significant figures: 1234 → 1200, 0.01234 → 0.012. */
export function niceRound(x: number): number {
  if (x === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Number((Math.round(x / magnitude) * magnitude).toPrecision(2));
}

/** The keyboard's stops: 0 and 1-2-5 steps per decade. */
export const KEY_STOPS: number[] = [0];
for (let d = -3; d <= 4; d++) for (const m of [1, 2, 5]) {
  const v = Number((m * 10 ** d).toPrecision(2));
  if (v <= MAX_RPS) KEY_STOPS.push(v);
}

/** The next keyboard stop above (dir 1) or below (dir -1) a rate. */
export function nextStop(rps: number, dir: 1 | -1): number {
  if (dir > 0) return KEY_STOPS.find((v) => v > rps * 1.0001) ?? MAX_RPS;
  for (let i = KEY_STOPS.length - 1; i >= 0; i--) if (KEY_STOPS[i] < rps * 0.9999) return KEY_STOPS[i];
  return 0;
}
