import { describe, expect, it } from 'vitest';
import { createSimulation, defaultScenario, parseScenario, presets } from '@/simulations';
import { PLATFORM_CONCURRENCY, SCENARIO_DEFAULTS } from '@/simulations/defaults';

describe('scenario validation', () => {
  it('accepts {} and fills every default', () => {
    const r = parseScenario({});
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario).toEqual(defaultScenario);
    expect(defaultScenario.gateway.rateLimitRps).toBe(10_000);
    expect(defaultScenario.gateway.burst).toBe(5000);
    expect(defaultScenario.function.idleTimeoutSeconds).toBe(600);
    expect(defaultScenario.function.concurrencyLimit).toBe(1000);
  });

  it('applies exactly the defaults of defaults.ts (their one home, which the UI may read without zod)', () => {
    // The per-instance concurrency follows the platform (PLATFORM_CONCURRENCY, also in defaults.ts).
    const fn = { ...SCENARIO_DEFAULTS.function, maxConcurrencyPerInstance: PLATFORM_CONCURRENCY.lambda.default };
    expect(defaultScenario).toEqual({ ...SCENARIO_DEFAULTS, traffic: { ...SCENARIO_DEFAULTS.traffic, timeline: [] }, function: fn });
  });

  it.each([
    [{ function: { memoryMB: -5 } }, 'function.memoryMB', '128 and 10240'],
    [{ function: { memoryMB: Number.NaN } }, 'function.memoryMB', '128 and 10240'],
    [{ function: { memoryMB: 1e12 } }, 'function.memoryMB', '128 and 10240'],
    [{ traffic: { requestsPerSecond: -1 } }, 'traffic.requestsPerSecond', 'between 0 and'],
    [{ traffic: { requestsPerSecond: Infinity } }, 'traffic.requestsPerSecond', 'between 0 and'],
    [{ traffic: { requestsPerSecond: 1e300 } }, 'traffic.requestsPerSecond', 'between 0 and'],
    [{ durationSeconds: 0 }, 'durationSeconds', 'between'],
    [{ durationSeconds: 1e15 }, 'durationSeconds', 'between'],
    [{ durationSeconds: 90.5 }, 'durationSeconds', 'integer'],
    [{ server: { mode: 'autoscaling', minInstances: 10, maxInstances: 2 } }, 'server.minInstances', 'server.maxInstances (2)'],
    [{ function: { durationMs: { mean: 100, p99: 900_000 } } }, 'function.durationMs.p99', '14.97 × mean'],
    [{ function: { durationMs: { mean: 100, p99: 50 } } }, 'function.durationMs.p99', 'above mean (100)'],
    [{ function: { durationMs: { distribution: 'lognormal', mean: 0, p99: 5 } } }, 'function.durationMs.p99', 'must be 0 when mean is 0'],
    [{ async: { enabled: true, messageSizeKB: 300, sns: true } }, 'async.messageSizeKB', 'at most 256 with async.sns on'],
    [{ function: { coldStartMs: { distribution: 'lognormal', mean: 200, p99: 200 } } }, 'function.coldStartMs.p99', 'above mean'],
    [{ async: { consumerDurationMs: { mean: 10, p99: 1000 } } }, 'async.consumerDurationMs.p99', 'at most 149.7'],
    [{ async: { consumerDurationMs: { distribution: 'constant', mean: 100_000 } } }, 'async.consumerDurationMs.mean', 'at most 90000 ms (a batch of 10'],
    [{ seed: 1.5 }, 'seed', 'integer'],
    [{ traffic: { pattern: 'wobbly' } }, 'traffic.pattern', '"steady"'],
    [{ gateway: { type: 'soap' } }, 'gateway.type', '"http", "rest"'],
    [{ function: { durationMs: { mean: -3 } } }, 'function.durationMs.mean', 'between 0'],
    [{ function: { provisionedConcurrency: 50, concurrencyLimit: 10 } }, 'function.provisionedConcurrency', 'concurrencyLimit'],
    [{ databse: {} }, 'databse', 'unknown field'],
    [{ function: { memroyMB: 512 } }, 'memroyMB', 'unknown field'],
  ])('rejects %j naming %s', (input, field, range) => {
    const r = parseScenario(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(field);
      expect(r.error).toContain(range);
      expect(r.error).not.toContain('\n');
    }
  });

  it('resolves each platform\'s per-instance concurrency, and refuses what the platform does not allow', () => {
    const parsed = (input: object) => parseScenario(input);
    // The documented defaults (facts.ts: Lambda 1, LMI 64 per vCPU for Node.js, Cloud Run 80, Workers a model choice of 100).
    expect(parsed({})).toMatchObject({ ok: true, scenario: { platform: 'lambda', function: { maxConcurrencyPerInstance: 1 } } });
    expect(parsed({ platform: 'lambda-managed-instances' })).toMatchObject({ ok: true, scenario: { function: { maxConcurrencyPerInstance: 64 } } });
    expect(parsed({ platform: 'cloud-run' })).toMatchObject({ ok: true, scenario: { function: { maxConcurrencyPerInstance: 80 } } });
    expect(parsed({ platform: 'cloudflare-workers' })).toMatchObject({ ok: true, scenario: { function: { maxConcurrencyPerInstance: 100 } } });
    expect(parsed({ platform: 'cloud-run', function: { maxConcurrencyPerInstance: 1000 } })).toMatchObject({ ok: true });
    expect(parsed({ platform: 'cloud-run', function: { maxConcurrencyPerInstance: 1001 } })).toEqual({
      ok: false,
      error: 'function.maxConcurrencyPerInstance: must be an integer between 1 and 1000 on "cloud-run"',
    });
    const lambdaTwo = parsed({ function: { maxConcurrencyPerInstance: 2 } });
    expect(lambdaTwo.ok).toBe(false);
    if (!lambdaTwo.ok) expect(lambdaTwo.error).toMatch(/^function\.maxConcurrencyPerInstance: must be 1 on "lambda"/);
    const provisioned = parsed({ platform: 'cloudflare-workers', function: { provisionedConcurrency: 2 } });
    expect(provisioned.ok).toBe(false);
    if (!provisioned.ok) expect(provisioned.error).toMatch(/^function\.provisionedConcurrency: must be 0 on "cloudflare-workers"/);
    const unknown = parsed({ platform: 'azure-functions' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatch(/^platform: must be one of "lambda"/);
  });

  it('rejects non-objects', () => {
    for (const bad of [5, 'x', [], true]) expect(parseScenario(bad).ok).toBe(false);
  });

  it('createSimulation throws a named error; runtime inputs are checked', () => {
    expect(() => createSimulation({ function: { memoryMB: 1 } })).toThrow(/function\.memoryMB/);
    const sim = createSimulation({});
    expect(() => sim.advanceTo(Number.NaN)).toThrow(/finite/);
    expect(() => sim.setTraffic({ requestsPerSecond: -2 })).toThrow(/traffic\.requestsPerSecond/);
    expect(() => sim.setConfig({ function: { architecture: 'arm64' } })).toThrow(/function\.architecture.*reset/);
    // The compute model and an instance's capacity shape the pool: a new run, not a live change.
    expect(() => sim.setConfig({ platform: 'cloud-run' })).toThrow(/platform.*reset/);
    const run = createSimulation({ platform: 'cloud-run' });
    expect(() => run.setConfig({ function: { maxConcurrencyPerInstance: 10 } })).toThrow(/function\.maxConcurrencyPerInstance.*reset/);
  });

  it('every preset is a valid scenario', () => {
    for (const [name, p] of Object.entries(presets)) {
      const r = parseScenario(p.scenario);
      expect(r.ok, `${name}: ${r.ok ? '' : r.error}`).toBe(true);
    }
  });
});
