import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costFromUsage, createSimulation, emptyUsageForTest, monthlyCostCurve, type ScenarioInput } from './behaviour-helpers';
import { runAndDrain } from './helpers';

/** A function with fixed timings and no database, so exact times can be asserted. */
const exact: ScenarioInput = {
  gateway: { latencyMs: 0 },
  function: { durationMs: { distribution: 'constant', mean: 50 }, coldStartMs: { distribution: 'constant', mean: 100 } },
  database: { readsPerRequest: 0, writesPerRequest: 0 },
  traffic: { pattern: 'idle' },
  durationSeconds: 3600,
};

describe('exact behaviours', () => {
  it('keeps a watched request’s trace after thousands of later ones have filled the ring', () => {
    const sim = createSimulation({ durationSeconds: 60, traffic: { requestsPerSecond: 1000 } }, { traceCapacity: 50 });
    sim.advanceTo(1000);
    const mine = sim.sendRequest();
    // Some other request still in flight, picked the way the inspector picks one.
    sim.advanceTo(1001);
    const picked = sim.snapshot().inFlight.find((r) => r.id !== mine)!;
    sim.watchTrace(picked.id);
    sim.advanceTo(3000);
    let traces = sim.snapshot().traces;
    expect(traces.length).toBe(51);
    expect(traces.find((t) => t.id === picked.id)).toMatchObject({ id: picked.id, status: 200 });
    // A drawn request picked after it finished, and after the ring moved on, is still found.
    const drawn = sim.snapshot().inFlight[0];
    sim.advanceTo(3500);
    sim.watchTrace(drawn.id);
    expect(sim.snapshot().traces.find((t) => t.id === drawn.id)).toMatchObject({ id: drawn.id });
    // Watching another lets the first go; a sent request is watched on its own.
    sim.watchTrace(null);
    expect(sim.snapshot().traces.some((t) => t.id === picked.id || t.id === drawn.id)).toBe(false);
    const sent = sim.sendRequest();
    sim.advanceTo(5000);
    traces = sim.snapshot().traces;
    expect(traces.find((t) => t.id === sent)).toMatchObject({ manual: true, status: 200 });
  });

  it('watching a request changes nothing that is simulated', () => {
    const scenario = { seed: 7, durationSeconds: 30, traffic: { requestsPerSecond: 300 } };
    const plain = createSimulation(scenario);
    const watched = createSimulation(scenario);
    for (let t = 500; t <= 30_000; t += 500) {
      plain.advanceTo(t);
      const r = watched.snapshot().inFlight[0];
      if (r) watched.watchTrace(r.id);
      watched.advanceTo(t);
    }
    const withoutTraces = (snap: ReturnType<typeof plain.snapshot>) => ({ ...snap, traces: [] });
    expect(withoutTraces(watched.snapshot())).toEqual(withoutTraces(plain.snapshot()));
    expect(watched.summary()).toEqual(plain.summary());
    expect(watched.series()).toEqual(plain.series());
  });

  it('time-averages instances and concurrency exactly: one request, then the idle timeout', () => {
    const sim = createSimulation({ ...exact, function: { ...exact.function, idleTimeoutSeconds: 60 } });
    sim.advanceTo(1000);
    sim.sendRequest();
    sim.advanceTo(120_000);
    const s = sim.summary();
    // Live from 1 s to 1 s + 100 ms INIT + 50 ms handler + 60 s idle; busy for the 150 ms.
    expect(s.meanInstances).toBeCloseTo(60_150 / 120_000, 12);
    expect(s.meanConcurrency).toBeCloseTo(150 / 120_000, 12);
    expect(s.peakInstances).toBe(1);
    expect(s.latencyMs.mean).toBeCloseTo(150, 9);
  });

  it('reclaims an idle environment exactly at the idle timeout', () => {
    const sim = createSimulation({ ...exact, function: { ...exact.function, idleTimeoutSeconds: 60 } });
    const id = sim.sendRequest();
    expect(id).toBe(1);
    // INIT 100 ms + handler 50 ms: idle from t = 150 ms.
    sim.advanceTo(150 + 60_000 - 0.001);
    expect(sim.snapshot().counts.live).toBe(1);
    sim.advanceTo(150 + 60_000);
    const snap = sim.snapshot();
    expect(snap.counts.live).toBe(0);
    expect(snap.counts.reclaimedTotal).toBe(1);
    const ev = snap.events.find((e) => e.kind === 'reclaimed');
    expect(ev).toMatchObject({ envId: 1, ms: 60_000, timeMs: 60_150 });
    const trace = snap.traces[0];
    expect(trace).toMatchObject({ id: 1, status: 200, coldStart: true, initMs: 100, handlerMs: 50, totalMs: 150, manual: true });
  });

  it('answers each refused client the way API Gateway does: 429 for its own throttle, 500 for a Lambda refusal, 502 for a failed handler', () => {
    const at = (input: ScenarioInput, n: number) => {
      const sim = createSimulation(input);
      for (let i = 0; i < n; i++) sim.sendRequest();
      sim.advanceTo(10_000);
      return [...sim.snapshot().traces].sort((a, b) => a.id - b.id).map((t) => [t.status, t.throttleCause]);
    };
    // A gateway bucket of one token: the second request at the same instant is its own 429.
    expect(at({ ...exact, gateway: { latencyMs: 0, rateLimitRps: 1, burst: 1 } }, 2)).toEqual([[200, undefined], [429, 'gateway']]);
    // One environment allowed: Lambda refuses the second invoke (its 429), the client gets 500.
    expect(at({ ...exact, function: { ...exact.function, concurrencyLimit: 1 } }, 2)).toEqual([[200, undefined], [500, 'concurrency']]);
    // One write unit per second in provisioned mode: the second write is refused, the handler fails, 502.
    const db: ScenarioInput = { ...exact, database: { readsPerRequest: 0, writesPerRequest: 1, mode: 'provisioned', writeCapacityUnits: 1 } };
    expect(at(db, 2)).toEqual([[200, undefined], [502, 'database']]);
  });

  it('DynamoDB keeps 300 s of unused provisioned capacity for bursts: AWS’s example, 150 RCUs carrying 200 reads/s for 15 minutes', () => {
    // Idle for 5 minutes fills 45,000 read units of burst; 200 reads/s then drain it at 50/s: 900 s.
    const sim = createSimulation(
      {
        durationSeconds: 1800,
        traffic: { pattern: 'idle', arrivals: 'uniform', timeline: [{ atSeconds: 300, pattern: 'steady', requestsPerSecond: 200 }] },
        database: { mode: 'provisioned', readCapacityUnits: 150, writeCapacityUnits: 1, readsPerRequest: 1, writesPerRequest: 0, itemSizeKB: 4, consistency: 'strong' },
      },
      { observe: false },
    );
    const throttled = () => sim.summary().throttledBy.database;
    sim.advanceTo(1180_000);
    expect(throttled()).toBe(0);
    // Once the burst is spent, the table serves its 150 a second and a quarter of the 200 fail.
    sim.advanceTo(1300_000);
    const before = throttled();
    const requestsBefore = sim.summary().requests;
    sim.advanceTo(1800_000);
    const share = (throttled() - before) / (sim.summary().requests - requestsBefore);
    expect(share).toBeGreaterThan(0.24);
    expect(share).toBeLessThan(0.26);
  });

  it('stops a handler at the function’s timeout: 502, billed up to the timeout', () => {
    // 1.5 s of work against a 1 s timeout; INIT (100 ms) is not counted against it.
    const sim = createSimulation({ ...exact, function: { ...exact.function, memoryMB: 1024, timeoutSeconds: 1, durationMs: { distribution: 'constant', mean: 1500 } } });
    sim.sendRequest();
    sim.advanceTo(10_000);
    const snap = sim.snapshot();
    expect(snap.traces[0]).toMatchObject({ status: 502, throttleCause: 'timeout', initMs: 100, handlerMs: 1000, totalMs: 1100 });
    expect(snap.totals.throttledBy.timeout).toBe(1);
    expect(snap.totals.completed).toBe(0);
    expect(snap.usage.onDemandMbMs).toBe((100 + 1000) * 1024);
  });

  it('answers 504 when the function outlasts API Gateway’s wait (30 s HTTP, 29 s REST), and lets it run on, billed in full', () => {
    for (const [type, waitMs] of [
      ['http', 30_000],
      ['rest', 29_000],
    ] as const) {
      const sim = createSimulation({ ...exact, gateway: { type, latencyMs: 0 }, function: { ...exact.function, durationMs: { distribution: 'constant', mean: 40_000 } } });
      sim.sendRequest();
      sim.advanceTo(waitMs - 1);
      expect(sim.snapshot().totals.throttled).toBe(0);
      sim.advanceTo(waitMs);
      const at504 = sim.snapshot();
      expect(at504.totals.throttledBy.gatewayTimeout).toBe(1);
      expect(at504.traces[0]).toMatchObject({ status: 504, throttleCause: 'gatewayTimeout', totalMs: waitMs });
      // The environment stays busy until the work is done (100 ms INIT + 40 s), then bills all of it.
      expect(at504.counts.busy).toBe(1);
      sim.advanceTo(40_100);
      const after = sim.snapshot();
      expect(after.counts.busy).toBe(0);
      expect(after.totals).toMatchObject({ completed: 0, throttled: 1, inFlight: 0 });
      expect(after.usage.onDemandMbMs).toBe(40_100 * 1024);
    }
  });

  it('a concurrency limit lowered mid-run holds at once, even with warm environments idle', () => {
    const sim = createSimulation({ seed: 3, traffic: { requestsPerSecond: 200 } });
    sim.advanceTo(10_000);
    expect(sim.snapshot().counts.live).toBeGreaterThan(10);
    sim.setConfig({ function: { concurrencyLimit: 3 } });
    let maxBusy = 0;
    sim.advanceTo(12_000); // requests already running when it changed finish first
    for (let t = 12_000; t <= 40_000; t += 100) {
      sim.advanceTo(t);
      maxBusy = Math.max(maxBusy, sim.snapshot().counts.busy);
    }
    // None start past the limit.
    expect(maxBusy).toBeLessThanOrEqual(3);
    expect(sim.snapshot().totals.throttledBy.concurrency).toBeGreaterThan(0);
  });

  it('reuses the most recently used idle environment, so surplus ones are reclaimed', () => {
    const sim = createSimulation({ ...exact, function: { ...exact.function, idleTimeoutSeconds: 30 } });
    sim.sendRequest();
    sim.sendRequest(); // two cold starts at t = 0
    sim.advanceTo(1000);
    // One request every 10 s: always served by the same (most recent) environment.
    for (let t = 1000; t < 120_000; t += 10_000) {
      sim.advanceTo(t);
      sim.sendRequest();
    }
    sim.advanceTo(125_000);
    const snap = sim.snapshot();
    expect(snap.totals.coldStarts).toBe(2);
    expect(snap.counts.live).toBe(1);
    expect(snap.counts.reclaimedTotal).toBe(1);
  });

  it('limits scaling to 1,000 new environments per 10 s', () => {
    const sim = createSimulation({
      ...exact,
      durationSeconds: 5,
      traffic: { pattern: 'steady', arrivals: 'uniform', requestsPerSecond: 1000 },
      gateway: { latencyMs: 0, rateLimitRps: 1e6, burst: 1e6 },
      function: { ...exact.function, durationMs: { distribution: 'constant', mean: 600_000 }, concurrencyLimit: 100_000 },
    });
    sim.advanceTo(5000);
    const s = sim.snapshot();
    // 1,000 banked + 100 per second for 5 s.
    expect(s.counts.live).toBeGreaterThanOrEqual(1499);
    expect(s.counts.live).toBeLessThanOrEqual(1501);
    expect(s.totals.throttledBy.scalingRate).toBe(s.totals.arrivals - s.counts.live);
    expect(s.totals.throttledBy.concurrency).toBe(0);
  });

  it('throttles at the concurrency limit with 429 concurrency', () => {
    const sim = runAndDrain({
      ...exact,
      durationSeconds: 10,
      traffic: { pattern: 'steady', requestsPerSecond: 200 },
      function: { ...exact.function, durationMs: { distribution: 'constant', mean: 1000 }, concurrencyLimit: 20 },
    });
    const s = sim.summary();
    expect(s.peakConcurrency).toBe(20);
    expect(s.throttledBy.concurrency).toBeGreaterThan(1000);
    expect(s.peakInstances).toBe(20);
  });

  it('throttles at the gateway as a token bucket (rate + burst)', () => {
    const sim = createSimulation({
      ...exact,
      durationSeconds: 2,
      traffic: { pattern: 'steady', arrivals: 'uniform', requestsPerSecond: 1000 },
      gateway: { latencyMs: 0, rateLimitRps: 100, burst: 50 },
    });
    sim.advanceTo(2000);
    const t = sim.snapshot().totals;
    expect(t.arrivals).toBe(2000);
    expect(t.arrivals - t.throttledBy.gateway).toBeGreaterThanOrEqual(249);
    expect(t.arrivals - t.throttledBy.gateway).toBeLessThanOrEqual(251);
  });

  it('never cold-starts on provisioned environments', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.double({ min: 1, max: 400, noNaN: true }), fc.nat(), (p, rps, seed) => {
        const sim = runAndDrain(
          { seed, durationSeconds: 10, traffic: { requestsPerSecond: rps }, function: { provisionedConcurrency: p, concurrencyLimit: p } },
          { traceCapacity: 100_000 },
        );
        const snap = sim.snapshot();
        expect(snap.totals.coldStarts).toBe(0);
        expect(snap.traces.every((t) => !t.coldStart)).toBe(true);
        expect(snap.counts.live).toBe(p);
        expect(snap.environments.every((e) => e.provisioned)).toBe(true);
      }),
      { numRuns: 10 },
    );
  });

  it('bills provisioned concurrency while enabled, in 5-minute increments', () => {
    const sim = createSimulation({ ...exact, durationSeconds: 60, function: { ...exact.function, memoryMB: 1024, provisionedConcurrency: 10 } });
    sim.advanceTo(60_000);
    const u = sim.snapshot().usage;
    expect(u.provisionedEnabledMbMs).toBe(10 * 1024 * 300_000);
    sim.advanceTo(301_000);
    expect(sim.snapshot().usage.provisionedEnabledMbMs).toBe(10 * 1024 * 600_000);
  });

  it('scales CPU-bound work with memory, and leaves other work as given', () => {
    const handler = (memoryMB: number, cpuBound: boolean) => {
      const sim = createSimulation({ ...exact, function: { ...exact.function, memoryMB, cpuBound, durationMs: { distribution: 'constant', mean: 200 } } });
      sim.sendRequest();
      sim.advanceTo(10_000);
      return sim.snapshot().traces[0].handlerMs;
    };
    expect(handler(1769, true)).toBeCloseTo(200, 9);
    expect(handler(3538, true)).toBeCloseTo(100, 9);
    expect(handler(885, true)).toBeCloseTo(400, 0);
    expect(handler(512, false)).toBe(200);
  });

  it('keeps per-environment memory apart from the shared database counter', () => {
    const sim = runAndDrain({ seed: 3, durationSeconds: 20, traffic: { requestsPerSecond: 30 } });
    const snap = sim.snapshot();
    const inMemory = snap.environments.reduce((a, e) => a + e.memoryCounter, 0);
    expect(snap.databaseCounter).toBe(snap.totals.completed);
    expect(inMemory).toBe(snap.totals.completed); // nothing reclaimed yet, so nothing lost
    expect(new Set(snap.environments.map((e) => e.memoryCounter)).size).toBeGreaterThan(1);
  });

  it('lets a queue absorb a spike and drains it in batches', () => {
    const sim = createSimulation({
      durationSeconds: 120,
      traffic: { pattern: 'spike', requestsPerSecond: 5, peakRequestsPerSecond: 300, spikeStartSeconds: 10, spikeDurationSeconds: 20 },
      async: { enabled: true, share: 1, sns: true, consumerConcurrency: 2, batchSize: 10, consumerDurationMs: { distribution: 'constant', mean: 50 } },
    });
    sim.advanceTo(30_000);
    const during = sim.snapshot().async!;
    expect(during.queueDepth).toBeGreaterThan(1000);
    sim.setTraffic({ pattern: 'idle' });
    sim.advanceTo(600_000);
    const after = sim.snapshot();
    expect(after.async!.queueDepth).toBe(0);
    expect(after.async!.processed).toBe(after.async!.enqueued);
    expect(after.async!.snsPublished).toBe(after.async!.enqueued);
    expect(after.usage.sqsRequests).toBeGreaterThan(after.async!.enqueued);
  });

  it('bills a queue consumer per message: bigger batches save requests and polls, not compute', () => {
    // A backlog (2,000 messages/s against 5 pollers), drained in batches of 1 or of 10.
    const run = (batchSize: number) => {
      const sim = createSimulation({
        durationSeconds: 60,
        traffic: { pattern: 'steady', requestsPerSecond: 2000, arrivals: 'uniform', timeline: [{ atSeconds: 5, requestsPerSecond: 0 }] },
        function: { coldStartMs: { distribution: 'constant', mean: 200 } },
        async: { enabled: true, share: 1, sqs: true, batchSize, consumerDurationMs: { distribution: 'constant', mean: 7.5 } },
      });
      sim.advanceTo(3_600_000);
      return sim.snapshot();
    };
    const single = run(1);
    const tens = run(10);
    const messages = single.async!.processed;
    expect(messages).toBeGreaterThan(9990);
    expect(tens.async!.processed).toBe(messages);
    // Far fewer invocations (and ReceiveMessage/DeleteMessageBatch pairs): batches fill up to 10
    // while a backlog waits...
    expect(single.usage.consumerRequests).toBe(messages);
    expect(tens.usage.consumerRequests).toBeLessThan(messages / 5);
    expect(single.usage.sqsRequests - tens.usage.sqsRequests).toBe(2 * (messages - tens.usage.consumerRequests));
    // ...but the same handler time, 7.5 ms a message, each invocation rounded up to the millisecond
    // (plus 200 ms of INIT for each of the consumer's cold starts).
    expect(single.async!.consumerColdStarts).toBeGreaterThan(0);
    expect(single.usage.consumerMbMs).toBe((messages * 8 + single.async!.consumerColdStarts * 200) * 1024);
    const tensMs = tens.usage.consumerMbMs / 1024 - tens.async!.consumerColdStarts * 200;
    expect(tensMs).toBeGreaterThanOrEqual(messages * 7.5);
    expect(tensMs - messages * 7.5).toBeLessThan(tens.usage.consumerRequests);
  });

  it('cold-starts the queue consumer once per new environment, and again after the idle timeout', () => {
    // One message every 2 s, each done in 50 ms: a single consumer environment serves them all.
    const scenario = (gapSeconds: number) => ({
      durationSeconds: 3600,
      traffic: { pattern: 'steady' as const, requestsPerSecond: 1 / gapSeconds, arrivals: 'uniform' as const },
      function: { memoryMB: 1024, idleTimeoutSeconds: 60, coldStartMs: { distribution: 'constant' as const, mean: 300 } },
      async: { enabled: true, share: 1, sqs: true, consumerDurationMs: { distribution: 'constant' as const, mean: 50 } },
    });
    const warm = createSimulation(scenario(2));
    warm.advanceTo(600_000);
    const w = warm.snapshot().async!;
    expect(w.processed).toBeGreaterThan(290);
    expect(w.consumerColdStarts).toBe(1);
    expect(w.consumerEnvironments).toBe(1);
    // A message every 90 s finds the consumer's environment reclaimed (60 s idle timeout) every time.
    const cold = createSimulation(scenario(90));
    cold.advanceTo(3_600_000);
    const c = cold.snapshot();
    expect(c.async!.processed).toBe(c.async!.enqueued);
    expect(c.async!.consumerColdStarts).toBe(c.async!.processed);
    // INIT is billed at the function's memory: 300 ms a cold start, the API's and the consumer's.
    expect(c.usage.initMbMs).toBe((cold.summary().coldStarts + c.async!.consumerColdStarts) * 300 * 1024);
    cold.advanceTo(3_600_000 + 61_000);
    expect(cold.snapshot().async!.consumerEnvironments).toBe(0);
  });

  it('leaves the API side untouched when the queue is turned on (its own random stream)', () => {
    const base = { durationSeconds: 120, seed: 7, traffic: { requestsPerSecond: 40 } };
    const run = (scenario: ScenarioInput) => {
      const sim = createSimulation(scenario);
      sim.advanceTo(120_000);
      return sim.summary();
    };
    const off = run(base);
    const on = run({ ...base, async: { enabled: true, share: 0.5, sqs: true } });
    expect(on.async!.consumerColdStarts).toBeGreaterThan(0);
    expect(on.coldStarts).toBe(off.coldStarts);
    expect(on.latencyMs).toEqual(off.latencyMs);
    expect(on.completed).toBe(off.completed);
  });

  it('moves no message when only the consumer changes: its times and cold starts have streams of their own', () => {
    const run = (runtime: 'nodejs' | 'java', consumerMean: number) => {
      const sim = createSimulation({
        durationSeconds: 120,
        seed: 9,
        // Traffic stops at 100 s, so every request has finished by 120 s whatever its cold starts.
        traffic: { requestsPerSecond: 20, timeline: [{ atSeconds: 100, requestsPerSecond: 0 }] },
        function: { runtime, idleTimeoutSeconds: 1 },
        async: { enabled: true, share: 0.5, sqs: true, consumerDurationMs: { distribution: 'lognormal', mean: consumerMean, p99: consumerMean * 4 } },
      });
      sim.advanceTo(120_000);
      return sim.snapshot().async!;
    };
    const base = run('nodejs', 20);
    // A short idle timeout makes the consumer cold-start often, so the runtime's INIT draws matter.
    expect(base.consumerColdStarts).toBeGreaterThan(10);
    for (const other of [run('java', 20), run('nodejs', 200)]) {
      expect(other.enqueued).toBe(base.enqueued);
      expect(other.snsPublished).toBe(base.snsPublished);
    }
  });

  it('counts the queue consumer against the account concurrency limit, which the API function shares', () => {
    // About 20 API requests in flight, and a consumer that would take about 100 environments.
    const scenario = (concurrencyLimit: number) => ({
      durationSeconds: 300,
      traffic: { requestsPerSecond: 200 },
      function: { concurrencyLimit, durationMs: { distribution: 'constant' as const, mean: 100 } },
      async: { enabled: true, share: 1, sqs: true, batchSize: 1, consumerDurationMs: { distribution: 'constant' as const, mean: 500 } },
    });
    const sim = createSimulation(scenario(50));
    let peak = 0;
    for (let t = 1; t <= 300; t++) {
      sim.advanceTo(t * 1000);
      const snap = sim.snapshot();
      peak = Math.max(peak, snap.counts.busy + snap.async!.consumersBusy);
    }
    const limited = sim.snapshot();
    expect(peak).toBe(50);
    // The consumer's batches crowd the API out: some requests are refused at the limit.
    expect(limited.totals.throttledBy.concurrency).toBeGreaterThan(0);
    const roomy = createSimulation(scenario(1000));
    roomy.advanceTo(300_000);
    expect(roomy.snapshot().totals.throttledBy.concurrency).toBe(0);
  });

  it('bills SNS and SQS per 64 KB chunk: sends, publishes and the messages a receive returns', () => {
    const run = (messageSizeKB: number) => {
      const sim = createSimulation({
        durationSeconds: 60,
        traffic: { requestsPerSecond: 100, arrivals: 'uniform', timeline: [{ atSeconds: 5, requestsPerSecond: 0 }] },
        async: { enabled: true, share: 1, sqs: true, sns: true, batchSize: 1, messageSizeKB },
      });
      sim.advanceTo(60_000);
      return sim.snapshot();
    };
    for (const [size, chunks] of [
      [1, 1],
      [100, 2],
      [256, 4],
    ]) {
      const snap = run(size);
      const messages = snap.async!.processed;
      expect(messages).toBe(snap.async!.enqueued);
      expect(snap.async!.snsPublished).toBe(messages);
      expect(snap.usage.snsPublishes).toBe(messages * chunks);
      // Per message: the send, then a batch of one: its receive and one DeleteMessageBatch.
      expect(snap.usage.sqsRequests).toBe(messages * (chunks + chunks + 1));
    }
    expect(() => run(300)).toThrow(/async\.messageSizeKB: must be at most 256 with async\.sns on/);
    // Only when the async path is on: a switched-off setting is not an error.
    expect(() => createSimulation({ async: { enabled: false, sns: true, messageSizeKB: 512 } })).not.toThrow();
  });

  it('SNS alone publishes and bills, but queues and processes nothing', () => {
    const sim = createSimulation({ durationSeconds: 60, traffic: { requestsPerSecond: 50 }, async: { enabled: true, share: 1, sns: true, sqs: false } });
    sim.advanceTo(60_000);
    const snap = sim.snapshot();
    expect(snap.async!.snsPublished).toBeGreaterThan(2000);
    expect(snap.async).toMatchObject({ enqueued: 0, processed: 0, queueDepth: 0 });
    expect(snap.usage.sqsRequests).toBe(0);
    expect(snap.usage.consumerRequests).toBe(0);
  });

  it('scales SQS consumers the way Lambda does: 5 batches at first, 300 more a minute while a backlog remains, 5 again once it is gone', () => {
    const sim = createSimulation({
      durationSeconds: 600,
      traffic: { pattern: 'steady', requestsPerSecond: 2000, arrivals: 'uniform' },
      async: { enabled: true, share: 1, sqs: true, batchSize: 1, consumerDurationMs: { distribution: 'constant', mean: 600_000 } },
    });
    sim.advanceTo(500);
    expect(sim.snapshot().async).toMatchObject({ consumersBusy: 5, consumerConcurrency: 5 });
    // One minute of backlog: 60 ticks of +5 each.
    sim.advanceTo(60_000);
    expect(sim.snapshot().async).toMatchObject({ consumersBusy: 305, consumerConcurrency: 305 });
    sim.advanceTo(300_000);
    expect(sim.snapshot().async!.consumerConcurrency).toBe(1000);
    expect(sim.snapshot().async!.consumersBusy).toBe(1000);
    // A cap set by the scenario (the event source's maximum concurrency) holds.
    const capped = createSimulation({
      traffic: { pattern: 'steady', requestsPerSecond: 2000, arrivals: 'uniform' },
      async: { enabled: true, share: 1, sqs: true, batchSize: 1, consumerConcurrency: 40, consumerDurationMs: { distribution: 'constant', mean: 600_000 } },
    });
    capped.advanceTo(60_000);
    expect(capped.snapshot().async).toMatchObject({ consumersBusy: 40, consumerConcurrency: 40 });
    // Traffic stops; the backlog drains (short batches now); the pollers drop back to 5.
    const drains = createSimulation({
      traffic: { pattern: 'steady', requestsPerSecond: 500, arrivals: 'uniform', timeline: [{ atSeconds: 20, requestsPerSecond: 0 }] },
      async: { enabled: true, share: 1, sqs: true, batchSize: 10, consumerDurationMs: { distribution: 'constant', mean: 100 } },
    });
    drains.advanceTo(20_000);
    expect(drains.snapshot().async!.consumerConcurrency).toBeGreaterThan(5);
    drains.advanceTo(600_000);
    expect(drains.snapshot().async).toMatchObject({ queueDepth: 0, consumerConcurrency: 5 });
  });

  it('keeps up with a steady queue: pollers never fall below the batches running, and the backlog stays small', () => {
    const sim = createSimulation({
      seed: 5,
      traffic: { pattern: 'steady', requestsPerSecond: 500 },
      async: { enabled: true, share: 1, sqs: true, batchSize: 10, consumerDurationMs: { distribution: 'constant', mean: 20 } },
    });
    let peak = 0;
    for (let t = 1000; t <= 180_000; t += 250) {
      sim.advanceTo(t);
      const a = sim.snapshot().async!;
      expect(a.consumersBusy).toBeLessThanOrEqual(a.consumerConcurrency);
      if (t > 30_000) peak = Math.max(peak, a.queueDepth);
    }
    // 500 messages/s at 20 ms each (a full batch of 10 in 200 ms): a few consumers keep the queue near empty.
    expect(peak).toBeLessThan(100);
  });

  it('bills the always-on fleet every hour, even with no traffic', () => {
    const sim = createSimulation({ durationSeconds: 3600, traffic: { pattern: 'idle' }, server: { instances: 2, instanceType: 'm7g.large' } });
    sim.advanceTo(3_600_000);
    const s = sim.summary();
    expect(s.costUsd.total).toBe(0);
    expect(s.server.costUsd).toBeCloseTo(2 * 0.0816 + 0.0225, 9);
  });

  it('adds server capacity only after the warm-up', () => {
    const sim = createSimulation({
      durationSeconds: 900,
      traffic: { pattern: 'spike', requestsPerSecond: 50, peakRequestsPerSecond: 2000, spikeStartSeconds: 120, spikeDurationSeconds: 600 },
      server: { mode: 'autoscaling', requestsPerSecondPerInstance: 100, minInstances: 1, maxInstances: 50, warmupSeconds: 180 },
    }, { observe: false });
    sim.advanceTo(200_000);
    const early = sim.summary().server;
    expect(early.instances).toBeLessThan(5);
    expect(early.failed).toBeGreaterThan(0);
    sim.advanceTo(600_000);
    expect(sim.summary().server.instances).toBeGreaterThanOrEqual(20);
  });

  it('applies live config: memory changes billing, provisioned environments initialize', () => {
    const sim = createSimulation({ ...exact });
    sim.setConfig({ function: { provisionedConcurrency: 3 } });
    sim.advanceTo(1000);
    const snap = sim.snapshot();
    expect(snap.counts.provisioned).toBe(3);
    expect(snap.events.filter((e) => e.kind === 'provisionedReady')).toHaveLength(3);
    sim.setConfig({ function: { provisionedConcurrency: 1 } });
    expect(sim.snapshot().counts.provisioned).toBe(1);
  });
});

