/** What the benchmark scripts share: building the export once, serving it, and which Chromium to use. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** Launch flags that work on this machine's Debian Chromium (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium unless overridden (CHROMIUM_PATH / CHROME_PATH); undefined means Playwright's own. */
export function chromiumPath() {
  const exe = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return existsSync(exe) ? exe : undefined;
}

/** Builds the static export unless --no-build was given and out/ exists; exits if the build fails. */
export function ensureBuild(args) {
  if (args.includes('--no-build') && existsSync('out')) return;
  console.log('Building the static export …');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * Serves out/ with compression on a port, resolving once it answers and every text file has been
 * compressed once (the server keeps each file's brotli form, as a CDN does; without the warm-up
 * the first page load of a run would also time brotli at quality 11 on this CPU, ~0.6 s for the
 * article's HTML). Returns the process and base URL.
 */
export async function serveExport(port) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    let up = false;
    try {
      up = (await fetch(base)).ok;
    } catch {
      // not up yet
    }
    if (up) {
      // Outside the readiness check: a failure here is a real error, not "not up yet".
      await warm(base);
      return { server, base };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`server at ${base} did not start`);
}

async function warm(base) {
  const files = readdirSync('out', { recursive: true }).filter((f) => /\.(html|js|css|svg|json|txt|xml)$/.test(f));
  for (const f of files) await (await fetch(`${base}/${f.split('\\').join('/')}`, { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
}
