/** Number formatting shared by readouts, charts and narration. */

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1234 → "1,234"; 12345678 → "12.3M". */
export function formatCount(n: number): string {
  return Math.abs(n) >= 100_000 ? compact.format(n) : whole.format(n);
}

/** A rate in words: "about 120 requests per second", "one request every 5 minutes". */
export function rateInWords(rps: number): string {
  if (rps <= 0) return 'no traffic';
  if (rps >= 1) {
    const n = rps >= 100 ? Math.round(rps) : Math.round(rps * 10) / 10;
    const text = n.toLocaleString('en-US', { maximumFractionDigits: 1 });
    return `${text} request${n === 1 ? '' : 's'} per second`;
  }
  const every = 1 / rps;
  if (every < 90) return `one request every ${Math.round(every)} seconds`;
  if (every < 5400) return `one request every ${Math.round(every / 60)} minutes`;
  return `one request every ${Math.round(every / 3600)} hours`;
}

/** Short rate: "120/s", "0.5/s", "12/min". */
export function formatRate(rps: number): string {
  if (rps <= 0) return '0/s';
  if (rps >= 1) return `${formatCount(rps >= 10 ? Math.round(rps) : Math.round(rps * 10) / 10)}/s`;
  if (rps * 60 >= 1) return `${Math.round(rps * 600) / 10}/min`;
  return `${Math.round(rps * 36000) / 10}/h`;
}

/** Money with enough digits to see it move: $0.000012, $1.23, $1,234. */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0';
  const abs = Math.abs(usd);
  if (abs < 0.01) return `$${usd.toPrecision(2)}`;
  if (abs < 100) return `$${usd.toFixed(2)}`;
  return `$${whole.format(usd)}`;
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
