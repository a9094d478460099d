import { describe, expect, it } from 'vitest';
import { createSimulation, type ScenarioInput } from '@/simulations';
import { createStream, Sampler } from '@/simulations/random';

/**
 * Billing rules pinned by values worked out by hand from AWS's published prices (us-east-1,
 * read from the pricing pages, not from facts.ts), so a rule changed in the engine shows here.
 */
const AWS = {
  lambdaPerRequest: 0.2 / 1e6, // $0.20 per 1M requests
  lambdaX86PerGbS: 0.0000166667, // first tier, x86
  httpApiPerRequest: 1.0 / 1e6, // $1.00 per million (first 300M)
  restApiPerRequest: 3.5 / 1e6, // $3.50 per million (first 333M)
  dynamoReadUnit: 0.125 / 1e6, // on-demand, per read request unit
  dynamoWriteUnit: 0.625 / 1e6, // on-demand, per write request unit
  s3Get: 0.0004 / 1000, // Standard, per GET
};

/** One request sent at t = 0 with nothing else running, then time to finish; its trace and the run's usage. */
function oneRequest(scenario: ScenarioInput) {
  const sim = createSimulation({ traffic: { pattern: 'idle' }, gateway: { latencyMs: 0 }, ...scenario });
  const id = sim.sendRequest();
  sim.advanceTo(40_000);
  const snap = sim.snapshot();
  return { trace: snap.traces.find((t) => t.id === id)!, usage: snap.usage, cost: snap.cost };
}

const exact = { distribution: 'constant' as const };

describe('Lambda bills INIT and run time rounded up to the millisecond', () => {
  it('a cold start of 140.2 ms and a run of 104.1 ms bill 141 + 105 ms (rounded up, not to the nearest)', () => {
    const { trace, usage } = oneRequest({
      function: { memoryMB: 1024, coldStartMs: { ...exact, mean: 140.2 }, durationMs: { ...exact, mean: 99.1 } },
      database: { readsPerRequest: 0, writesPerRequest: 0 },
      s3: { readsPerRequest: 1, latencyMs: 5 },
    });
    expect(trace.coldStart).toBe(true);
    // 1,024 MB × 141 ms of INIT; × (141 + 105) ms in all.
    expect(usage.initMbMs).toBe(1024 * 141);
    expect(usage.onDemandMbMs).toBe(1024 * 246);
    expect(trace.billed).toEqual({ memoryMB: 1024, initMs: 141, runMs: 105, provisioned: false });
  });

  it('INIT is billed up to 10 s at most', () => {
    const { usage } = oneRequest({
      function: { memoryMB: 128, coldStartMs: { ...exact, mean: 12_345.6 }, durationMs: { ...exact, mean: 10 } },
      database: { readsPerRequest: 0, writesPerRequest: 0 },
    });
    expect(usage.initMbMs).toBe(128 * 10_000);
    expect(usage.onDemandMbMs).toBe(128 * (10_000 + 10));
  });

  it('the queue consumer’s INIT and batch are rounded up the same way', () => {
    const { usage } = oneRequest({
      function: { memoryMB: 1024, coldStartMs: { ...exact, mean: 140.2 }, durationMs: { ...exact, mean: 10 } },
      database: { readsPerRequest: 0, writesPerRequest: 0 },
      async: { enabled: true, share: 1, sqs: true, batchSize: 1, consumerDurationMs: { ...exact, mean: 20.2 } },
    });
    expect(usage.consumerRequests).toBe(1);
    // The consumer cold-starts too: 141 ms of INIT and ⌈20.2⌉ = 21 ms of work.
    expect(usage.consumerMbMs).toBe(1024 * (141 + 21));
    expect(usage.initMbMs).toBe(1024 * 141 * 2);
  });
});

