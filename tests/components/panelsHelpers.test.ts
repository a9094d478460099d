import { describe, expect, it } from 'vitest';
import { CLIENT_STATUS, type RequestTrace } from '@/simulations/types';
import { FREE_TIER, INSTANCES, LIMITS, PRICES, RUNTIMES } from '@/simulations/facts';
import { PLATFORM_FACTS } from '@/simulations/platformFacts';
import { pipelineNodes } from '@/components/pipeline/graph';
import {
  costNote,
  costTerms,
  msText,
  statusText,
  recentTraces,
  sameTraces,
  throttleExplanation,
  traceLabel,
  waterfall,
} from '@/components/simulator/panels/waterfall';
import { formatPrice, formatTiers, settingsOf, sourceRows } from '@/components/simulator/panels/sources';
import { KITCHEN_TERMS } from '@/components/simulator/panels/kitchenTerms';
import { parseScenario, type Scenario, type ScenarioInput } from '@/simulations';

/** A scenario as the engine validates it (the UI reads the one each frame carries). */
function scenario(input: ScenarioInput): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

function trace(over: Partial<RequestTrace> = {}): RequestTrace {
  return {
    id: 7,
    arrivalMs: 1000,
    status: 200,
    coldStart: false,
    envId: 1,
    gatewayMs: 10,
    waitMs: 0,
    initMs: 0,
    handlerMs: 100,
    databaseMs: 10,
    totalMs: 120,
    costUsd: 0,
    costParts: { gateway: 0, functionRequest: 0, functionCompute: 0, database: 0, s3: 0 },
    manual: false,
    ...over,
  };
}

describe('waterfall', () => {
  it('lays a warm request out on one scale: gateway in, handler, database, gateway back', () => {
    const w = waterfall(trace(), 'cloud');
    expect(w.scaleMs).toBe(120);
    expect(w.rows.map((r) => r.key)).toEqual(['gateway', 'init', 'handler', 'database']);
    const gw = w.rows[0];
    expect(gw.label).toBe('API Gateway');
    expect(gw.segments).toEqual([
      { startMs: 0, ms: 5 },
      { startMs: 115, ms: 5 },
    ]);
    expect(w.rows[1].note).toMatch(/warm/);
    expect(w.rows[2].segments).toEqual([{ startMs: 5, ms: 100 }]);
    expect(w.rows[3].segments).toEqual([{ startMs: 105, ms: 10 }]);
    expect(w.rejectedAtMs).toBeUndefined();
  });

  it('cold start and wait get their own bars; kitchen labels follow the diagram', () => {
    const w = waterfall(trace({ coldStart: true, initMs: 140, waitMs: 3, totalMs: 263 }), 'kitchen');
    expect(w.rows.map((r) => r.key)).toEqual(['gateway', 'wait', 'init', 'handler', 'database']);
    expect(w.rows[0].label).toBe(pipelineNodes.find((n) => n.id === 'gateway')!.label.kitchen.title);
    expect(w.rows[4].label).toBe('Pantry');
    expect(w.rows[2]).toMatchObject({ label: 'Setting up the station', ms: 140, segments: [{ startMs: 8, ms: 140 }] });
    expect(w.rows[3].segments[0].startMs).toBe(148);
  });

  it('a throttled request stops at the gateway with a rejection mark', () => {
    const w = waterfall(trace({ status: 500, throttleCause: 'concurrency', envId: -1, gatewayMs: 5, handlerMs: 0, databaseMs: 0, totalMs: 5 }), 'cloud');
    expect(w.rows.map((r) => r.key)).toEqual(['gateway']);
    expect(w.rejectedAtMs).toBe(5);
    const atGateway = waterfall(trace({ status: 429, throttleCause: 'gateway', gatewayMs: 0, handlerMs: 0, databaseMs: 0, totalMs: 0 }), 'cloud');
    expect(atGateway.scaleMs).toBe(0);
    expect(atGateway.rejectedAtMs).toBe(0);
  });

  it('a database throttle runs the whole way and marks the database', () => {
    const w = waterfall(trace({ status: 502, throttleCause: 'database' }), 'cloud');
    expect(w.rows.at(-1)).toMatchObject({ key: 'database', note: 'throttled' });
    expect(w.rejectedAtMs).toBe(120);
  });

  it('a function timeout marks the handler; a gateway timeout marks when the 504 left, while the handler ran on', () => {
    const timedOut = waterfall(trace({ status: 502, throttleCause: 'timeout' }), 'cloud');
    expect(timedOut.rows.find((r) => r.key === 'handler')).toMatchObject({ note: 'timed out' });
    const gone = waterfall(trace({ status: 504, throttleCause: 'gatewayTimeout', handlerMs: 40_000, totalMs: 30_000 }), 'cloud');
    expect(gone.rejectedAtMs).toBe(30_000);
    expect(gone.scaleMs).toBeGreaterThan(40_000);
    expect(gone.rows.find((r) => r.key === 'handler')!.note).toMatch(/ran on after the 504 at 30,000 ms/);
    expect(traceLabel(trace({ status: 504, throttleCause: 'gatewayTimeout', totalMs: 30_000 }), 'cloud')).toBe('Request 7: 504, gateway timed out, 30,000 ms');
  });

  it('explains every throttle cause in both skins, with the documented scaling rate', () => {
    for (const cause of Object.keys(CLIENT_STATUS) as (keyof typeof CLIENT_STATUS)[]) {
      expect(throttleExplanation(cause, 'cloud').length).toBeGreaterThan(30);
      expect(throttleExplanation(cause, 'kitchen').length).toBeGreaterThan(30);
    }
    expect(throttleExplanation('scalingRate', 'cloud')).toContain(`${LIMITS.scalingRateEnvironments.value.toLocaleString('en-US')} new environments every 10 seconds`);
    expect(throttleExplanation('concurrency', 'cloud')).toMatch(/concurrency limit/);
    // Each explanation names the status its client actually received.
    for (const cause of Object.keys(CLIENT_STATUS) as (keyof typeof CLIENT_STATUS)[]) {
      expect(throttleExplanation(cause, 'cloud')).toContain(statusText(CLIENT_STATUS[cause]));
    }
  });

  it('names a refused request by the status its client got and why', () => {
    expect(traceLabel(trace({ status: 500, throttleCause: 'concurrency', totalMs: 5 }), 'cloud')).toBe('Request 7: 500, Lambda throttled, 5 ms');
    expect(traceLabel(trace({ status: 429, throttleCause: 'gateway', totalMs: 0 }), 'cloud')).toBe('Request 7: 429, gateway throttled, 0 ms');
    expect(traceLabel(trace({ status: 502, throttleCause: 'database', totalMs: 30 }), 'cloud')).toBe('Request 7: 502, database throttled, 30 ms');
  });
});

