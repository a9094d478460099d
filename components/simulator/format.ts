/** Number formatting shared by readouts, charts and narration. */

// Made on first use, not when the module loads: building an Intl.NumberFormat (the compact one
// loads ICU data) cost ~45 ms of the article's hydration on a phone-class CPU.
let compactFormat: Intl.NumberFormat | undefined;
let wholeFormat: Intl.NumberFormat | undefined;
let tenthsFormat: Intl.NumberFormat | undefined;
const compact = () => (compactFormat ??= new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }));
const whole = () => (wholeFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));
// toLocaleString with options builds a new formatter each call: the traffic words are redrawn every frame.
const tenths = () => (tenthsFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }));

/**
 * Below 1,000 a number needs no grouping: written directly, so a page that shows only small
 * numbers (an embed's poster at t = 0) never builds a formatter while it starts.
 */
const small = (n: number, digits: number) => {
  if (!(Math.abs(n) < 999.5)) return null;
  const f = 10 ** digits;
  // Half away from zero, as Intl.NumberFormat rounds.
  const r = (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
  return String(r === 0 ? 0 : r);
};

/** 1234 → "1,234"; 12345678 → "12.3M". */
export function formatCount(n: number): string {
  return small(n, 0) ?? (Math.abs(n) >= 100_000 ? compact().format(n) : whole().format(n));
}

/** "1 environment", "3 environments". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A rate in words: "about 120 requests per second", "one request every 5 minutes". */
export function rateInWords(rps: number): string {
  if (rps <= 0) return 'no traffic';
  if (rps >= 1) {
    const n = rps >= 100 ? Math.round(rps) : Math.round(rps * 10) / 10;
    const text = small(n, 1) ?? tenths().format(n);
    return `${text} request${n === 1 ? '' : 's'} per second`;
  }
  // Units chosen so the rounding stays within about 10%: seconds up to 5 minutes, whole minutes
  // to 90, then hours (one decimal below 10).
  const every = 1 / rps;
  if (every < 300) return `one request every ${Math.round(every)} seconds`;
  if (every < 5400) return `one request every ${Math.round(every / 60)} minutes`;
  const hours = every < 36_000 ? Math.round(every / 360) / 10 : Math.round(every / 3600);
  return `one request every ${hours} hours`;
}

/** Short rate: "120/s", "0.5/s", "12/min". */
export function formatRate(rps: number): string {
  if (rps <= 0) return '0/s';
  if (rps >= 1) return `${formatCount(rps >= 10 ? Math.round(rps) : Math.round(rps * 10) / 10)}/s`;
  if (rps * 60 >= 1) return `${Math.round(rps * 600) / 10}/min`;
  return `${Math.round(rps * 36000) / 10}/h`;
}

/**
 * `x` (non-zero) at two significant digits, and the decimals that shows: 0.0031 → 4, 0.012 → 3.
 * Rounded first, then measured, so a value that rounds up a decade (0.0999 → 0.10, 9.996 → 10)
 * gets the decimals of its rounded form.
 */
function twoSignificant(x: number): { rounded: number; decimals: number } {
  const rounded = Number(x.toPrecision(2));
  return { rounded, decimals: Math.max(0, 1 - Math.floor(Math.log10(Math.abs(rounded)))) };
}

/**
 * Dollars with at least two significant digits however small, never in exponent notation:
 * 0.0000021 → "$0.0000021", 0.0122 → "$0.012", 0.5 → "$0.50", 12.3 → "$12.30", 1234.5 → "$1,235".
 */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '–';
  if (usd === 0) return '$0';
  const abs = Math.abs(usd);
  const sign = usd < 0 ? '-' : '';
  if (abs >= 1000) return `${sign}$${whole().format(abs)}`;
  const { rounded, decimals } = twoSignificant(abs);
  if (rounded >= 0.1) return `${sign}$${abs.toFixed(2)}`;
  const fixed = rounded.toFixed(Math.min(14, decimals)).replace(/(\.\d*?[1-9])0+$/, '$1');
  return `${sign}$${fixed}`;
}

/** A per-request price as a price per million requests, as menus say it: "$1.00/M". */
export function formatPerMillion(priceUsd: number): string {
  return `${formatUsd(priceUsd * 1e6)}/M`;
}

/** A share as a percentage with two significant digits below 10%: 0.4 → "40%", 0.0123 → "1.2%", 0.00005 → "0.0050%". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const pct = share * 100;
  if (pct === 0) return '0%';
  const { rounded, decimals } = twoSignificant(pct);
  if (Math.abs(rounded) >= 10) return `${Math.round(pct)}%`;
  return `${rounded.toFixed(Math.min(12, decimals))}%`;
}

/** Milliseconds: "12 ms", "1.4 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 10) return `${Math.round(ms * 10) / 10} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Math.round(ms / 100) / 10} s`;
}

/** Simulated clock: "0:42", "1:02:05", "3 d 4:00:00". */
export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h || d ? String(m).padStart(2, '0') : String(m);
  const hms = `${h || d ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
  return d ? `${d} d ${hms}` : hms;
}
