/**
 * Headless CLI: `npm run -s simulate -- <scenario.json | -> [--series file.csv]`.
 * Prints exactly one JSON object on stdout. A bad scenario exits with status 2 and a one-line
 * message naming the field. A long run draws a progress bar on stderr when it is a terminal.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { SERIES_COLUMNS } from './engine';
import { refusal, runScenario } from './run';
import { parseScenario } from './schema';

/** The largest input read: a scenario is far smaller (10,000 timeline changes with every field, pretty-printed, take about 5 MB). */
const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** --series writes one row a simulated second (about 200 bytes): at most 31 days of them, under 1 GB. */
const MAX_SERIES_ROWS = 31 * 86_400;

function fail(message: string, code = 2): never {
  process.stderr.write(`simulate: ${message.replace(/\s*\n\s*/g, ' ').trim()}\n`);
  process.exit(code);
}

function main(): void {
  const args = process.argv.slice(2);
  let file: string | undefined;
  let seriesPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--series') {
      seriesPath = args[++i];
      // stdout carries the one JSON object, so the series needs a file of its own.
      if (!seriesPath || seriesPath === '-' || seriesPath.startsWith('--')) fail('--series needs a file name, e.g. --series out.csv');
    } else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: npm run -s simulate -- <scenario.json | -> [--series file.csv]\n');
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') fail(`unknown option "${a}"; usage: simulate <scenario.json | -> [--series file.csv]`);
    else if (file === undefined) file = a;
    else fail(`unexpected argument "${a}"; usage: simulate <scenario.json | -> [--series file.csv]`);
  }
  if (file === undefined) fail('missing scenario; usage: simulate <scenario.json | -> [--series file.csv] (use - for stdin)');

  const text = readInput(file);
  // An empty input is more likely a failed pipe or a truncated file than a wish for the defaults.
  if (text.trim() === '') fail(`${file === '-' ? 'stdin' : file} is empty; write {} to run the default scenario`);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); // editors may add a byte-order mark
  } catch (e) {
    fail(`scenario is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) fail(`invalid scenario: ${parsed.error}`);
  const scenario = parsed.scenario;
  const reason = refusal(scenario);
  if (reason) fail(`refused: ${reason}`);
  if (seriesPath && scenario.durationSeconds > MAX_SERIES_ROWS) {
    fail(
      `refused: --series writes a row per simulated second, ${scenario.durationSeconds.toLocaleString('en-US')} rows (about ${((scenario.durationSeconds * 200) / 1e9).toFixed(1)} GB) here; it is limited to ${MAX_SERIES_ROWS.toLocaleString('en-US')} (31 days, under 1 GB). Shorten durationSeconds or leave out --series.`,
    );
  }

  let fd: number | undefined;
  let buffer = '';
  if (seriesPath) {
    try {
      fd = openSync(seriesPath, 'w');
    } catch (e) {
      fail(`cannot write ${seriesPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    buffer = SERIES_COLUMNS.join(',') + '\n';
  }
  const onSecond =
    fd === undefined
      ? undefined
      : (row: Float64Array) => {
          let line = '';
          for (let c = 0; c < row.length; c++) line += (c ? ',' : '') + (Number.isInteger(row[c]) ? row[c] : +row[c].toPrecision(8));
          buffer += line + '\n';
          if (buffer.length > 1 << 20) {
            write(fd!, buffer, seriesPath!);
            buffer = '';
          }
        };

  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let lastDraw = 0;
  const onProgress = tty
    ? (fraction: number) => {
        const now = Date.now();
        if (now - started < 500 || (now - lastDraw < 100 && fraction < 1)) return;
        lastDraw = now;
        const width = 30;
        const done = Math.round(fraction * width);
        process.stderr.write(`\r[${'#'.repeat(done)}${'-'.repeat(width - done)}] ${(fraction * 100).toFixed(0)}%`);
        if (fraction >= 1) process.stderr.write('\r\x1b[K');
      }
    : undefined;

  const summary = runScenario(scenario, { onSecond, onProgress });
  if (fd !== undefined) {
    write(fd, buffer, seriesPath!);
    closeSync(fd);
  }
  write(1, JSON.stringify(summary) + '\n', 'stdout');
}

/** The input's text, read up to MAX_INPUT_BYTES (stdin may be endless: `cat /dev/zero`), or fail with one line. */
function readInput(file: string): string {
  const name = file === '-' ? 'stdin' : file;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const fd = file === '-' ? 0 : openSync(file, 'r');
    const buffer = Buffer.alloc(1 << 16);
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (e) {
        // A non-blocking stdin with nothing yet: wait a moment and read again.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, 10);
          continue;
        }
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) {
        fail(`${name} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, far more than any scenario (10,000 timeline changes take about 5 MB); is it the right input?`);
      }
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    }
    if (fd !== 0) closeSync(fd);
  } catch (e) {
    fail(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Write all of `text`, or fail with one line naming where (a full disk, a closed pipe). */
function write(fd: number, text: string, where: string): void {
  try {
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
  } catch (e) {
    fail(`cannot write ${where}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 1);
  }
}

main();