describe('request cost', () => {
  // Parts as the engine priced them (billing.ts); the inspector only puts them into words.
  const warm = () =>
    trace({
      costUsd: 0.00000375,
      costParts: { gateway: 0.000001, functionRequest: 0.0000002, functionCompute: 0.0000018, database: 0.00000075, s3: 0 },
      billed: { memoryMB: 1024, initMs: 0, runMs: 110, provisioned: false },
    });

  it('words the engine’s parts of a warm request, leaving out what cost nothing', () => {
    const t = warm();
    const terms = costTerms(t);
    expect(terms).toEqual([
      { label: 'request fee', usd: 0.0000002 },
      { label: 'compute (1,024 MB × 110 ms billed)', usd: 0.0000018 },
      { label: 'API Gateway', usd: 0.000001 },
      { label: 'DynamoDB requests', usd: 0.00000075 },
    ]);
    expect(costNote(t)).toBe('$0.0000002 request fee + $0.0000018 compute (1,024 MB × 110 ms billed) + $0.000001 API Gateway + $0.00000075 DynamoDB requests. First-tier prices, no free tier.');
  });

  it('says a cold start’s INIT is in the billed ms, and names a provisioned environment’s rate', () => {
    const cold = { ...warm(), coldStart: true, initMs: 140.2, billed: { memoryMB: 512, initMs: 141, runMs: 105, provisioned: false } };
    expect(costTerms(cold)[1].label).toBe('compute (512 MB × 246 ms billed, cold start included)');
    const prov = { ...warm(), billed: { memoryMB: 512, initMs: 0, runMs: 105, provisioned: true } };
    expect(costTerms(prov)[1].label).toBe('compute (512 MB × 105 ms billed, provisioned rate)');
    const s3 = { ...warm(), costParts: { ...warm().costParts, s3: 0.0000004 } };
    expect(costTerms(s3).at(-1)).toEqual({ label: 'S3 requests', usd: 0.0000004 });
  });

  it('throttled requests: gateway throttles are free, invoke throttles pay the gateway', () => {
    expect(costNote(trace({ status: 429, throttleCause: 'gateway', costUsd: 0 }))).toMatch(/nothing is billed/);
    const t = trace({ status: 500, throttleCause: 'concurrency', costUsd: 0.000001, costParts: { gateway: 0.000001, functionRequest: 0, functionCompute: 0, database: 0, s3: 0 } });
    expect(costNote(t)).toBe('API Gateway bills the request ($0.000001); Lambda bills nothing, because no function ran.');
    expect(costTerms(t)).toEqual([{ label: 'API Gateway', usd: 0.000001 }]);
  });
});

