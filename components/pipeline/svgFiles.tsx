/**
 * The diagram as SVG files, for places with no scripts: GitHub READMEs, wikis, slides, print.
 *
 * The still one is the live diagram's layout with the services a scenario uses. The animated one
 * plays a recorded run (recording.ts): GitHub READMEs,
 * wikis, slides. The live diagram's still drawing (FlowSvg, wide layout) with the environment
 * cells and request dots animated by CSS keyframes: no script, no external reference. Each cell is
 * three squares (starting, busy, idle) whose opacity steps with the recorded state changes; each
 * dot moves linearly between the exact start and end of its legs. The loop lasts the recorded
 * run's length at the recording's speed. Under prefers-reduced-motion nothing moves: the cells
 * show the run at its busiest moment and the dots are hidden. `theme: 'auto'` follows the
 * reader's colour scheme with a media query inside the file.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DOT_WORDS, FUNCTION_WORDS } from './cells';
import { CELL } from './flow/layout';
import { FlowSvg } from './FlowSvg';
import { cellPosition, flowEdges } from './flowGeometry';
import { describePipeline, type Skin } from './graph';
import { darkPalette, lightPalette, type PipelinePalette } from './palette';
import type { Scenario } from '@/simulations';
import { progressAt, type CellState, type DotMove, type Recording } from './recording';

export type SvgTheme = 'light' | 'dark' | 'auto';

/** The drawing's own stylesheet: what each short class paints with, per palette. */
function paint(p: PipelinePalette): string {
  return [
    `.dq{fill:${p.dotRequest}}.dr{fill:${p.dotResponse}}.dt{fill:${p.dotThrottled}}`,
    `.ci{fill:${p.cellStartingFill};stroke:${p.cellStartingStroke}}.cb{fill:${p.cellBusyFill};stroke:${p.cellBusyStroke}}.cl{fill:none;stroke:${p.cellIdleStroke}}`,
  ].join('');
}

/** Colours the still drawing takes from attributes, overridden for the dark scheme (FlowSvg's theme classes). */
function darkOverrides(light: PipelinePalette, dark: PipelinePalette): string {
  let css = '';
  for (const key of Object.keys(light) as (keyof PipelinePalette)[]) {
    if (light[key] === dark[key]) continue;
    css += `[fill="${light[key]}"]{fill:${dark[key]}}[stroke="${light[key]}"]{stroke:${dark[key]}}`;
  }
  return css;
}

/** Colours for a theme: the palette's, and for `auto` the dark ones under a media query. */
function themeCss(theme: SvgTheme): string {
  const css = paint(theme === 'dark' ? darkPalette : lightPalette);
  return theme === 'auto' ? `${css}@media (prefers-color-scheme:dark){${darkOverrides(lightPalette, darkPalette)}.bg{fill:${darkPalette.background}}${paint(darkPalette)}}` : css;
}

/** Which services beside the function a scenario uses (drawn solid). */
function activeServices(s: Scenario): { async: boolean; s3: boolean } {
  return { async: s.async.enabled, s3: s.s3.readsPerRequest + s.s3.writesPerRequest > 0 };
}

