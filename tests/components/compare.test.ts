import { describe, expect, it } from 'vitest';
import { createSimulation, type Snapshot } from '@/simulations';
import { createSimHost } from '@/components/simulator/simHost';
import { describeDifference, overlayPatch, parseChoice, serializeChoice, type CompareChoice } from '@/components/simulator/compare';
import type { FrameMessage, WorkerMessage } from '@/components/simulator/protocol';
import { createSimulatorStore, scenarioFor } from '@/components/simulator/store';
import { parseParams, serializeParams } from '@/components/simulator/urlState';

const frames = (messages: WorkerMessage[]) => messages.filter((m): m is FrameMessage => m.type === 'frame');

describe('compare mode: one worker, two runs', () => {
  it('feeds B the identical arrivals in lockstep, through live traffic changes and a sent request, while B keeps its own memory', () => {
    const messages: WorkerMessage[] = [];
    const host = createSimHost((m) => messages.push(m), () => 0);
    const scenario = { seed: 7, traffic: { requestsPerSecond: 30 } };
    host.handle({ type: 'reset', scenario, compare: { function: { memoryMB: 2048 } } });
    host.handle({ type: 'tick', simMs: 20_000 });
    host.handle({ type: 'setTraffic', change: { pattern: 'spike', requestsPerSecond: 30, peakRequestsPerSecond: 400, spikeStartSeconds: 0, spikeDurationSeconds: 10 } });
    host.handle({ type: 'tick', simMs: 15_000 });
    host.handle({ type: 'setConfig', patch: { function: { memoryMB: 512, idleTimeoutSeconds: 120 } } });
    host.handle({ type: 'sendRequest' });
    host.handle({ type: 'tick', simMs: 5_000 });
    const all = frames(messages);
    expect(all.length).toBe(7);
    for (const f of all) {
      expect(f.compare, 'every frame carries B').toBeDefined();
      expect(f.compare!.snapshot.timeMs).toBe(f.snapshot.timeMs);
      expect(f.compare!.snapshot.totals.arrivals).toBe(f.snapshot.totals.arrivals);
      expect(f.compare!.series.map((r) => r.arrivals)).toEqual(f.series.map((r) => r.arrivals));
    }
    const last = all.at(-1)!;
    expect(last.snapshot.totals.arrivals).toBeGreaterThan(30 * 40);
    // The shared change reached both; what makes B B stayed.
    expect(last.snapshot.scenario.function.memoryMB).toBe(512);
    expect(last.compare!.snapshot.scenario.function.memoryMB).toBe(2048);
    expect(last.compare!.snapshot.scenario.function.idleTimeoutSeconds).toBe(120);

    // B is exactly the run of its own scenario driven the same way.
    const b = createSimulation({ seed: 7, traffic: { requestsPerSecond: 30 }, function: { memoryMB: 2048 } });
    b.advanceTo(20_000);
    b.setTraffic({ pattern: 'spike', requestsPerSecond: 30, peakRequestsPerSecond: 400, spikeStartSeconds: 0, spikeDurationSeconds: 10 });
    b.advanceTo(35_000);
    b.setConfig({ function: { idleTimeoutSeconds: 120 } });
    b.sendRequest();
    b.advanceTo(40_000);
    expect(last.compare!.snapshot.totals).toEqual(b.snapshot().totals);
    expect(last.compare!.snapshot.cost.total).toBe(b.snapshot().cost.total);
  });

  it('refuses a reset whose setup B is invalid, naming B, and keeps the runs it had', () => {
    const messages: WorkerMessage[] = [];
    const host = createSimHost((m) => messages.push(m), () => 0);
    host.handle({ type: 'reset', scenario: {}, compare: { function: { memoryMB: 2048 } } });
    host.handle({ type: 'reset', scenario: {}, id: 3, compare: { function: { provisionedConcurrency: 5000 } } });
    const error = messages.find((m) => m.type === 'error');
    expect(error).toMatchObject({ rejectedId: 3 });
    expect(error && 'message' in error && error.message).toMatch(/^Invalid scenario for setup B: function\.provisionedConcurrency/);
    expect(frames(messages).at(-1)!.compare!.snapshot.scenario.function.memoryMB).toBe(2048);
  });

  it('a live change setup B cannot take reaches neither run, and is refused without stopping the simulation', () => {
    const messages: WorkerMessage[] = [];
    const host = createSimHost((m) => messages.push(m), () => 0);
    host.handle({ type: 'reset', scenario: { traffic: { requestsPerSecond: 20 } }, compare: { function: { provisionedConcurrency: 50 } } });
    messages.length = 0;
    host.handle({ type: 'setConfig', patch: { function: { concurrencyLimit: 10 } } });
    expect(messages[0]).toMatchObject({ type: 'error', rejectedId: -2 });
    expect(messages[0].type === 'error' && messages[0].message).toMatch(/^setup B cannot take it: .*provisionedConcurrency/);
    const f = frames(messages).at(-1)!;
    expect(f.snapshot.scenario.function.concurrencyLimit).toBe(1000);
    expect(f.compare!.snapshot.scenario.function.concurrencyLimit).toBe(1000);
    const store = createSimulatorStore();
    store.getState().rejectReset('setup B cannot take it: x', -2);
    expect(store.getState().notices.at(-1)).toBe('That change was not applied (setup B cannot take it: x); the run goes on with the previous settings.');
    expect(store.getState().engineError).toBeNull();
  });

  it('without a comparison sends frames with no B', () => {
    const messages: WorkerMessage[] = [];
    const host = createSimHost((m) => messages.push(m), () => 0);
    host.handle({ type: 'reset', scenario: {} });
    expect(frames(messages)[0].compare).toBeUndefined();
  });
});