describe('the kitchen view of a request', () => {
  it('prices it in the kitchen’s words, with the same amounts', () => {
    const t = trace({
      coldStart: true,
      initMs: 140,
      costUsd: 0.0000048,
      costParts: { gateway: 0.000001, functionRequest: 0.0000002, functionCompute: 0.0000035, database: 0.0000001, s3: 0 },
      billed: { memoryMB: 1024, initMs: 140, runMs: 110, provisioned: false },
    });
    const cloud = costTerms(t);
    const kitchen = costTerms(t, 'kitchen');
    expect(kitchen.map((x) => x.usd)).toEqual(cloud.map((x) => x.usd));
    expect(kitchen.map((x) => x.label)).toEqual(['order fee', 'cooking time (1,024 MB × 250 ms billed, set-up included)', 'host stand', 'pantry trips']);
    expect(costNote(t, 'kitchen')).not.toMatch(/request|compute|API Gateway|database|cold start/i);
    const refused = trace({ status: 500, throttleCause: 'concurrency', costUsd: 0.000001 });
    expect(costNote(refused, 'kitchen')).toBe('The host stand charges for the order ($0.000001); the stations charge nothing, because nothing was cooked.');
    expect(costNote(trace({ status: 429, throttleCause: 'gateway', costUsd: 0 }), 'kitchen')).toBe('Turned away at the door: nothing is billed.');
  });

  it('calls an order the pantry failed “failed”, not “turned away”: it was cooked and billed', () => {
    expect(traceLabel(trace({ status: 502, throttleCause: 'database', totalMs: 30 }), 'kitchen')).toBe('Order 7: failed, 30 ms');
    expect(traceLabel(trace({ status: 500, throttleCause: 'scalingRate', totalMs: 3 }), 'kitchen')).toBe('Order 7: turned away, 3 ms');
  });
});

describe('trace list helpers', () => {
  it('newest first, capped; same-ness by id and arrival', () => {
    const ts = [trace({ id: 1, arrivalMs: 10 }), trace({ id: 3, arrivalMs: 30 }), trace({ id: 2, arrivalMs: 20 })];
    expect(recentTraces(ts, 2).map((t) => t.id)).toEqual([3, 2]);
    expect(recentTraces(undefined)).toEqual([]);
    expect(sameTraces(recentTraces(ts), recentTraces([...ts]))).toBe(true);
    expect(sameTraces([trace({ id: 1, arrivalMs: 10 })], [trace({ id: 1, arrivalMs: 99 })])).toBe(false);
  });

  it('labels and ms text', () => {
    expect(traceLabel(trace({ coldStart: true, manual: true, totalMs: 263.4 }), 'cloud')).toBe('Request 7: 200 OK, 263 ms, cold start, sent by you');
    expect(traceLabel(trace({ status: 429, throttleCause: 'gateway', totalMs: 5 }), 'kitchen')).toBe('Order 7: turned away, 5 ms');
    expect(msText(4.44)).toBe('4.4 ms');
    expect(msText(1204.4)).toBe('1,204 ms');
  });
});

