'use client';

import { useEffect, useId, useState } from 'react';
import { usePrefersReducedMotion } from '@/components/simulator/usePrefersReducedMotion';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { Measured } from '../Measured';
import { describe, LifecycleTimeline, LifecycleView, span } from './LifecycleView';
import { layout, segmentAt, timeAt, type LifecycleRecord } from './lifecycle';

const STEPS = 1000;
/** A full pass when playing, in wall ms. */
const PASS_MS = 16_000;

export function LifecycleLive({ onReady, record }: LiveFigureProps & { record: LifecycleRecord }) {
  useFigureReady(onReady, true);
  const parts = layout(record);
  // Just inside the first INIT (its first step), where the poster's cursor is.
  const first = Math.round(parts.find((p) => p.seg.kind === 'init')!.from * STEPS) + 1;
  const [pos, setPos] = useState(first);
  const [playing, setPlaying] = useState(false);
  const reduced = usePrefersReducedMotion();
  const scrubId = useId();
  const at = timeAt(record, pos / STEPS);

  useEffect(() => {
    if (!playing) return;
    if (reduced) {
      // Stepped: one phase at a time.
      const timer = window.setInterval(() => {
        setPos((p) => {
          const next = parts.find((q) => q.from * STEPS > p + 0.5);
          if (!next) {
            setPlaying(false);
            return p;
          }
          return Math.round(next.from * STEPS) + 1;
        });
      }, 1500);
      return () => window.clearInterval(timer);
    }
    let raf = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const dt = now - last;
      last = now;
      let done = false;
      setPos((p) => {
        const next = p + (dt / PASS_MS) * STEPS;
        if (next >= STEPS) done = true;
        return Math.min(STEPS, next);
      });
      if (done) setPlaying(false);
      else raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, reduced, parts]);

  const jump = (dir: 1 | -1) => {
    const here = parts.findIndex((q) => pos / STEPS < q.to);
    const target = parts[Math.max(0, Math.min(parts.length - 1, here + dir))];
    setPos(Math.round(target.from * STEPS) + 1);
  };
  const seg = segmentAt(record, at);
  const btn = 'h-8 rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-2 text-sm font-semibold';

  return (
    <div className="h-full">
      <LifecycleView
        record={record}
        at={at}
        controls={
          <div className="flex h-14 flex-col justify-center gap-1">
            <div className="flex items-center gap-2">
              <label htmlFor={scrubId} className="text-sm font-semibold">
                Scrub through time
              </label>
              <span className="ml-auto flex gap-1">
                <button type="button" className={btn} onClick={() => jump(-1)} aria-label="Previous phase">
                  ◀
                </button>
                <button type="button" className={btn} onClick={() => (pos >= STEPS ? (setPos(0), setPlaying(true)) : setPlaying(!playing))}>
                  {playing ? 'Pause' : 'Play'}
                </button>
                <button type="button" className={btn} onClick={() => jump(1)} aria-label="Next phase">
                  ▶
                </button>
              </span>
            </div>
            <input
              id={scrubId}
              type="range"
              min={0}
              max={STEPS}
              step={1}
              value={Math.round(pos)}
              aria-valuetext={`${span(at)}: ${describe(seg, record.idleTimeoutSeconds / 60).cloud}`}
              onChange={(e) => {
                setPlaying(false);
                setPos(Number(e.target.value));
              }}
              className="h-5 w-full accent-brand-600"
            />
          </div>
        }
        timeline={<Measured className="h-[110px] w-full">{(w, h) => <LifecycleTimeline record={record} at={at} width={w} height={h} />}</Measured>}
      />
    </div>
  );
}
