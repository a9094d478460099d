/**
 * A small SVG line chart for the figures (server posters and live forms alike): a few lines over a
 * shared x axis, optional log scales, reference lines and marked points. No dependencies; the
 * simulator's big charts use uPlot, which is too heavy to load for a figure's few lines.
 */
import type { ReactNode } from 'react';

export interface Line {
  /** y values, one per x (null: a gap). */
  ys: readonly (number | null)[];
  /** Tailwind stroke class, e.g. 'stroke-[var(--pipe-stroke)]'. */
  className: string;
  dashed?: boolean;
  width?: number;
}

export interface Marker {
  x: number;
  y: number;
  className: string;
  label?: string;
}

export interface Scale {
  min: number;
  max: number;
  log?: boolean;
  /** Tick values with their labels. */
  ticks: readonly (readonly [number, string])[];
}

const PAD = { left: 48, right: 12, top: 10, bottom: 22 };

function mapper(s: Scale, from: number, to: number) {
  const f = s.log ? Math.log10 : (v: number) => v;
  const a = f(s.min);
  const b = f(s.max);
  return (v: number) => {
    const t = b === a ? 0 : (f(Math.min(s.max, Math.max(s.min, v))) - a) / (b - a);
    return from + t * (to - from);
  };
}

export function LineChart({
  xs,
  lines,
  x,
  y,
  width,
  height,
  label,
  hLines = [],
  markers = [],
  children,
}: {
  xs: readonly number[];
  lines: readonly Line[];
  x: Scale;
  y: Scale;
  /** The box in CSS px (measured on the client; the poster draws a phone and a wide version). */
  width: number;
  height: number;
  /** What the chart shows, in words (its accessible name). */
  label: string;
  hLines?: readonly { y: number; className: string; label?: string }[];
  markers?: readonly Marker[];
  children?: ReactNode;
}) {
  const px = mapper(x, PAD.left, width - PAD.right);
  const py = mapper(y, height - PAD.bottom, PAD.top);
  const path = (ys: readonly (number | null)[]) => {
    let d = '';
    let pen = false;
    ys.forEach((v, i) => {
      if (v === null || !Number.isFinite(v) || (y.log && v <= 0)) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${px(xs[i]).toFixed(1)} ${py(v).toFixed(1)}`;
      pen = true;
    });
    return d;
  };
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="block max-w-full overflow-visible" role="img" aria-label={label}>
      <g className="text-[11px]">
        {y.ticks.map(([v, t]) => (
          <g key={`y${v}`}>
            <line x1={PAD.left} x2={width - PAD.right} y1={py(v)} y2={py(v)} className="stroke-[var(--border)]" strokeWidth={1} vectorEffect="non-scaling-stroke" />
            <text x={PAD.left - 6} y={py(v) + 4} textAnchor="end" className="fill-[var(--muted-fg)]">
              {t}
            </text>
          </g>
        ))}
        {x.ticks.map(([v, t]) => {
          // A label centred on a tick near an edge would be cut off ("10 GB" at the right end): it
          // moves inside, just enough (11 px text is about 6.6 px a character).
          const half = Math.min(t.length * 3.3, width / 2);
          return (
            <text key={`x${v}`} x={Math.min(width - half, Math.max(half, px(v)))} y={height - 6} textAnchor="middle" className="fill-[var(--muted-fg)]">
              {t}
            </text>
          );
        })}
      </g>
      {hLines.map((h) => (
        <g key={`h${h.y}`}>
          <line x1={PAD.left} x2={width - PAD.right} y1={py(h.y)} y2={py(h.y)} className={h.className} strokeWidth={1.5} strokeDasharray="6 4" vectorEffect="non-scaling-stroke" />
          {h.label && (
            <text x={width - PAD.right - 4} y={py(h.y) - 4} textAnchor="end" className="fill-[var(--muted-fg)] text-[11px]">
              {h.label}
            </text>
          )}
        </g>
      ))}
      {lines.map((l, i) => (
        <path
          key={i}
          d={path(l.ys)}
          fill="none"
          className={l.className}
          strokeWidth={l.width ?? 2}
          strokeDasharray={l.dashed ? '6 4' : undefined}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {markers.map((m, i) => (
        <g key={`m${i}`}>
          <circle cx={px(m.x)} cy={py(m.y)} r={5} className={m.className} strokeWidth={2} />
          {m.label && (
            <text x={px(m.x) + 8} y={py(m.y) - 8} className="fill-[var(--page-fg)] text-[12px] font-semibold">
              {m.label}
            </text>
          )}
        </g>
      ))}
      {children}
    </svg>
  );
}
