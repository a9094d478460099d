/**
 * The `cold-start-runtimes` figure: INIT time by runtime from the facts table (lambda-perf's
 * hello-world means), plus what a bigger package adds (Shilkov's measurements), for ZIP packages
 * or as the range container images measure. Pure: the poster and the live form draw the same.
 */
import type { ReactNode } from 'react';
import { CONTAINER_IMAGE_COLD_START, coldStartMeanMs, packageColdStartExtraMs, RUNTIMES, type RuntimeName } from '@/simulations/facts';
import { formatMs } from '@/components/simulator/format';
import { FigureBody, Readout, Readouts } from '../parts';

export interface RuntimeChoice {
  architecture: 'x86_64' | 'arm64';
  memoryMB: 128 | 1024;
  packageMB: number;
  image: boolean;
}

export const RUNTIME_CHOICE_INITIAL: RuntimeChoice = { architecture: 'x86_64', memoryMB: 1024, packageMB: 0, image: false };

export interface RuntimeBar {
  runtime: RuntimeName;
  label: string;
  helloMs: number;
  packageMs: number;
  /** ZIP: the total; image: the low end of the measured range. */
  lowMs: number;
  highMs: number;
}

export function runtimeBars(c: RuntimeChoice): RuntimeBar[] {
  const extra = packageColdStartExtraMs(c.packageMB);
  return (Object.keys(RUNTIMES) as RuntimeName[])
    .map((runtime) => {
      const helloMs = coldStartMeanMs(runtime, c.architecture, c.memoryMB);
      const zip = helloMs + extra;
      return {
        runtime,
        label: RUNTIMES[runtime].label.replace(' (provided.al2023)', ''),
        helloMs,
        packageMs: extra,
        lowMs: c.image ? zip * CONTAINER_IMAGE_COLD_START.low : zip,
        highMs: c.image ? zip * CONTAINER_IMAGE_COLD_START.high : zip,
      };
    })
    .sort((a, b) => a.helloMs - b.helloMs);
}

export function RuntimeBars({ bars, width, height }: { bars: RuntimeBar[]; width: number; height: number }) {
  const labelW = width < 420 ? 62 : 80;
  const valueW = width < 420 ? 70 : 92;
  const top = Math.max(300, ...bars.map((b) => b.highMs)) * 1.02;
  const rowH = Math.min(22, (height - 4) / bars.length);
  const x = (ms: number) => labelW + (ms / top) * (width - labelW - valueW);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="block max-w-full" role="img" aria-label={`Cold start (INIT) by runtime: ${bars.map((b) => `${b.label} ${formatMs(b.lowMs)}${b.highMs > b.lowMs ? ` to ${formatMs(b.highMs)}` : ''}`).join('; ')}.`}>
      {bars.map((b, i) => {
        const y = 2 + i * rowH;
        const h = rowH - 6;
        return (
          <g key={b.runtime}>
            <text x={labelW - 6} y={y + h - 3} textAnchor="end" className="fill-[var(--page-fg)] text-[11px]">
              {b.label}
            </text>
            <rect x={labelW} y={y} width={Math.max(1, x(b.helloMs) - labelW)} height={h} rx={2} className="fill-[var(--pipe-stroke)]" />
            {b.packageMs > 0 && <rect x={x(b.helloMs)} y={y} width={Math.max(1, x(b.helloMs + b.packageMs) - x(b.helloMs))} height={h} rx={2} className="fill-amber-500" />}
            {b.highMs > b.lowMs && (
              <g className="stroke-[var(--page-fg)]" strokeWidth={1.5}>
                <line x1={x(b.lowMs)} x2={x(b.highMs)} y1={y + h / 2} y2={y + h / 2} />
                <line x1={x(b.highMs)} x2={x(b.highMs)} y1={y + 2} y2={y + h - 2} />
                <line x1={x(b.lowMs)} x2={x(b.lowMs)} y1={y + 2} y2={y + h - 2} />
              </g>
            )}
            <text x={x(b.highMs) + 5} y={y + h - 3} className="fill-[var(--muted-fg)] text-[11px] tabular-nums">
              {b.highMs > b.lowMs ? `${formatMs(b.lowMs)}–${formatMs(b.highMs)}` : formatMs(b.lowMs)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ColdStartRuntimesView({ choice, controls, chart }: { choice: RuntimeChoice; controls: ReactNode; chart: ReactNode }) {
  const bars = runtimeBars(choice);
  const node = bars.find((b) => b.runtime === 'nodejs')!;
  const fastest = bars[0];
  const slowest = bars[bars.length - 1];
  return (
    <FigureBody
      controls={controls}
      picture={
        <div className="flex h-full flex-col">
          <p className="flex shrink-0 flex-wrap gap-x-4 text-xs text-[var(--muted-fg)]" aria-hidden="true">
            <span>
              <span className="mr-1 inline-block h-2.5 w-3 rounded-sm bg-[var(--pipe-stroke)] align-middle" />
              hello world (lambda-perf, 2026)
            </span>
            <span>
              <span className="mr-1 inline-block h-2.5 w-3 rounded-sm bg-amber-500 align-middle" />
              bigger package (Shilkov, 2021)
            </span>
            {choice.image && <span>┝━┥ container image: 1.1–2.4 × ZIP</span>}
          </p>
          <div className="min-h-0 flex-1">{chart}</div>
        </div>
      }
      readouts={
        <Readouts>
          <Readout metric="nodejsInitMs" label="Node.js INIT" value={node.lowMs} text={formatMs(node.lowMs)} tone="cold" />
          <Readout metric="fastestInitMs" label={`Fastest: ${fastest.label}`} value={fastest.lowMs} text={formatMs(fastest.lowMs)} />
          <Readout metric="slowestInitMs" label={`Slowest: ${slowest.label}`} value={slowest.highMs} text={formatMs(slowest.highMs)} />
          <Readout metric="packageMs" label="Package adds" value={node.packageMs} text={formatMs(node.packageMs)} sub={`${choice.packageMB} MB`} />
        </Readouts>
      }
    />
  );
}
