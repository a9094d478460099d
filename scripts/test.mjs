#!/usr/bin/env node
/**
 * `npm test`: lint and the type-check side by side, then the unit tests beside the build, then the
 * end-to-end tests (on the build), and one closing line with the total over all of them:
 * "N passed, N failed". Stages that share nothing run in pairs, each pair's output printed whole
 * as each finishes (on two cores that saves about a minute); the type-check goes before the build,
 * which writes types it reads. Lint and the type-check count as one check each; a stage that
 * cannot run (e2e after a failed build), or fails without reporting a failed test, counts as one failure. Every stage runs even if an earlier
 * one failed, so one run shows everything that is wrong; the exit code is non-zero if anything
 * failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';
mkdirSync('test-results', { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

/** Runs one stage; resolves whether it passed. `inherit`: its output goes straight to ours (a stage alone). */
const run = (label, cmd, args, env = {}, inherit = true) =>
  new Promise((resolve) => {
    const started = Date.now();
    if (inherit) console.log(`\n== ${label}`);
    const child = spawn(cmd, args, { stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const chunks = [];
    if (!inherit) for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => chunks.push(d));
    child.on('close', (code) => {
      if (!inherit) {
        console.log(`\n== ${label}`);
        process.stdout.write(Buffer.concat(chunks));
      }
      console.log(`== ${label}: ${code === 0 ? 'ok' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
      resolve(code === 0);
    });
  });

const checks = { passed: 0, failed: 0 };
const count = (ok) => (ok ? checks.passed++ : checks.failed++);

const [lint, types] = await Promise.all([run('lint', 'npx', ['eslint', '.'], {}, false), run('type-check', 'npx', ['tsc', '--noEmit'], {}, false)]);
count(lint);
count(types);
const [unitRan, built] = await Promise.all([
  run('unit tests', 'npx', ['vitest', 'run'], { VITEST_JSON_REPORT: VITEST_JSON }, false),
  run('build', 'npm', ['run', '-s', 'build'], {}, false),
]);
count(built);
const e2eRan = built && (await run('end-to-end tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_REPORT: PLAYWRIGHT_JSON }));

const r = spawnSync('node', ['scripts/count-results.mjs', VITEST_JSON, ...(built ? [PLAYWRIGHT_JSON] : [])], { encoding: 'utf8' });
const [passed, failed] = (r.stdout.match(/(\d+) passed, (\d+) failed/) ?? ['', '0', '1']).slice(1).map(Number);
const total = { passed: passed + checks.passed, failed: failed + checks.failed + (built ? 0 : 1) };
// A test stage that failed without a failed test in its report (it could not start: a port in use,
// a crash) is a failure too, never a pass with fewer tests.
if (total.failed === 0 && (!unitRan || (built && !e2eRan))) total.failed = 1;
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
