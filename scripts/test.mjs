#!/usr/bin/env node
/**
 * `npm test`: lint, type-check, unit tests, then the build and the end-to-end tests, one after
 * another, and one closing line with the total over all of them: "N passed, N failed". Lint and
 * the type-check count as one check each; a stage that cannot run (e2e after a failed build) counts
 * as one failure. Every stage runs even if an earlier one failed, so one run shows everything
 * that is wrong; the exit code is non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';
mkdirSync('test-results', { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

const run = (label, cmd, args, env = {}) => {
  console.log(`\n== ${label}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`== ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
  return r.status === 0;
};

const checks = { passed: 0, failed: 0 };
const count = (ok) => (ok ? checks.passed++ : checks.failed++);

count(run('lint', 'npx', ['eslint', '.']));
count(run('type-check', 'npx', ['tsc', '--noEmit']));
run('unit tests', 'npx', ['vitest', 'run'], { VITEST_JSON_REPORT: VITEST_JSON });
const built = run('build', 'npm', ['run', '-s', 'build']);
count(built);
if (built) run('end-to-end tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_REPORT: PLAYWRIGHT_JSON });

const r = spawnSync('node', ['scripts/count-results.mjs', VITEST_JSON, ...(built ? [PLAYWRIGHT_JSON] : [])], { encoding: 'utf8' });
const [passed, failed] = (r.stdout.match(/(\d+) passed, (\d+) failed/) ?? ['', '0', '1']).slice(1).map(Number);
const total = { passed: passed + checks.passed, failed: failed + checks.failed + (built ? 0 : 1) };
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
