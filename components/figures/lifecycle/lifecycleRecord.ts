/**
 * The `lifecycle` figure's engine run (build time only): four requests to a function with no
 * other traffic, and the life of its environments read off the run: each request's INIT and
 * handler time from its trace, each environment's reclaim from the event log, and what each
 * invocation was billed as the engine billed it (the trace's `billed`: INIT and run, in whole ms).
 */
import { createSimulation, type ScenarioInput } from '@/simulations';
import { LIFECYCLE, type LifecycleRecord, type LifeSegment } from './lifecycle';

export function lifecycleScenario(): ScenarioInput {
  return {
    seed: LIFECYCLE.seed,
    durationSeconds: LIFECYCLE.endMs / 1000,
    traffic: { pattern: 'idle', requestsPerSecond: 0 },
    // No gateway time: a request's invocation starts the moment it arrives, so the timeline is the function's own.
    gateway: { latencyMs: 0 },
    function: { memoryMB: LIFECYCLE.memoryMB, idleTimeoutSeconds: LIFECYCLE.idleTimeoutSeconds, durationMs: { distribution: 'lognormal', mean: 120, p99: 300 } },
    database: { readsPerRequest: 0, writesPerRequest: 1 },
    server: { enabled: false },
  };
}

export function recordLifecycle(): LifecycleRecord {
  const sim = createSimulation(lifecycleScenario(), { traceCapacity: 20, eventCapacity: 50, seriesCapacity: 0 });
  const memoryMB = sim.scenario.function.memoryMB;
  const invocations: LifeSegment[] = [];
  for (const [i, at] of LIFECYCLE.requestsAtMs.entries()) {
    sim.advanceTo(at);
    const id = sim.sendRequest();
    sim.advanceTo(at + LIFECYCLE.settleMs);
    const snap = sim.snapshot();
    const t = snap.traces.find((x) => x.id === id);
    if (!t || t.status !== 200 || !t.billed) throw new Error(`lifecycle: request ${i + 1} did not complete`);
    const { billed } = t;
    if (t.initMs > 0) invocations.push({ kind: 'init', startMs: t.arrivalMs, endMs: t.arrivalMs + t.initMs, envId: t.envId, billedMs: billed.initMs, request: i + 1 });
    const start = t.arrivalMs + t.initMs;
    invocations.push({ kind: 'invoke', startMs: start, endMs: start + t.handlerMs + t.databaseMs, envId: t.envId, billedMs: billed.runMs, request: i + 1, cold: t.coldStart });
  }
  sim.advanceTo(LIFECYCLE.endMs);
  const reclaims = sim.snapshot().events.filter((e) => e.kind === 'reclaimed').map((e) => ({ envId: e.envId ?? -1, atMs: e.timeMs }));
  // Between invocations an environment is frozen, until it is reclaimed; after that, none exists.
  const segments: LifeSegment[] = [];
  let cursor = 0;
  let env: number | null = null;
  for (const s of invocations) {
    if (s.startMs > cursor) {
      const reclaim = env === null ? undefined : reclaims.find((r) => r.envId === env && r.atMs >= cursor && r.atMs <= s.startMs);
      if (reclaim) {
        segments.push({ kind: 'frozen', startMs: cursor, endMs: reclaim.atMs, envId: env });
        segments.push({ kind: 'gone', startMs: reclaim.atMs, endMs: s.startMs, envId: null });
      } else segments.push({ kind: env === null ? 'gone' : 'frozen', startMs: cursor, endMs: s.startMs, envId: env });
    }
    segments.push(s);
    cursor = s.endMs;
    env = s.envId;
  }
  const last = reclaims.find((r) => r.envId === env && r.atMs >= cursor);
  if (last) {
    segments.push({ kind: 'frozen', startMs: cursor, endMs: last.atMs, envId: env });
    segments.push({ kind: 'gone', startMs: last.atMs, endMs: LIFECYCLE.endMs, envId: null });
  } else segments.push({ kind: 'frozen', startMs: cursor, endMs: LIFECYCLE.endMs, envId: env });
  return { segments, memoryMB, idleTimeoutSeconds: sim.scenario.function.idleTimeoutSeconds, endMs: LIFECYCLE.endMs };
}
