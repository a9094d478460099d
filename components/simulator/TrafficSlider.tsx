'use client';

import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { skinRate } from '@/components/charts/data';
import { rateInWords } from './format';
import { nextStop, positionToRate, rateToPosition, SLIDER_STEPS } from './rateScale';
import { currentBaseRate } from './store';
import { useSimulator } from './SimulatorContext';

const TICKS: [number, string][] = [
  [0, '0'],
  [1 / 60, '1/min'],
  [1, '1/s'],
  [100, '100/s'],
  [10_000, '10k/s'],
];

/**
 * The traffic slider: 0 to 10,000 requests/s on a log scale. A custom slider because a native
 * range input cannot report a non-linear value: here aria-valuenow is the rate itself, and the
 * arrow keys step through 1-2-5 stops (Page Up/Down ×10, Home/End for 0 and the maximum).
 */
export function TrafficSlider({ id }: { id: string }) {
  // What the reader set wins while dragging; otherwise the scene's current rate (it moves during a
  // spike, and with a `pattern` the URL's rps is only its base).
  const rps = useSimulator(
    (s) => (s.params.pattern ? s.snapshot?.requestsPerSecond : undefined) ?? s.params.rps ?? s.snapshot?.requestsPerSecond ?? currentBaseRate(s),
  );
  const kitchen = useSimulator((s) => s.params.skin === 'kitchen');
  const setRate = useSimulator((s) => s.setRate);
  const track = useRef<HTMLDivElement>(null);
  const position = rateToPosition(rps);
  const fraction = position / SLIDER_STEPS;

  const fromPointer = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const f = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    setRate(positionToRate(Math.round(f * SLIDER_STEPS)));
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    fromPointer(e.clientX);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) fromPointer(e.clientX);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp') next = nextStop(rps, 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') next = nextStop(rps, -1);
    else if (e.key === 'PageUp') next = Math.min(10_000, rps > 0 ? rps * 10 : 0.01);
    else if (e.key === 'PageDown') next = rps >= 0.01 ? rps / 10 : 0;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = 10_000;
    if (next === null) return;
    e.preventDefault();
    setRate(next);
  };

  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <span id={`${id}-label`} className="text-sm font-semibold">
          Traffic
        </span>
        <output htmlFor={id} className="text-sm text-[var(--muted-fg)] tabular-nums" aria-live="off">
          {skinRate(rateInWords(rps), kitchen)}
        </output>
      </div>
      <div
        ref={track}
        className="relative mt-1 h-8 cursor-pointer touch-none select-none"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        {/* Drawn in SVG, placed by attributes: the page is rendered ahead (an embed's poster), and
            a strict CSP allows no style attributes. */}
        <svg className="absolute inset-0 h-full w-full overflow-visible" aria-hidden="true">
          <rect x="0" y="13" width="100%" height="6" rx="3" className="fill-[var(--border)]" />
          <rect x="0" y="13" width={`${fraction * 100}%`} height="6" rx="3" className="fill-[var(--pipe-stroke)]" />
        </svg>
        <div
          id={id}
          role="slider"
          tabIndex={0}
          aria-labelledby={`${id}-label`}
          aria-valuemin={0}
          aria-valuemax={10_000}
          aria-valuenow={rps}
          aria-valuetext={skinRate(rateInWords(rps), kitchen)}
          aria-orientation="horizontal"
          onKeyDown={onKeyDown}
          className="peer absolute inset-0 rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--page-fg)]"
        />
        <svg className="pointer-events-none absolute inset-0 h-full w-full overflow-visible" aria-hidden="true">
          <circle
            cx={`${fraction * 100}%`}
            cy="16"
            r="11"
            className="fill-[var(--page-bg)] stroke-[var(--pipe-stroke)] stroke-2 peer-focus-visible:stroke-[var(--page-fg)] peer-focus-visible:stroke-[3]"
          />
        </svg>
      </div>
      <svg className="block h-4 w-full overflow-visible text-[11px]" aria-hidden="true">
        {TICKS.map(([v, text], i, all) => (
          <text
            key={v}
            x={`${(rateToPosition(v) / SLIDER_STEPS) * 100}%`}
            y="11"
            textAnchor={i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle'}
            className="fill-[var(--muted-fg)]"
          >
            {text}
          </text>
        ))}
      </svg>
    </div>
  );
}
