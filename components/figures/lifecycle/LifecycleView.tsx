/** The `lifecycle` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import { formatMs } from '@/components/simulator/format';
import { FigureBody, Readout, Readouts } from '../parts';
import { Skinned, SkinnedSvgText, type Words } from '../Skinned';
import { billedUpTo, layout, segmentAt, type LifecycleRecord, type LifeSegment } from './lifecycle';

const KIND: Record<LifeSegment['kind'], { fill: string; label: Words }> = {
  init: { fill: 'fill-amber-500', label: { cloud: 'INIT', kitchen: 'set-up' } },
  invoke: { fill: 'fill-[var(--pipe-stroke)]', label: { cloud: 'INVOKE', kitchen: 'cooking' } },
  frozen: { fill: 'fill-slate-300 dark:fill-slate-600', label: { cloud: 'frozen', kitchen: 'waiting' } },
  gone: { fill: 'fill-none', label: { cloud: 'none', kitchen: 'none' } },
};

/** "340 ms", "1.5 s", "10 min". */
export function span(ms: number): string {
  if (ms >= 60_000) return `${Math.round(ms / 6000) / 10} min`;
  return formatMs(ms);
}

/** What is happening at a point of the timeline, in a sentence per view. */
export function describe(s: LifeSegment, idleMinutes: number): Words {
  switch (s.kind) {
    case 'init':
      return {
        cloud: `Request ${s.request} found no environment, so Lambda creates #${s.envId}: it starts the sandbox and the runtime and runs your code outside the handler (INIT). The request waits, and since August 2025 this time is billed.`,
        kitchen: `Order ${s.request} found no station set up, so the service unfolds station #${s.envId}, heats the oven and reads the recipe. The customer waits, and the set-up time is billed.`,
      };
    case 'invoke':
      return s.cold
        ? {
            cloud: `Environment #${s.envId} runs the handler for request ${s.request}, right after its INIT. Billed by the millisecond.`,
            kitchen: `Station #${s.envId} cooks order ${s.request}, right after its set-up. Billed by the millisecond.`,
          }
        : {
            cloud: `Request ${s.request} reuses environment #${s.envId}: a warm start, no INIT. Clients and caches made outside the handler are still there.`,
            kitchen: `Order ${s.request} goes to station #${s.envId}, still set up: no waiting for a set-up.`,
          };
    case 'frozen':
      return {
        cloud: `Environment #${s.envId} is frozen between requests: its processes are paused, it uses no CPU and is not billed, and its memory is kept. After ${idleMinutes} idle minutes it is reclaimed.`,
        kitchen: `Station #${s.envId} waits, set up, between orders: nobody cooks and nothing is billed. After ${idleMinutes} quiet minutes it is packed away.`,
      };
    case 'gone':
      if (s.startMs === 0)
        return {
          cloud: 'Nothing has run yet: no environment exists until the first request arrives.',
          kitchen: 'The kitchen is empty: no station is set up until the first order comes in.',
        };
      return {
        cloud: 'No environment exists: the last one was reclaimed and the function has scaled to zero. The next request starts the cycle again with INIT.',
        kitchen: 'No station is set up: the kitchen has packed everything away. The next order waits for a set-up again.',
      };
  }
}

/**
 * Centres for labels on one row, each wanted at `centres[i]` (in order) and `halfWidths[i]` wide
 * either side: as close to where they are wanted as the row allows without two touching (`gap`
 * apart), inside [min, max]. On a phone the INIT and first INVOKE billed figures sat on top of
 * each other ("79 ms181 ms").
 */
export function spreadLabels(centres: readonly number[], halfWidths: readonly number[], min: number, max: number, gap = 3): number[] {
  const out = [...centres];
  // Left to right, push each clear of the one before; then right to left, pull back inside `max`.
  for (let i = 0; i < out.length; i++) {
    const floor = i === 0 ? min + halfWidths[i] : out[i - 1] + halfWidths[i - 1] + gap + halfWidths[i];
    out[i] = Math.max(out[i], floor);
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const ceiling = i === out.length - 1 ? max - halfWidths[i] : out[i + 1] - halfWidths[i + 1] - gap - halfWidths[i];
    out[i] = Math.min(out[i], ceiling);
  }
  return out;
}

/** Half a billed figure's width: 10 px semibold text is about 7 px a character ("181 ms" measures 41 px in Chromium). */
const billedHalfWidth = (ms: number) => `${Math.round(ms)} ms`.length * 3.5;