describe("AWS's worked pricing examples", () => {
  it('mobile backend: 3M requests, 120 ms, 1536 MB, free tier → $2.73', () => {
    const u = emptyUsageForTest();
    u.functionRequests = 3e6;
    u.onDemandMbMs = 3e6 * 120 * 1536;
    const c = costFromUsage(u, { architecture: 'x86_64', gatewayType: 'http', freeTier: true, hasProvisionedConcurrency: false });
    expect(c.functionCompute).toBeCloseTo(2.33, 2);
    expect(c.functionRequests).toBeCloseTo(0.4, 9);
    expect(c.functionRequests + c.functionCompute).toBeCloseTo(2.73, 2);
  });

  it('the free tier skips a function with provisioned concurrency but still covers the queue consumer', () => {
    const u = emptyUsageForTest();
    u.functionRequests = 3e6; // 2.5M on the front function, 0.5M on the consumer
    u.consumerRequests = 5e5;
    u.onDemandMbMs = 3e6 * 100 * 1024; // 300,000 GB-s, 50,000 of them the consumer's
    u.consumerMbMs = 5e5 * 100 * 1024;
    const opts = { architecture: 'x86_64', gatewayType: 'http', freeTier: true } as const;
    const price = 0.0000166667;
    const withPc = costFromUsage(u, { ...opts, hasProvisionedConcurrency: true });
    expect(withPc.functionRequests).toBeCloseTo(2.5e6 * 0.2e-6, 12);
    expect(withPc.functionCompute).toBeCloseTo(250_000 * price, 9);
    const withoutPc = costFromUsage(u, { ...opts, hasProvisionedConcurrency: false });
    expect(withoutPc.functionRequests).toBeCloseTo(2e6 * 0.2e-6, 12);
    expect(withoutPc.functionCompute).toBe(0); // 300,000 GB-s is inside the 400,000 allowance
  });

  it('the free tier covers 25 provisioned RCUs and 25 WCUs of DynamoDB for the month, and nothing on demand', () => {
    const u = emptyUsageForTest();
    u.rcuHours = 100 * 730; // 100 RCUs all month
    u.wcuHours = 20 * 730; // 20 WCUs: inside the allowance
    u.capacityHours = 730;
    u.readRequestUnits = 1e6;
    const opts = { architecture: 'x86_64', gatewayType: 'http', hasProvisionedConcurrency: false } as const;
    const paid = costFromUsage(u, { ...opts, freeTier: false }).database;
    const free = costFromUsage(u, { ...opts, freeTier: true }).database;
    // What remains: 75 RCUs for 730 hours, and the on-demand reads in full.
    expect(free).toBeCloseTo(75 * 730 * 0.00013 + 1e6 * 0.125e-6, 9);
    expect(paid - free).toBeCloseTo(25 * 730 * 0.00013 + 20 * 730 * 0.00065, 9);
    // The allowance is per hour: a day with 1,000 RCUs pays for 975 of them.
    const day = createSimulation({ durationSeconds: 86_400, traffic: { pattern: 'idle' }, database: { mode: 'provisioned', readCapacityUnits: 1000, writeCapacityUnits: 25 }, pricing: { freeTier: true } });
    day.advanceTo(86_400_000);
    expect(day.summary().costUsd.database).toBeCloseTo(975 * 24 * 0.00013, 9);
  });

  it('streaming telemetry: 7.44M requests, 2 s, 1 GB, no free tier → $249.49 (engine run at 1/1000 scale)', () => {
    const sim = runAndDrain(
      {
        durationSeconds: 60,
        traffic: { arrivals: 'uniform', requestsPerSecond: 124 },
        gateway: { latencyMs: 0 },
        function: { memoryMB: 1024, durationMs: { distribution: 'constant', mean: 2000 }, coldStartMs: { distribution: 'constant', mean: 0 } },
        database: { readsPerRequest: 0, writesPerRequest: 0 },
      },
      { observe: false },
    );
    const s = sim.summary();
    expect(s.requests).toBe(7440);
    expect(s.costUsd.functionRequests * 1000).toBeCloseTo(1.49, 2);
    expect(s.costUsd.functionCompute * 1000).toBeCloseTo(248.0, 1);
  });

  it('break-even curve prices the async path the way a steady run bills it (within 3% per request)', () => {
    const scenario: ScenarioInput = {
      durationSeconds: 600,
      traffic: { pattern: 'steady', requestsPerSecond: 20 },
      function: { durationMs: { distribution: 'constant', mean: 120 } },
      async: { enabled: true, share: 0.5, sqs: true, sns: true, consumerConcurrency: 5, consumerDurationMs: { distribution: 'constant', mean: 200 } },
    };
    const run = runAndDrain(scenario).summary();
    const point = monthlyCostCurve(scenario, [20]).points[0];
    const perRequestRun = run.costUsd.total / run.requests;
    const perRequestCurve = point.serverless.total / point.requestsPerMonth;
    expect(Math.abs(perRequestCurve / perRequestRun - 1)).toBeLessThan(0.03);
    // Without the async path the curve would be cheaper by about the SNS, SQS and consumer share.
    const plain = monthlyCostCurve({ ...scenario, async: { enabled: false } }, [20]).points[0];
    expect(plain.serverless.total).toBeLessThan(point.serverless.total * 0.95);
  });

  it('break-even curve: bills a cold start’s INIT up to 10 s, as a run does', () => {
    // A request a minute, a 1 s idle timeout: every request cold-starts, with a 20 s INIT (inside API Gateway's 30 s).
    const scenario: ScenarioInput = { durationSeconds: 3600, traffic: { requestsPerSecond: 1 / 60, arrivals: 'uniform' }, function: { memoryMB: 128, idleTimeoutSeconds: 1, coldStartMs: { distribution: 'constant', mean: 20_000 } } };
    const sim = createSimulation(scenario);
    sim.advanceTo(3_600_000);
    const run = sim.summary();
    // Every request cold-starts (the last may still be on its way); each finished one billed 10 s of INIT at 128 MB.
    expect(run.coldStarts).toBeGreaterThanOrEqual(run.requests - 1);
    expect(run.completed).toBeGreaterThan(50);
    expect(run.usage.initMbMs).toBe(run.completed * 10_000 * 128);
    const point = monthlyCostCurve(scenario, [1 / 60]).points[0];
    const perRequest = point.usage.initMbMs / point.requestsPerMonth / 128;
    expect(perRequest).toBeGreaterThan(10_000 * 0.98);
    expect(perRequest).toBeLessThanOrEqual(10_000.5);
  });

  it('break-even curve: a queue its consumers cannot keep up with bills only the messages they process, in full batches, as a run does', () => {
    // 5 batches at 100 ms a message: at most 50 messages/s, against 100 and 200 sent.
    const scenario: ScenarioInput = {
      function: { durationMs: { distribution: 'constant', mean: 50 } },
      async: { enabled: true, share: 1, sqs: true, batchSize: 10, consumerConcurrency: 5, consumerDurationMs: { distribution: 'constant', mean: 100 } },
    };
    const compute = (s: ScenarioInput, rps: number) => monthlyCostCurve(s, [rps]).points[0].serverless.functionCompute;
    const off = { ...scenario, async: { enabled: false } };
    const consumerAt = (rps: number) => compute(scenario, rps) - compute(off, rps);
    expect(consumerAt(200)).toBeCloseTo(consumerAt(100), 9);
    // Below capacity every message is processed: 20 a second costs 4 times what 5 a second does.
    expect(consumerAt(20) / consumerAt(5)).toBeCloseTo(4, 2);
    expect(consumerAt(100)).toBeGreaterThan(consumerAt(20) * 2.4);
    // A ten-minute run at 100 requests/s: the consumers process about 50 messages a second, in full batches.
    const sim = createSimulation({ ...scenario, durationSeconds: 600, traffic: { requestsPerSecond: 100 } });
    sim.advanceTo(600_000);
    const snap = sim.snapshot();
    expect(snap.async!.processed / 600).toBeGreaterThan(48);
    expect(snap.async!.processed / 600).toBeLessThanOrEqual(50);
    expect(snap.usage.consumerRequests).toBeLessThan(snap.async!.processed / 9.5);
  });

  it('break-even curve: serverless grows with traffic; the fleet stays put until the rate outgrows it, then is sized to serve it', () => {
    const { points, breakEvenRps } = monthlyCostCurve({ server: { instances: 2, requestsPerSecondPerInstance: 200 } }, [0, 1, 10, 100, 1000]);
    expect(points[0].serverless.total).toBe(0);
    expect(points[4].serverless.total).toBeGreaterThan(points[1].serverless.total * 100);
    expect(points[0].serverUsd).toBeGreaterThan(100);
    expect(points.map((p) => p.serverInstances)).toEqual([2, 2, 2, 2, 5]);
    expect(points[3].serverUsd).toBeLessThan(points[4].serverUsd);
    expect(breakEvenRps).not.toBeNull();
    expect(breakEvenRps!).toBeGreaterThan(1);
    expect(breakEvenRps!).toBeLessThan(1000);
  });
});
