import { describe, expect, it } from 'vitest';
import { runHeadlessJob } from '@/components/simulator/headlessJob';
import type { HeadlessReply, HeadlessRequest } from '@/components/simulator/headlessProtocol';
import { createHeadlessRunner, HeadlessRunError, type HeadlessWorker } from '@/components/simulator/headlessRun';
import { parseScenario, runScenario, type ScenarioInput } from '@/simulations';

/** A stand-in for the module worker: runs the worker's own job handler, answering asynchronously as a Worker does. */
class FakeWorker implements HeadlessWorker {
  onmessage: HeadlessWorker['onmessage'] = null;
  onerror: HeadlessWorker['onerror'] = null;
  onmessageerror: HeadlessWorker['onmessageerror'] = null;
  terminated = false;
  jobs = 0;

  constructor(private readonly behaviour: 'works' | 'hangs' | 'crashes' = 'works') {}

  postMessage(request: HeadlessRequest): void {
    this.jobs++;
    if (this.behaviour === 'hangs') return;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.behaviour === 'crashes') {
        this.onerror?.({ message: 'Uncaught RangeError: out of memory', preventDefault() {} } as ErrorEvent);
        return;
      }
      const replies: HeadlessReply[] = [];
      runHeadlessJob(request, (r) => replies.push(structuredClone(r)));
      for (const r of replies) setTimeout(() => !this.terminated && this.onmessage?.({ data: r } as MessageEvent<HeadlessReply>));
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

function setup(behaviours: ('works' | 'hangs' | 'crashes')[] = [], answerTimeoutMs = 15_000) {
  const made: FakeWorker[] = [];
  const runner = createHeadlessRunner(() => {
    const w = new FakeWorker(behaviours[made.length] ?? 'works');
    made.push(w);
    return w;
  }, { answerTimeoutMs });
  return { runner, made };
}

const small = (seed: number, rps = 30): ScenarioInput => ({ seed, durationSeconds: 20, traffic: { requestsPerSecond: rps } });
const direct = (input: ScenarioInput) => {
  const p = parseScenario(input);
  if (!p.ok) throw new Error(p.error);
  return runScenario(p.scenario);
};

describe('runHeadless (whole runs in a worker)', () => {
  it('resolves with the run the engine gives in-process, batches in order, on one reused worker', async () => {
    const { runner, made } = setup();
    const one = await runner.runHeadless(small(1));
    expect(one).toEqual(direct(small(1)));
    const progress: number[] = [];
    const many = await runner.runHeadlessMany([small(2, 5), small(3, 50), small(4, 20)], { onProgress: (f) => progress.push(f) });
    expect(many.map((s) => s.requests)).toEqual([small(2, 5), small(3, 50), small(4, 20)].map((s) => direct(s).requests));
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(made).toHaveLength(1);
    expect(made[0].jobs).toBe(2);
  });

  it('rejects an invalid scenario with the field named (and which one of a batch), and goes on working', async () => {
    const { runner, made } = setup();
    await expect(runner.runHeadless({ function: { memoryMB: 5 } })).rejects.toThrow(/invalid scenario: function\.memoryMB: must be an integer between 128 and 10240/);
    await expect(runner.runHeadlessMany([small(1), { durationSeconds: 0 }])).rejects.toThrow(/^scenario 2 of 2: invalid scenario: durationSeconds/);
    // A run too large to finish is refused up front, with the reason.
    await expect(runner.runHeadless({ durationSeconds: 2000, traffic: { requestsPerSecond: 1e7 } })).rejects.toThrow(/refused: scenario would take about \d+ minutes of CPU/);
    await expect(runner.runHeadless(small(5))).resolves.toMatchObject({ requests: direct(small(5)).requests });
    expect(made).toHaveLength(1);
  });

  it('drops a queued run when aborted, and stops the worker for a running one; the next run gets a fresh worker', async () => {
    const { runner, made } = setup();
    const running = new AbortController();
    const queued = new AbortController();
    const a = runner.runHeadless(small(1), { signal: running.signal });
    const b = runner.runHeadless(small(2), { signal: queued.signal });
    const c = runner.runHeadless(small(3));
    queued.abort();
    await expect(b).rejects.toMatchObject({ name: 'AbortError' });
    running.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    expect(made[0].terminated).toBe(true);
    await expect(c).resolves.toMatchObject({ requests: direct(small(3)).requests });
    expect(made).toHaveLength(2);
    // Already aborted: rejected without starting anything.
    await expect(runner.runHeadless(small(4), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(made[1].jobs).toBe(1);
  });

  it('says so when the worker dies, and starts a fresh one for the next run', async () => {
    const { runner, made } = setup(['crashes']);
    const error = await runner.runHeadless(small(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeadlessRunError);
    expect(error).toMatchObject({ reason: 'crashed', message: expect.stringMatching(/stopped unexpectedly \(Uncaught RangeError: out of memory\)/) });
    expect(made[0].terminated).toBe(true);
    await expect(runner.runHeadless(small(2))).resolves.toMatchObject({ requests: direct(small(2)).requests });
    expect(made).toHaveLength(2);
  });

  it('gives up on a worker that does not answer, and starts a fresh one for the next run', async () => {
    const { runner, made } = setup(['hangs'], 200);
    const started = Date.now();
    const error = await runner.runHeadless(small(1)).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(error).toMatchObject({ reason: 'unresponsive', message: expect.stringMatching(/did not answer for 0\.2 s/) });
    expect(made[0].terminated).toBe(true);
    await expect(runner.runHeadless(small(2))).resolves.toMatchObject({ requests: direct(small(2)).requests });
  });
});