describe('sources table', () => {
  it('prices are shown exactly as facts.ts holds them', () => {
    expect(formatPrice(PRICES.lambdaRequest.value)).toBe('$0.0000002');
    expect(formatPrice(0.0000166667)).toBe('$0.0000166667');
    expect(formatPrice(PRICES.s3Get.value)).toBe('$0.0000004');
    expect(formatPrice(INSTANCES['m7g.large'].value)).toBe('$0.0816');
    expect(formatPrice(PRICES.albHour.value)).toBe('$0.0225');
    expect(formatPrice(1.5)).toBe('$1.50');
    expect(formatPrice(PRICES.dynamoReadRequestUnit.value)).toBe('$0.000000125');
    expect(formatPrice(PRICES.dynamoWcuHour.value)).toBe('$0.00065');
    expect(formatTiers(PRICES.lambdaDurationX86)).toBe('$0.0000166667 up to 6B, $0.000015 up to 15B, $0.0000133334 above');
  });

  it('defaults: the brief’s parameters, each with value, unit, source, date and kind', () => {
    const rows = sourceRows(settingsOf(scenario({})));
    const ids = rows.map((r) => r.id);
    for (const id of [
      'lambdaRequest',
      'lambdaDuration',
      'freeRequests',
      'freeGbS',
      'memoryCpu',
      'coldStart',
      'idle',
      'concurrency',
      'scalingRate',
      'gatewayPrice',
      'gatewayRate',
      'gatewayBurst',
      'dynamoRead',
      'dynamoWrite',
      'dynamoLatency',
      'sqs',
      'sns',
      's3Get',
      's3Put',
      'instance',
      'albHour',
      'warmup',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rows) {
      expect(r.value, r.id).not.toBe('');
      expect(r.unit, r.id).not.toBe('');
      expect(r.source, r.id).not.toBe('');
      expect(r.date, r.id).toMatch(/^\d{4}/);
    }
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.idle).toMatchObject({ kind: 'measured', source: LIMITS.idleTimeoutMs.source });
    expect(byId.idle.value).toBe('600,000 ms (10 min)');
    expect(byId.warmup.kind).toBe('assumption');
    expect(byId.coldStart).toMatchObject({ value: `${RUNTIMES.nodejs.initMeanMs.x86_64[1]} ms`, kind: 'measured' });
    expect(byId.freeGbS.value).toBe(FREE_TIER.lambdaGbSeconds.value.toLocaleString('en-US'));
    expect(byId.instance.name).toBe('m7g.large instance');
    expect(byId.gatewayPrice.name).toBe('HTTP API request price');
  });

  it('shows the compute model\'s own facts when it is not on-demand Lambda, read from facts.ts', () => {
    const ids = (input: Parameters<typeof scenario>[0]) => sourceRows(settingsOf(scenario(input))).map((r) => r.id);
    expect(ids({}).some((id) => /^(lmi|run|workers)/.test(id))).toBe(false);
    expect(ids({ platform: 'lambda-managed-instances' })).toEqual(expect.arrayContaining(['lmiConcurrency', 'lmiMin', 'lmiScaling', 'lmiVcpuHour', 'lmiFee', 'lmiRequest']));
    expect(ids({ platform: 'cloud-run' })).toEqual(expect.arrayContaining(['runConcurrency', 'runVcpuSecond', 'runGibSecond', 'runRequest', 'runIncrement']));
    expect(ids({ platform: 'cloudflare-workers' })).toEqual(expect.arrayContaining(['workersConcurrency', 'workersStart', 'workersRequest', 'workersCpu', 'workersMemory']));
    const run = Object.fromEntries(sourceRows(settingsOf(scenario({ platform: 'cloud-run', function: { maxConcurrencyPerInstance: 250 } }))).map((r) => [r.id, r]));
    expect(run.runVcpuSecond).toMatchObject({ value: formatPrice(PLATFORM_FACTS.cloudRun.vcpuSecondPrice.value), kind: 'provider' });
    // The scene's own concurrency is a model choice that names the documented default.
    expect(run.runConcurrency).toMatchObject({ value: '250', kind: 'assumption' });
    expect(run.runConcurrency.source).toContain(PLATFORM_FACTS.cloudRun.concurrencyDefault.source);
  });

  it('follows the scenario: architecture, runtime, gateway type, instance, database mode, overrides', () => {
    const rows = sourceRows(
      settingsOf(scenario({
        function: { architecture: 'arm64', runtime: 'python', memoryMB: 128, idleTimeoutSeconds: 30, provisionedConcurrency: 2, scalingRateLimit: false },
        gateway: { type: 'rest' },
        database: { mode: 'provisioned' },
        server: { instanceType: 't3.micro', loadBalancer: false },
      })),
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.lambdaDuration.value).toBe(formatTiers(PRICES.lambdaDurationArm));
    expect(byId.coldStart.name).toContain(RUNTIMES.python.label);
    expect(byId.coldStart.value).toBe(`${RUNTIMES.python.initMeanMs.arm64[0]} ms`);
    expect(byId.gatewayPrice.value).toBe(formatTiers(PRICES.restApiRequest));
    expect(byId.instance.value).toBe(formatPrice(INSTANCES['t3.micro'].value));
    expect(byId.provEnabled.kind).toBe('secondary');
    expect(byId.dynamoRcu).toBeDefined();
    expect(byId.dynamoRead).toBeUndefined();
    expect(byId.albHour).toBeUndefined();
    expect(byId.idle).toMatchObject({ value: '30,000 ms (30 s)', kind: 'assumption' });
    expect(byId.scalingRate).toMatchObject({ value: 'unlimited', kind: 'assumption' });
    // An explicit value equal to the documented default stays sourced.
    expect(sourceRows(settingsOf(scenario({ function: { idleTimeoutSeconds: 600 } }))).find((r) => r.id === 'idle')!.kind).toBe('measured');
  });
});

describe('kitchen legend', () => {
  it('uses the diagram’s own words and covers the analogy', () => {
    const kitchen = KITCHEN_TERMS.map((t) => t.kitchen);
    for (const n of pipelineNodes) {
      const word = n.label.kitchen.title.replace(/s$/, '');
      expect(kitchen.some((k) => k.startsWith(word)), n.id).toBe(true);
    }
    const cloud = KITCHEN_TERMS.map((t) => t.cloud).join(' | ');
    for (const c of ['API Gateway', 'execution environment', 'cold start', 'auto-scaling', 'scale to zero', 'GB-seconds', 'always-on', 'DynamoDB', 'SQS', 'SNS', 'S3', 'statelessness']) {
      expect(cloud, c).toContain(c);
    }
  });
});