describe('B keeps what makes it B', () => {
  it('takes the variant’s value only where a patch for A sets the same field', () => {
    expect(overlayPatch({ function: { memoryMB: 512, idleTimeoutSeconds: 60 }, gateway: { type: 'rest' } }, { function: { memoryMB: 2048 } })).toEqual({
      function: { memoryMB: 2048, idleTimeoutSeconds: 60 },
      gateway: { type: 'rest' },
    });
    expect(overlayPatch({ async: { enabled: true } }, { async: { enabled: false } })).toEqual({ async: { enabled: false } });
    expect(overlayPatch({ traffic: { requestsPerSecond: 5 } }, { function: { memoryMB: 2048 } })).toEqual({ traffic: { requestsPerSecond: 5 } });
  });
});

/** Just the numbers the sentence reads. */
function snap(p: { arrivals: number; completed?: number; throttled?: number; coldStarts: number; cost: number; p95?: number }): Snapshot {
  return {
    totals: { arrivals: p.arrivals, completed: p.completed ?? p.arrivals, throttled: p.throttled ?? 0, coldStarts: p.coldStarts },
    cost: { total: p.cost },
    latency: { p95: p.p95 ?? 100 },
  } as unknown as Snapshot;
}

describe('the stated difference', () => {
  it('says how much less B cost, as a share of A, and the cold starts of each', () => {
    // (0.66 − 0.41) / 0.66 = 0.3788: 38% less.
    expect(describeDifference(snap({ arrivals: 1000, coldStarts: 41, cost: 0.66 }), snap({ arrivals: 1000, coldStarts: 0, cost: 0.41 }))).toBe(
      'B cost 38% less than A ($0.41 against $0.66) and had 0 cold starts against 41.',
    );
  });

  it('says more, and adds throttling and p95 latency where they differ', () => {
    // (0.15 − 0.1) / 0.1 = 50% more.
    expect(describeDifference(snap({ arrivals: 900, coldStarts: 3, cost: 0.1, p95: 120 }), snap({ arrivals: 900, throttled: 12, coldStarts: 1, cost: 0.15, p95: 480 }))).toBe(
      'B cost 50% more than A ($0.15 against $0.10) and had 1 cold start against 3. B throttled or failed 12 requests against 0, and its p95 latency was 480 ms against 120 ms.',
    );
  });

  it('handles nothing yet and nothing spent', () => {
    expect(describeDifference(snap({ arrivals: 0, coldStarts: 0, cost: 0 }), snap({ arrivals: 0, coldStarts: 0, cost: 0 }))).toMatch(/^No requests yet/);
    expect(describeDifference(snap({ arrivals: 5, coldStarts: 2, cost: 0 }), snap({ arrivals: 5, coldStarts: 0, cost: 0 }))).toBe('Neither has cost anything yet; B had 0 cold starts against 2.');
    expect(describeDifference(snap({ arrivals: 5, coldStarts: 2, cost: 0.2 }), snap({ arrivals: 5, coldStarts: 2, cost: 0.3 }))).toBe(
      'B cost 50% more than A ($0.30 against $0.20) and had the same number of cold starts (2).',
    );
  });
});

