/**
 * Writes a pipeline diagram for any scenario as an SVG file, for docs with no scripts:
 *
 *   npm run -s diagram -- scenario.json [--animated] [--theme light|dark|auto] [--skin cloud|kitchen]
 *                                       [--speed 0.1] [--out file.svg]
 *
 * Still by default (the live diagram's layout, with the services the scenario uses); with
 * --animated, a loop recorded from a run of the engine: request dots move along the edges and
 * environment squares start, serve and go idle (see components/pipeline/animatedSvg.tsx). The loop
 * lasts the scenario's durationSeconds at --speed (default: the slowest of the simulator's speeds,
 * 0.1×, 1×, 10×, 60×, 600×, that fits it in a minute). The SVG goes to stdout, or to --out.
 * A bad scenario or option exits with status 2 and one line saying what to change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseScenario, refusal } from '@/simulations';
import { animatedPipelineSvg, stillPipelineSvg, type SvgTheme } from '@/components/pipeline/svgFiles';
import { CELL } from '@/components/pipeline/flow/layout';
import type { Skin } from '@/components/pipeline/graph';
import { defaultSpeed, recordRun } from '@/components/pipeline/recording';

const USAGE = 'usage: npm run -s diagram -- <scenario.json | -> [--animated] [--theme light|dark|auto] [--skin cloud|kitchen] [--speed X] [--out file.svg]';
/** Longest loop we write: beyond it the file grows past what READMEs load and the recording takes minutes. */
const MAX_LOOP_SECONDS = 600;

function fail(message: string, code = 2): never {
  process.stderr.write(`diagram: ${message}\n`);
  process.exit(code);
}

function main(): void {
  const args = process.argv.slice(2);
  let file: string | undefined;
  let animated = false;
  let theme: SvgTheme = 'light';
  let skin: Skin = 'cloud';
  let speed: number | undefined;
  let out: string | undefined;
  const value = (i: number, name: string) => {
    const v = args[i];
    if (v === undefined || v.startsWith('--')) fail(`${name} needs a value; ${USAGE}`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--animated') animated = true;
    else if (a === '--theme') {
      const v = value(++i, '--theme');
      if (v !== 'light' && v !== 'dark' && v !== 'auto') fail(`--theme must be light, dark or auto (got "${v.slice(0, 20)}")`);
      theme = v;
    } else if (a === '--skin') {
      const v = value(++i, '--skin');
      if (v !== 'cloud' && v !== 'kitchen') fail(`--skin must be cloud or kitchen (got "${v.slice(0, 20)}")`);
      skin = v;
    } else if (a === '--speed') {
      const v = Number(value(++i, '--speed').replace(/x$/i, ''));
      if (!Number.isFinite(v) || v < 0.001 || v > 100_000) fail('--speed must be a number from 0.001 to 100000 (simulated seconds per second of the loop), e.g. --speed 0.1');
      speed = v;
    } else if (a === '--out' || a === '-o') out = value(++i, a);
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') fail(`unknown option "${a.slice(0, 30)}"; ${USAGE}`);
    else if (file === undefined) file = a;
    else fail(`unexpected argument "${a.slice(0, 30)}"; ${USAGE}`);
  }
  if (file === undefined) fail(`missing scenario (use - for stdin, or write {} to a file for the defaults); ${USAGE}`);

  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file === '-' ? 'stdin' : file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (text.trim() === '') fail(`${file === '-' ? 'stdin' : file} is empty; write {} for the default scenario`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail(`scenario is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) fail(`invalid scenario: ${parsed.error}`);
  const scenario = parsed.scenario;

  let svg: string;
  if (!animated) svg = stillPipelineSvg(scenario, { skin, theme });
  else {
    const reason = refusal(scenario);
    if (reason) fail(`refused: ${reason}`);
    const durationMs = scenario.durationSeconds * 1000;
    const playback = speed ?? defaultSpeed(durationMs);
    const loopSeconds = durationMs / playback / 1000;
    if (loopSeconds > MAX_LOOP_SECONDS)
      fail(`the loop would last ${Math.round(loopSeconds)} s (durationSeconds ${scenario.durationSeconds} at ${playback}×); make it at most ${MAX_LOOP_SECONDS} s with a shorter durationSeconds or a higher --speed`);
    const recording = recordRun(scenario, { speed: playback });
    svg = animatedPipelineSvg(recording, { skin, theme });
    const notes: string[] = [`${recording.dots.length} dots, ${recording.cells.length} environments, a ${Number(loopSeconds.toFixed(2))} s loop at ${playback}×, ${(Buffer.byteLength(svg) / 1024).toFixed(1)} KB`];
    if (Buffer.byteLength(svg) > 60 * 1024) notes.push('over 60 KB: a shorter durationSeconds or less traffic makes a lighter file');
    if (recording.requestStride > 1) notes.push(`one dot for every ${recording.requestStride} requests`);
    if (recording.undrawnEnvironments > 0) notes.push(`${recording.undrawnEnvironments} environments beyond the ${CELL.max} squares drawn`);
    if (!recording.seamless)
      notes.push(
        `the loop has a seam: the run ends with ${recording.end.environments} environments live and ${recording.end.inFlight} ${recording.end.inFlight === 1 ? 'request' : 'requests'} in flight; for a seamless loop, stop the traffic (traffic.timeline) and let idle environments go (function.idleTimeoutSeconds) before durationSeconds`,
      );
    process.stderr.write(`diagram: ${notes.join('; ')}\n`);
  }
  try {
    if (out) writeFileSync(out, svg);
    else process.stdout.write(svg);
  } catch (e) {
    fail(`cannot write ${out ?? 'stdout'}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 1);
  }
}

main();
