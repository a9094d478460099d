import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, SERIES_COLUMNS, type ScenarioInput, type Snapshot, type TrafficChange } from '@/simulations';
import { GOLDEN_CASES, type GoldenStep } from './golden-cases';

/**
 * Golden runs: the summary, every per-second row and (observed runs) the snapshot's fields, of
 * each case in golden-cases.ts, pinned to the exact bits recorded on the engine before it was
 * split into modules (7839d8b). A refactor that moves any bit anywhere fails here, and the
 * readable fields beside each hash say what moved.
 *
 * After a deliberate change of behaviour, rewrite the file and say why in the commit:
 *   GOLDEN_UPDATE=1 npx vitest run tests/simulations/golden.test.ts
 */
const FILE = new URL('./golden.json', import.meta.url);

interface GoldenRecord {
  /** Readable: what a diff should show first. */
  requests: number;
  completed: number;
  throttled: number;
  inFlight: number;
  coldStarts: number;
  latencyP99Ms: number;
  costTotalUsd: number;
  seconds: number;
  /** sha-256 of the summary's JSON (doubles print exactly), of the rows' Float64 bits, of the snapshot's fields. */
  summary: string;
  series: string;
  snapshot: string | null;
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 24);

/**
 * The snapshot's fields as they were when the file was recorded (later fields, such as the frame
 * contract's, are left out so they can be added without rewriting the file).
 */
function snapshotProjection(s: Snapshot): unknown {
  const pick = <T extends object>(o: T, keys: (keyof T)[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
  return {
    ...pick(s, ['timeMs', 'requestsPerSecond', 'environmentsTruncated', 'recentThrottles', 'totals', 'latency', 'recentLatency', 'meanConcurrency', 'peakConcurrency', 'cost', 'usage', 'server', 'databaseCounter', 'async', 'events', 'inFlight']),
    counts: pick(s.counts, ['live', 'busy', 'idle', 'initializing', 'reclaimedTotal', 'provisioned']),
    environments: s.environments.map((e) => pick(e, ['id', 'state', 'sinceMs', 'requestsServed', 'memoryCounter', 'provisioned'])),
    traces: s.traces.map((t) =>
      pick(t, ['id', 'arrivalMs', 'status', 'throttleCause', 'coldStart', 'envId', 'gatewayMs', 'waitMs', 'initMs', 'handlerMs', 'databaseMs', 'totalMs', 'costUsd', 'manual']),
    ),
  };
}

function run(scenario: ScenarioInput, observe: boolean, steps: GoldenStep[], endMs: number): GoldenRecord {
  const rows: number[] = [];
  const sim = createSimulation(scenario, { observe, seriesCapacity: 0, onSecond: (r) => rows.push(...r) });
  const snapshots: unknown[] = [];
  for (const step of steps) {
    if (step.at !== undefined) sim.advanceTo(step.at);
    if ('setConfig' in step) sim.setConfig(step.setConfig);
    if ('setTraffic' in step) sim.setTraffic(step.setTraffic as TrafficChange);
    if ('schedule' in step) sim.schedule(step.schedule.atMs, step.schedule.change);
    if ('sendRequest' in step) sim.sendRequest();
    if ('look' in step && observe) snapshots.push(snapshotProjection(sim.snapshot()));
  }
  sim.advanceTo(endMs);
  if (observe) snapshots.push(snapshotProjection(sim.snapshot()));
  const s = sim.summary();
  return {
    requests: s.requests,
    completed: s.completed,
    throttled: s.throttled,
    inFlight: s.inFlight,
    coldStarts: s.coldStarts,
    latencyP99Ms: s.latencyMs.p99,
    costTotalUsd: s.costUsd.total,
    seconds: rows.length / SERIES_COLUMNS.length,
    summary: sha(JSON.stringify(s)),
    series: sha(new Uint8Array(new Float64Array(rows).buffer)),
    snapshot: observe ? sha(JSON.stringify(snapshots)) : null,
  };
}

function runAll(): Record<string, GoldenRecord> {
  const out: Record<string, GoldenRecord> = {};
  for (const c of GOLDEN_CASES) {
    const endMs = c.endMs ?? (c.scenario.durationSeconds ?? 300) * 1000;
    for (const observe of c.modes ?? [false, true]) out[`${c.name} (${observe ? 'observed' : 'headless'})`] = run(c.scenario, observe, c.steps ?? [], endMs);
  }
  return out;
}

describe('golden runs', () => {
  it('cover at least 30 scenarios', () => {
    expect(GOLDEN_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(GOLDEN_CASES.map((c) => c.name)).size).toBe(GOLDEN_CASES.length);
  });

  it('give the recorded summaries, series and snapshots, to the bit', () => {
    const got = runAll();
    if (process.env.GOLDEN_UPDATE === '1') {
      writeFileSync(FILE, JSON.stringify(got, null, 1) + '\n');
      return;
    }
    const want = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, GoldenRecord>;
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    // One case at a time, so a failure names the scenario and shows its readable fields beside the hashes.
    for (const name of Object.keys(want)) expect({ name, ...got[name] }).toEqual({ name, ...want[name] });
  });
});