export function LifecycleTimeline({ record, at, width, height }: { record: LifecycleRecord; at: number | null; width: number; height: number }) {
  const parts = layout(record);
  const pad = 8;
  const w = width - 2 * pad;
  const trackY = 34;
  const trackH = 30;
  const x = (p: number) => pad + p * w;
  const billed = parts.filter(({ seg }) => seg.billedMs !== undefined);
  const billedX = spreadLabels(
    billed.map(({ from, to }) => (x(from) + x(to)) / 2),
    billed.map(({ seg }) => billedHalfWidth(seg.billedMs!)),
    0,
    width,
  );
  const billedAt = new Map(billed.map((p, i) => [p, billedX[i]]));
  const cursor = at === null ? null : parts.find((q) => at < q.seg.endMs) ?? parts[parts.length - 1];
  const cursorX =
    at === null || !cursor ? null : x(cursor.from + ((at - cursor.seg.startMs) / Math.max(1, cursor.seg.endMs - cursor.seg.startMs)) * (cursor.to - cursor.from));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="block max-w-full" role="img" aria-label="Timeline of the function's environments: INIT, invocations, frozen spells and reclaim, not to scale.">
      {parts.map((part, i) => {
        const { seg, from, to } = part;
        const k = KIND[seg.kind];
        const x0 = x(from);
        const x1 = x(to);
        const wide = x1 - x0 > 44;
        // Narrow phases take turns above and below the track, so their labels never touch.
        const above = wide || i % 2 === 0;
        return (
          <g key={i}>
            <rect
              x={x0 + 0.5}
              y={trackY}
              width={Math.max(1, x1 - x0 - 1)}
              height={trackH}
              rx={3}
              className={`${k.fill} ${seg.kind === 'gone' ? 'stroke-[var(--border)]' : ''}`}
              strokeDasharray={seg.kind === 'gone' ? '4 3' : undefined}
              strokeWidth={1.5}
            />
            {(wide || seg.kind === 'init' || seg.kind === 'invoke') && (
              <SkinnedSvgText words={k.label} x={(x0 + x1) / 2} y={above ? trackY - 14 : trackY + trackH + 26} textAnchor="middle" className="fill-[var(--page-fg)] text-[10px] font-semibold" />
            )}
            {wide && (
              <text x={(x0 + x1) / 2} y={above ? trackY - 3 : trackY + trackH + 35} textAnchor="middle" className="fill-[var(--muted-fg)] text-[10px]">
                {span(seg.endMs - seg.startMs)}
              </text>
            )}
            {seg.billedMs !== undefined && (
              <text x={billedAt.get(part)} y={trackY + trackH + 12} textAnchor="middle" className="fill-[var(--color-cold)] text-[10px] font-semibold dark:fill-amber-300">
                {Math.round(seg.billedMs)} ms
              </text>
            )}
          </g>
        );
      })}
      <text x={pad} y={height - 4} className="fill-[var(--muted-fg)] text-[10px]">
        amber figures: billed ms · not to scale
      </text>
      {cursorX !== null && <line x1={cursorX} x2={cursorX} y1={10} y2={trackY + trackH + 4} className="stroke-[var(--page-fg)]" strokeWidth={2} />}
    </svg>
  );
}

export function LifecycleView({ record, at, controls, timeline }: { record: LifecycleRecord; at: number; controls: ReactNode; timeline: ReactNode }) {
  const seg = segmentAt(record, at);
  const billed = billedUpTo(record, at);
  const alive = seg.kind === 'gone' ? 0 : 1;
  return (
    <FigureBody
      controls={controls}
      picture={
        <div className="flex h-full flex-col gap-1">
          <div className="shrink-0">{timeline}</div>
          <p className="min-h-0 flex-1 overflow-hidden text-sm" aria-live="polite">
            <Skinned words={describe(seg, record.idleTimeoutSeconds / 60)} />
          </p>
        </div>
      }
      readouts={
        <Readouts>
          <Readout metric="timeMs" label="Time" value={at} text={span(at)} />
          <Readout metric="phase" label={{ cloud: 'Phase', kitchen: 'Station' }} value={['init', 'invoke', 'frozen', 'gone'].indexOf(seg.kind)} text={seg.kind === 'gone' ? 'none' : seg.kind.toUpperCase()} />
          <Readout metric="environments" label={{ cloud: 'Environments', kitchen: 'Stations' }} value={alive} text={String(alive)} />
          <Readout metric="billedMs" label="Billed so far" value={billed} text={`${Math.round(billed)} ms`} tone="money" sub={`at ${record.memoryMB.toLocaleString('en-US')} MB`} />
        </Readouts>
      }
    />
  );
}
