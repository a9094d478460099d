import { buildSync } from 'esbuild';
import { expect, test } from '@playwright/test';
import { createSimulation, type ScenarioInput } from '../../simulations';

/**
 * Same scenario + seed → the same run in Node and in the browser: the engine, bundled as the
 * site bundles it, runs in Chromium's V8 and here, and the summaries must match to the bit.
 */
const scenarios: Record<string, ScenarioInput> = {
  defaults: { durationSeconds: 120, traffic: { requestsPerSecond: 200 } },
  'flash crowd at the limits': { seed: 3, durationSeconds: 120, traffic: { pattern: 'spike', requestsPerSecond: 50, peakRequestsPerSecond: 20_000, spikeStartSeconds: 20, spikeDurationSeconds: 30 } },
  'diurnal, cpu-bound, arm64, provisioned': {
    seed: 11,
    durationSeconds: 1800,
    traffic: { pattern: 'diurnal', requestsPerSecond: 30, periodSeconds: 600 },
    function: { memoryMB: 3008, architecture: 'arm64', runtime: 'java', cpuBound: true, provisionedConcurrency: 3, durationMs: { distribution: 'exponential', mean: 120 } },
    database: { mode: 'provisioned', readCapacityUnits: 20, writeCapacityUnits: 10 },
  },
  'queue, topic and files': {
    seed: 5,
    durationSeconds: 300,
    traffic: { pattern: 'bursty', requestsPerSecond: 5, peakRequestsPerSecond: 300, onSeconds: 10, offSeconds: 20 },
    async: { enabled: true, share: 0.5, sqs: true, sns: true, consumerConcurrency: 5 },
    s3: { readsPerRequest: 1, writesPerRequest: 1 },
    pricing: { freeTier: true },
  },
  // The other compute models: shared instances, a background scaler, CPU-time and busy-stretch bills.
  'managed instances, a spike': { seed: 9, platform: 'lambda-managed-instances', durationSeconds: 600, traffic: { pattern: 'spike', requestsPerSecond: 100, peakRequestsPerSecond: 600, spikeStartSeconds: 200, spikeDurationSeconds: 120 } },
  'cloud run and workers': { seed: 4, platform: 'cloud-run', durationSeconds: 300, traffic: { pattern: 'bursty', requestsPerSecond: 20, peakRequestsPerSecond: 800, onSeconds: 15, offSeconds: 45 }, function: { maxConcurrencyPerInstance: 40 } },
  'uniform ramp': { seed: 2, platform: 'cloudflare-workers', durationSeconds: 300, traffic: { pattern: 'ramp', startRequestsPerSecond: 0, requestsPerSecond: 100, rampSeconds: 200, arrivals: 'uniform' } },
};

function runInNode(s: ScenarioInput & { durationSeconds: number }) {
  const sim = createSimulation(s, { observe: false });
  sim.advanceTo(s.durationSeconds * 1000);
  return JSON.parse(JSON.stringify(sim.summary()));
}

test('the engine gives bit-identical runs in Node and in Chromium', async ({ page }) => {
  const bundle = buildSync({ entryPoints: ['simulations/index.ts'], bundle: true, format: 'iife', globalName: 'Sim', platform: 'browser', write: false });
  await page.setContent('<!doctype html><title>engine</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  for (const [name, scenario] of Object.entries(scenarios)) {
    const s = scenario as ScenarioInput & { durationSeconds: number };
    const browser = await page.evaluate((sc) => {
      const { createSimulation: create } = (window as unknown as { Sim: { createSimulation: typeof createSimulation } }).Sim;
      const sim = create(sc, { observe: false });
      sim.advanceTo(sc.durationSeconds * 1000);
      return JSON.parse(JSON.stringify(sim.summary()));
    }, s);
    const node = runInNode(s);
    expect(node.requests, name).toBeGreaterThan(0);
    expect(browser, name).toEqual(node);
  }
});