describe('a request’s cost in parts (trace.costParts), at first-tier prices', () => {
  it('adds up, part by part, to the prices AWS publishes', () => {
    const { trace } = oneRequest({
      function: { memoryMB: 1024, architecture: 'x86_64', coldStartMs: { ...exact, mean: 140.2 }, durationMs: { ...exact, mean: 99.1 } },
      // One eventually consistent read of 1 KB (half a read unit) and one write (one write unit), no latency.
      database: { readsPerRequest: 1, writesPerRequest: 1, itemSizeKB: 1, consistency: 'eventual', latencyMs: 0 },
      s3: { readsPerRequest: 1, latencyMs: 5 },
    });
    const p = trace.costParts;
    expect(p.functionRequest).toBeCloseTo(AWS.lambdaPerRequest, 18);
    // 1 GB × 0.246 s.
    expect(p.functionCompute).toBeCloseTo(0.246 * AWS.lambdaX86PerGbS, 18);
    expect(p.gateway).toBeCloseTo(AWS.httpApiPerRequest, 18);
    expect(p.database).toBeCloseTo(0.5 * AWS.dynamoReadUnit + AWS.dynamoWriteUnit, 18);
    expect(p.s3).toBeCloseTo(AWS.s3Get, 18);
    expect(trace.costUsd).toBeCloseTo(AWS.lambdaPerRequest + 0.246 * AWS.lambdaX86PerGbS + AWS.httpApiPerRequest + 0.5 * AWS.dynamoReadUnit + AWS.dynamoWriteUnit + AWS.s3Get, 18);
  });

  it('a request Lambda refuses pays the gateway alone; one the gateway throttles pays nothing', () => {
    const refused = oneRequest({ gateway: { type: 'rest', latencyMs: 0 }, function: { concurrencyLimit: 0 } }).trace;
    expect(refused.status).toBe(500);
    expect(refused.costParts).toEqual({ gateway: refused.costUsd, functionRequest: 0, functionCompute: 0, database: 0, s3: 0 });
    expect(refused.costUsd).toBeCloseTo(AWS.restApiPerRequest, 18);
    expect(refused.billed).toBeUndefined();
    const throttled = oneRequest({ gateway: { latencyMs: 0, rateLimitRps: 0, burst: 0 } }).trace;
    expect(throttled.status).toBe(429);
    expect(throttled.costUsd).toBe(0);
  });
});

describe('DynamoDB request units, as its developer guide counts them', () => {
  it('a read is ⌈KB / 4⌉ units (half for an eventually consistent one), a write ⌈KB / 1⌉', () => {
    // A 5 KB item: a strong read is ⌈5 / 4⌉ = 2 units, an eventual one 1; a write is 5 units.
    const strong = oneRequest({ database: { readsPerRequest: 2, writesPerRequest: 1, itemSizeKB: 5, consistency: 'strong', latencyMs: 0 } });
    expect([strong.usage.readRequestUnits, strong.usage.writeRequestUnits]).toEqual([4, 5]);
    expect(strong.trace.costParts.database).toBeCloseTo(4 * AWS.dynamoReadUnit + 5 * AWS.dynamoWriteUnit, 18);
    const eventual = oneRequest({ database: { readsPerRequest: 2, writesPerRequest: 1, itemSizeKB: 5, consistency: 'eventual', latencyMs: 0 } });
    expect([eventual.usage.readRequestUnits, eventual.usage.writeRequestUnits]).toEqual([2, 5]);
    // A 0.3 KB item still takes a whole unit: ½ an eventual read, 1 write.
    const small = oneRequest({ database: { readsPerRequest: 1, writesPerRequest: 1, itemSizeKB: 0.3, consistency: 'eventual', latencyMs: 0 } });
    expect([small.usage.readRequestUnits, small.usage.writeRequestUnits]).toEqual([0.5, 1]);
  });
});

describe('distributions as the scenario gives them', () => {
  it('a lognormal honours its p99, not only its mean', () => {
    const s = new Sampler({ distribution: 'lognormal', mean: 100, p99: 400 }, createStream(7, 'test'));
    const draws = Float64Array.from({ length: 400_000 }, () => s.draw()).sort();
    const mean = draws.reduce((a, x) => a + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(99);
    expect(mean).toBeLessThan(101);
    const p99 = draws[Math.floor(0.99 * draws.length)];
    expect(Math.abs(p99 - 400) / 400).toBeLessThan(0.015);
  });

  it('the engine hands the scenario’s p99 through: a handler with p99 900 ms makes a latency p99 of 900 ms', () => {
    const sim = createSimulation(
      {
        seed: 3,
        durationSeconds: 600,
        traffic: { requestsPerSecond: 100 },
        gateway: { latencyMs: 0 },
        // Always-warm environments, no database: latency is the handler's time alone.
        function: { durationMs: { distribution: 'lognormal', mean: 100, p99: 900 }, provisionedConcurrency: 100 },
        database: { readsPerRequest: 0, writesPerRequest: 0 },
      },
      { observe: false },
    );
    sim.advanceTo(600_000);
    const s = sim.summary();
    expect(s.coldStarts).toBe(0);
    expect(Math.abs(s.latencyMs.p99 - 900) / 900).toBeLessThan(0.03);
    expect(Math.abs(s.latencyMs.mean - 100) / 100).toBeLessThan(0.02);
  });
});
