import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The CLI as `npm run -s simulate` runs it (tsx), without npm's own start-up. */
function simulate(args: string[], input?: string, options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'simulations/cli.ts', ...args], { input, encoding: 'utf8', ...options });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** A refusal or bad input: status 2, one line on stderr that names the problem, nothing on stdout, no stack trace. */
function expectOneLineError(r: ReturnType<typeof simulate>, status: number, pattern: RegExp) {
  expect(r.status).toBe(status);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('npm run simulate (the headless CLI)', () => {
  it('prints one JSON summary for a scenario on stdin, and the series to a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'simulate-'));
    const csv = path.join(dir, 's.csv');
    const r = simulate(['-', '--series', csv], '\ufeff{"durationSeconds": 12, "traffic": {"requestsPerSecond": 20}}'); // with a byte-order mark
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]);
    // The documented contract, nested fields included, each a finite number.
    const contract = [
      'requests', 'completed', 'throttled', 'coldStarts', 'meanConcurrency', 'peakConcurrency', 'meanInstances', 'peakInstances',
      'latencyMs.p50', 'latencyMs.p95', 'latencyMs.p99', 'latencyMs.mean',
      'costUsd.gateway', 'costUsd.functionRequests', 'costUsd.functionCompute', 'costUsd.provisionedConcurrency', 'costUsd.database', 'costUsd.other', 'costUsd.total',
      'server.costUsd',
    ];
    for (const k of contract) expect(Number.isFinite(k.split('.').reduce((o, key) => o?.[key], summary)), k).toBe(true);
    expect(summary.completed + summary.throttled + summary.inFlight).toBe(summary.requests);
    expect(summary.latencyMs.p50).toBeLessThanOrEqual(summary.latencyMs.p99);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows).toHaveLength(1 + 12);
    const arrivals = rows[0].split(',').indexOf('arrivals');
    expect(rows.slice(1).reduce((n, row) => n + Number(row.split(',')[arrivals]), 0)).toBe(summary.requests);
  });

  it.each([
    ['an empty input', [], '  \n', /stdin is empty; write \{\} to run the default scenario/],
    ['null', [], 'null', /scenario: must be a JSON object/],
    ['a bad field', [], '{"function":{"memoryMB":5}}', /function\.memoryMB: must be an integer between 128 and 10240/],
    ['a fractional duration', [], '{"durationSeconds":90.5}', /durationSeconds: must be an integer/],
    ['a run too large to finish', [], '{"durationSeconds":2000,"traffic":{"pattern":"bursty","requestsPerSecond":0,"peakRequestsPerSecond":1e7,"onSeconds":0.4,"offSeconds":0.6}}', /refused: scenario would take about \d+ minutes of CPU \(about 8\.00e\+9 requests/],
    ['a year of 1 ms bursts', [], '{"durationSeconds":31536000,"traffic":{"pattern":"bursty","requestsPerSecond":100,"onSeconds":0.001,"offSeconds":0.001}}', /refused: .*3\.15e\+10 traffic segments.*onSeconds \+ offSeconds/],
    ['a series longer than 31 days', ['--series', path.join(tmpdir(), 'simulate-never-written.csv')], '{"durationSeconds":2764800,"traffic":{"pattern":"idle"}}', /refused: --series writes a row per simulated second, 2,764,800 rows .* limited to 2,678,400/],
    ['an unknown platform', [], '{"platform":"azure-functions"}', /^simulate: invalid scenario: platform: must be one of "lambda", "lambda-managed-instances", "cloud-run", "cloudflare-workers"$/m],
    ['several requests per environment on on-demand Lambda', [], '{"function":{"maxConcurrencyPerInstance":8}}', /function\.maxConcurrencyPerInstance: must be 1 on "lambda"/],
    ['an unknown option', ['--seeds', '3'], '{}', /unknown option "--seeds"/],
    ['the series sent to stdout', ['--series', '-'], '{}', /--series needs a file name/],
  ])('rejects %s with status 2 and one line', (_, extra, input, pattern) => {
    expectOneLineError(simulate(['-', ...extra], input), 2, pattern);
  });

  it('reads at most 16 MB of input, so an endless stdin ends in one line', () => {
    expectOneLineError(simulate(['-'], ' '.repeat(17 * 1024 * 1024)), 2, /stdin is larger than 16 MB/);
    // A large scenario is far below it: 10,000 timeline changes, pretty-printed.
    const timeline = Array.from({ length: 10_000 }, (_, i) => ({ atSeconds: i, requestsPerSecond: i % 7, pattern: 'steady', arrivals: 'uniform' }));
    expect(simulate(['-'], JSON.stringify({ durationSeconds: 10, traffic: { timeline } }, null, 2)).status).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('reports a failed write in one line (a full disk), not a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      expectOneLineError(simulate(['-'], '{"durationSeconds":2}', { stdio: ['pipe', full, 'pipe'] }), 1, /cannot write stdout: ENOSPC/);
    } finally {
      closeSync(full);
    }
    expectOneLineError(simulate(['-', '--series', '/dev/full'], '{"durationSeconds":2}'), 1, /cannot write \/dev\/full: ENOSPC/);
  });
});