/** The still SVG file's text: the live diagram's layout for a scenario, in a skin and a theme. */
export function stillPipelineSvg(scenario: Scenario, { skin = 'cloud', theme = 'light' }: { skin?: Skin; theme?: SvgTheme } = {}): string {
  const svg = renderToStaticMarkup(
    <FlowSvg
      layout="wide"
      skin={skin}
      palette={theme === 'dark' ? darkPalette : lightPalette}
      idPrefix="s"
      active={activeServices(scenario)}
      counts
      label={skin === 'kitchen' ? 'The pop-up kitchen, as a pipeline' : 'Serverless request pipeline'}
      description={describePipeline(skin)}
      standalone
      defs={theme === 'auto' ? <style dangerouslySetInnerHTML={{ __html: themeCss('auto') }} /> : undefined}
    />,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

const pct = (t: number, total: number) => `${Number(((t / total) * 100).toFixed(5))}%`;
const px = (n: number) => `${Math.round(n * 10) / 10}px`;
/** Tiny steps so a dot appears and disappears at once rather than fading (linear timing). */
const EPS = 0.0001;

/** A cell square's opacity keyframes: on while its state is `state`. */
function cellKeyframes(changes: { atMs: number; state: CellState | null }[], state: CellState, total: number): string {
  let frames = '';
  let on = false;
  frames += `0%{opacity:0}`;
  for (const c of changes) {
    const now = c.state === state;
    if (now === on) continue;
    on = now;
    frames += `${pct(Math.min(c.atMs, total), total)}{opacity:${on ? 1 : 0}}`;
  }
  return frames;
}

/** A dot's keyframes: hidden, then along each move, then hidden. Moves are cut at the loop's end. */
function dotKeyframes(moves: DotMove[], total: number, at: (m: DotMove, t: number) => { x: number; y: number }): string {
  const f = (p: number) => `${Number(Math.min(100, Math.max(0, p)).toFixed(5))}%`;
  const pos = (m: DotMove, t: number) => {
    const { x, y } = at(m, t);
    return `transform:translate(${px(x)},${px(y)})`;
  };
  let frames = '0%{opacity:0}';
  let shown = false;
  let lastEnd = 0;
  for (const m of moves) {
    const s = Math.max(m.startMs, lastEnd);
    const e = Math.min(m.endMs, total);
    if (e <= s) continue;
    const sp = (s / total) * 100;
    if (shown && sp - (lastEnd / total) * 100 <= 2 * EPS) {
      // The next leg starts where the last ended (a response leaves the function, then the
      // gateway): jump to its start while still showing, across the node between them.
      frames += `${f(sp + EPS)}{${pos(m, s)}}`;
    } else {
      if (shown) frames += `${f((lastEnd / total) * 100 + EPS)}{opacity:0}`;
      frames += `${f(sp - EPS)}{opacity:0;${pos(m, s)}}${f(sp)}{opacity:1}`;
    }
    // A bounce turns at its middle; legs are straight.
    const mid = (m.startMs + m.endMs) / 2;
    if (m.kind === 'throttled' && mid > s && mid < e) frames += `${f((mid / total) * 100)}{${pos(m, mid)}}`;
    frames += `${f((e / total) * 100)}{opacity:1;${pos(m, e)}}`;
    shown = true;
    lastEnd = e;
  }
  if (shown && lastEnd < total) frames += `${f((lastEnd / total) * 100 + EPS)}{opacity:0}`;
  return frames;
}

/** The moment the most environments are live: what the reduced-motion still shows. */
function busiestMoment(rec: Recording): number {
  let best = 0;
  let bestN = -1;
  for (const c of rec.cells) {
    for (const { atMs } of c.changes) {
      const n = rec.cells.filter((o) => stateAt(o, atMs) !== null).length;
      if (n > bestN) {
        bestN = n;
        best = atMs;
      }
    }
  }
  return best;
}

function stateAt(cell: Recording['cells'][number], t: number): CellState | null {
  let state: CellState | null = null;
  for (const c of cell.changes) if (c.atMs <= t) state = c.state;
  return state;
}

/** Below the client and the gateway, where the drawing is empty: what the squares and dots mean. */
function Legend({ skin, palette, bounces, caption }: { skin: Skin; palette: PipelinePalette; bounces: boolean; caption: string }) {
  const cells = FUNCTION_WORDS[skin];
  const dots = DOT_WORDS[skin];
  const square = (cls: string) => <rect className={cls} x={0.5} y={-5.5} width={CELL.size - 1} height={CELL.size - 1} rx={2.5} strokeWidth={1} />;
  const dot = (cls: string) => <circle className={cls} cx={6} cy={0} r={4} />;
  // A row of marks and words, each after the last (widths from FlowSvg's 0.5 em estimate at 11 px).
  const row = (items: [ReactNode, string][]) => {
    const starts = items.map((_, i) => items.slice(0, i).reduce((x, [, word]) => x + 30 + word.length * 5.5, 0));
    return items.map(([mark, word], i) => (
      <g key={word} transform={`translate(${starts[i]} 0)`}>
        {mark}
        <text x={16} y={4} fontSize={11} fill={palette.text}>
          {word}
        </text>
      </g>
    ));
  };
  return (
    <g>
      <g transform="translate(0 254)">
        {row([
          [square('ci'), cells.starting],
          [square('cb'), cells.busy],
          [square('cl'), cells.idle],
        ])}
      </g>
      <g transform="translate(0 276)">
        {row([[dot('dq'), dots.request], [dot('dr'), dots.response], ...(bounces ? [[dot('dt'), dots.throttled] as [ReactNode, string]] : [])])}
      </g>
      <text x={0} y={304} fontSize={11} fill={palette.muted}>
        {caption}
      </text>
    </g>
  );
}

/** The metadata block: what was run, so anyone (and our tests) can run it again and compare. */
function metadata(rec: Recording): string {
  return JSON.stringify({
    generator: 'Serverless, Explained: npm run diagram -- --animated',
    scenario: rec.scenario,
    speed: rec.speed,
    fps: rec.fps,
    loopSeconds: rec.durationMs / rec.speed / 1000,
    requestStride: rec.requestStride,
    seamless: rec.seamless,
  });
}

/** The animated SVG file's text for a recording, in a skin and a theme. */
export function animatedPipelineSvg(rec: Recording, { skin = 'cloud', theme = 'light' }: { skin?: Skin; theme?: SvgTheme } = {}): string {
  const layout = 'wide';
  const total = rec.durationMs;
  const loopSeconds = Number((total / rec.speed / 1000).toFixed(3));
  const base = theme === 'dark' ? darkPalette : lightPalette;
  const edges = new Map(flowEdges(layout).map((e) => [e.id, e]));
  const at = (m: DotMove, t: number) => {
    const e = edges.get(m.edge)!;
    const p = progressAt(m, t);
    return { x: e.x1 + (e.x2 - e.x1) * p, y: e.y1 + (e.y2 - e.y1) * p };
  };
  const still = busiestMoment(rec);

  let css = `.c,.d{animation:${loopSeconds}s infinite both}.c{animation-timing-function:step-end}.d{animation-timing-function:linear;opacity:0}.c{opacity:0}.on{opacity:1}`;
  css += themeCss(theme);
  css += '@media (prefers-reduced-motion:reduce){.c,.d{animation:none}}';

  const cellEls: ReactNode[] = [];
  const states: [CellState, string][] = [
    ['initializing', 'ci'],
    ['busy', 'cb'],
    ['idle', 'cl'],
  ];
  for (const cell of rec.cells) {
    const { x, y } = cellPosition(layout, cell.slot);
    for (const [state, cls] of states) {
      if (!cell.changes.some((c) => c.state === state)) continue;
      const id = `c${cell.envId}${cls[1]}`;
      css += `#${id}{animation-name:${id}}@keyframes ${id}{${cellKeyframes(cell.changes, state, total)}}`;
      const onAtStill = stateAt(cell, still) === state;
      cellEls.push(<rect key={id} id={id} className={`c ${cls}${onAtStill ? ' on' : ''}`} x={x + 0.5} y={y + 0.5} width={CELL.size - 1} height={CELL.size - 1} rx={2.5} strokeWidth={1} />);
    }
  }

  const dotEls: ReactNode[] = [];
  for (const dot of rec.dots) {
    // One circle per colour a dot takes (request out, response back, bounce), each with its own moves.
    for (const [kind, cls] of [
      ['request', 'dq'],
      ['response', 'dr'],
      ['throttled', 'dt'],
    ] as const) {
      const moves = dot.moves.filter((m) => m.kind === kind && m.startMs < total);
      if (!moves.length) continue;
      const id = `${dot.key}${cls[1]}`;
      css += `#${id}{animation-name:${id}}@keyframes ${id}{${dotKeyframes(moves, total, at)}}`;
      dotEls.push(<circle key={id} id={id} className={`d ${cls}`} r={kind === 'throttled' ? 5 : 4} />);
    }
  }

  const palette = base;
  const title = skin === 'kitchen' ? 'The pop-up kitchen, animated: orders flow, stations set up, cook and go idle' : 'Serverless pipeline, animated: requests flow, environments start, serve and go idle';
  const speedWords = rec.speed < 1 ? `${rec.speed}× slow motion` : rec.speed === 1 ? 'real time' : `${rec.speed}× fast-forward`;
  const description = `${describePipeline(skin)} Recorded from a run of the simulator's engine (seed ${rec.scenario.seed}, ${rec.scenario.durationSeconds} simulated seconds, played at ${speedWords} in a ${loopSeconds}-second loop): request dots move along the edges and each square is an execution environment, amber while starting, blue while busy, hollow green while idle.`;
  const svg = renderToStaticMarkup(
    <FlowSvg
      layout={layout}
      skin={skin}
      palette={palette}
      idPrefix="a"
      active={activeServices(rec.scenario)}
      label={title}
      description={description}
      standalone
      defs={<style dangerouslySetInnerHTML={{ __html: css }} />}
    >
      <Legend skin={skin} palette={palette} bounces={rec.dots.some((d) => d.moves.some((m) => m.kind === 'throttled'))} caption={`${speedWords} · recorded from the simulator`} />
      <g>{cellEls}</g>
      <g>{dotEls}</g>
      <metadata dangerouslySetInnerHTML={{ __html: metadata(rec).replace(/&/g, '&amp;').replace(/</g, '&lt;') }} />
    </FlowSvg>,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