describe('compare= in the URL', () => {
  it('round-trips each kind of choice', () => {
    const choices: CompareChoice[] = [{ kind: 'platform', platform: 'cloudflare-workers' }, { kind: 'platform', platform: 'lambda' }, { kind: 'memory', memoryMB: 2048 }, { kind: 'provisioned', environments: 0 }, { kind: 'provisioned', environments: 25 }, { kind: 'queue' }];
    for (const c of choices) {
      expect(parseChoice(serializeChoice(c))).toEqual({ choice: c });
      expect(parseParams(serializeParams({ speed: 1, seed: 1, skin: 'cloud', compare: c })).params.compare).toEqual(c);
    }
    expect(serializeParams({ speed: 1, seed: 1, skin: 'cloud', rps: 20, compare: { kind: 'memory', memoryMB: 512 } })).toBe('rps=20&compare=memory%3A512');
  });

  it('ignores a malformed comparison with a notice, and never echoes the input', () => {
    for (const raw of ['platform', 'platform:heroku', 'memory', 'memory:lots', 'memory:-5', 'queue:1', 'colour:red', 'memory:1:2', '<script>']) {
      const { params, notices } = parseParams(`compare=${encodeURIComponent(raw)}`);
      expect(params.compare, raw).toBeUndefined();
      expect(notices, raw).toHaveLength(1);
      expect(notices[0]).toMatch(/^Ignored “compare”: .*; showing one run\.$/);
      if (['memory:lots', 'colour:red', '<script>'].includes(raw)) expect(notices[0]).not.toContain(raw);
    }
  });

  it('a link whose comparison the engine refuses runs A alone and says so', () => {
    const store = createSimulatorStore({ params: { compare: { kind: 'provisioned', environments: 5000 } } });
    const sent: unknown[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    store.getState().rejectReset('Invalid scenario for setup B: function.provisionedConcurrency: must be between 0 and function.concurrencyLimit (1000)', -1);
    expect(store.getState().params.compare).toBeUndefined();
    expect(store.getState().notices.at(-1)).toMatch(/^Ignored “compare” \(Invalid scenario for setup B: function\.provisionedConcurrency/);
    expect(sent).toHaveLength(1);
  });
});

describe('every comparison the picker offers is a valid setup B', () => {
  it('a platform change gives B its platform’s own per-instance default and no provisioned concurrency off Lambda, whatever A set', async () => {
    const { parseScenario } = await import('@/simulations/schema');
    const { previewScenario, PLATFORMS } = await import('@/simulations/defaults');
    const { variantPatch } = await import('@/components/simulator/compare');
    const { mergeScenario } = await import('@/simulations/merge');
    for (const from of PLATFORMS) {
      const a = from === 'lambda' ? { platform: from, function: { provisionedConcurrency: 20 } } : { platform: from, function: { maxConcurrencyPerInstance: 7 } };
      expect(parseScenario(a).ok, from).toBe(true);
      for (const to of PLATFORMS) {
        const b = parseScenario(mergeScenario(a, variantPatch({ kind: 'platform', platform: to }, previewScenario(a))));
        expect(b.ok, `${from} → ${to}: ${b.ok ? '' : b.error}`).toBe(true);
        if (b.ok) expect(b.scenario.platform).toBe(to);
      }
    }
  });
});

describe('platform= and the Settings platform picker', () => {
  it('reads and writes platform=, with a notice for an unknown one', () => {
    expect(parseParams('platform=cloud-run').params.platform).toBe('cloud-run');
    expect(serializeParams({ speed: 1, seed: 1, skin: 'cloud', platform: 'cloudflare-workers' })).toBe('platform=cloudflare-workers');
    const bad = parseParams('platform=heroku');
    expect(bad.params.platform).toBeUndefined();
    expect(bad.notices).toEqual(['Ignored “platform”: it must be one of lambda, lambda-managed-instances, cloud-run, cloudflare-workers; using the scene’s.']);
  });

  it('switching platform restarts on a valid scenario: the per-instance setting back to its default, provisioned concurrency off away from Lambda', async () => {
    const { parseScenario } = await import('@/simulations/schema');
    const store = createSimulatorStore({ params: { preset: 'provisioned', settings: { function: { provisionedConcurrency: 20 } } } });
    const sent: { type: string; scenario?: unknown }[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    store.getState().setPlatform('cloud-run');
    const r = parseScenario(sent.at(-1)!.scenario);
    expect(r.ok && r.scenario.platform).toBe('cloud-run');
    expect(r.ok && r.scenario.function.provisionedConcurrency).toBe(0);
    // A reload of the link it writes gives the same scenario.
    const again = parseScenario(scenarioForLink(serializeParams(store.getState().params)));
    expect(again.ok && again.scenario.platform).toBe('cloud-run');
    store.getState().restartWith({ function: { maxConcurrencyPerInstance: 250 } });
    store.getState().setPlatform('lambda');
    const back = parseScenario(sent.at(-1)!.scenario);
    expect(back.ok ? back.scenario.function.maxConcurrencyPerInstance : back.error).toBe(1);
  });
});

function scenarioForLink(query: string) {
  return scenarioFor(parseParams(query).params);
}
