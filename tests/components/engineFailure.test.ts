import { describe, expect, it } from 'vitest';
import { createSimulation } from '@/simulations';
import { createSimulatorStore } from '@/components/simulator/store';
import type { Command, WorkerMessage } from '@/components/simulator/protocol';
import { isFrameMessage } from '@/components/simulator/useSimulationBridge';

/** The simulator's side of a failed engine (the bridge and a real worker: tests/e2e/engine-failure.spec.ts). */
describe('a failed engine', () => {
  it('Reset after a failure starts a fresh engine on the same scenario, from an empty frame, and sends nothing to the old one', () => {
    const store = createSimulatorStore({ params: { rps: 20 } });
    const sent: Command[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    const snapshot = createSimulation({}).snapshot();
    store.getState().receiveFrame({ snapshot, series: [], seriesReset: true });
    const { scenario, runId, engineEpoch } = store.getState();
    store.setState({ engineError: 'its engine stopped answering' });
    store.getState().reset();
    const s = store.getState();
    expect(s.engineEpoch).toBe(engineEpoch + 1);
    expect(s.engineError).toBeNull();
    expect([s.snapshot, s.frame, s.settings]).toEqual([null, null, null]);
    expect(s.runId).toBe(runId + 1);
    expect(s.scenario).toBe(scenario);
    expect(sent).toEqual([]);
  });

  it('Reset with a healthy engine restarts the run on it (same engine)', () => {
    const store = createSimulatorStore({ params: { rps: 20 } });
    const sent: Command[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    store.getState().reset();
    expect(store.getState().engineEpoch).toBe(0);
    expect(sent).toEqual([{ type: 'reset', scenario: store.getState().scenario, id: store.getState().runId }]);
  });

  it('a store with engine options (an embed without panels) sends them with every reset, so a restart keeps its lean frames', () => {
    const options = { traceCapacity: 1, eventCapacity: 1 };
    const store = createSimulatorStore({ params: { rps: 20 }, engineOptions: options });
    const sent: Command[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    store.getState().reset();
    store.getState().setSeed(7);
    expect(sent.map((c) => (c.type === 'reset' ? c.options : 'not a reset'))).toEqual([options, options]);
  });

  it('takes only messages shaped like a frame as frames', () => {
    const snapshot = createSimulation({}).snapshot();
    expect(isFrameMessage({ type: 'frame', snapshot, series: [], seriesReset: true })).toBe(true);
    for (const bad of [null, 'frame', { type: 'frame' }, { type: 'frame', snapshot: null, series: [] }, { type: 'frame', snapshot: { timeMs: 'soon' }, series: [] }, { type: 'frame', snapshot, series: null }, { type: 'error', message: 'x' }]) {
      expect(isFrameMessage(bad), JSON.stringify(bad)?.slice(0, 60)).toBe(false);
    }
  });
});

describe('a busy engine is not a silent one', () => {
  it('says it is alive every 250 ms of a long tick, then answers with one frame, the same as an unbroken advance', async () => {
    const { createSimHost } = await import('@/components/simulator/simHost');
    const messages: WorkerMessage[] = [];
    // Each look at the clock finds 100 ms gone: a slow device.
    let wall = 0;
    const host = createSimHost((m) => messages.push(m), () => (wall += 100));
    const scenario = { traffic: { requestsPerSecond: 50 } };
    host.handle({ type: 'reset', scenario });
    messages.length = 0;
    host.handle({ type: 'tick', simMs: 10_000 });
    const kinds = messages.map((m) => m.type);
    // 10 steps of a simulated second, the clock read after each: alive at 300, 600, 900 ms (not after the last step).
    expect(kinds).toEqual(['alive', 'alive', 'alive', 'frame']);
    const frame = messages.at(-1) as Extract<WorkerMessage, { type: 'frame' }>;
    const sim = createSimulation(scenario, { observe: true, traceEvery: 1, traceCapacity: 50, eventCapacity: 200, inFlightSample: 200 });
    sim.advanceTo(10_000);
    expect(frame.snapshot.totals).toEqual(sim.snapshot().totals);
    expect(frame.snapshot.cost).toEqual(sim.snapshot().cost);
  });
});

describe('the figures’ shared worker', () => {
  /** A stand-in for the browser's Worker: records what it was sent and whether it was stopped. */
  class FakeWorker {
    static made: FakeWorker[] = [];
    terminated = false;
    sent: unknown[] = [];
    onmessage: ((e: MessageEvent) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    constructor() {
      FakeWorker.made.push(this);
    }
    postMessage(m: unknown) {
      if (!this.terminated) this.sent.push(m);
    }
    terminate() {
      this.terminated = true;
    }
  }

  it('"Start it again" stops a stuck or failed worker and moves every figure on it to a fresh one', async () => {
    const real = (globalThis as { Worker?: unknown }).Worker;
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
    try {
      const { figureChannel, restartFigureEngine } = await import('@/components/figures/figureWorker');
      const replaced: string[] = [];
      const a = figureChannel();
      const b = figureChannel();
      a.onreplaced = () => replaced.push('a');
      b.onreplaced = () => replaced.push('b');
      expect(FakeWorker.made).toHaveLength(1);
      const stuck = FakeWorker.made[0];

      // Stuck (silent): the restart terminates it and tells both figures; the next channel gets a new worker.
      restartFigureEngine();
      expect(stuck.terminated).toBe(true);
      expect(replaced).toEqual(['a', 'b']);
      const c = figureChannel();
      expect(FakeWorker.made).toHaveLength(2);
      c.post({ type: 'tick', simMs: 16 });
      expect(FakeWorker.made[1].sent).toHaveLength(1);

      // Failed (its error event): each figure hears the failure; a restart still reaches them.
      const failures: string[] = [];
      c.onfailure = (m) => failures.push(m);
      c.onreplaced = () => replaced.push('c');
      FakeWorker.made[1].onerror?.({ message: 'boom' } as ErrorEvent);
      expect(failures).toEqual(['boom']);
      restartFigureEngine();
      expect(replaced).toEqual(['a', 'b', 'c']);
      // Nothing left to restart: a second press does nothing more.
      restartFigureEngine();
      expect(replaced).toEqual(['a', 'b', 'c']);
    } finally {
      (globalThis as { Worker?: unknown }).Worker = real;
    }
  });
});
