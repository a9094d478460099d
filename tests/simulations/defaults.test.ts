import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, presets } from '@/simulations';
import { previewScenario } from '@/simulations/defaults';
import { scenarioArb } from './arbitraries';

/**
 * A page shows previewScenario's settings until its engine's first frame brings the validated
 * scenario; the two must not differ, or the settings would jump when the engine answers.
 */
describe('previewScenario (the settings shown before the engine answers)', () => {
  const same = (input: Parameters<typeof previewScenario>[0]) => {
    const r = parseScenario(input);
    if (!r.ok) throw new Error(r.error);
    expect(previewScenario(input)).toEqual(r.scenario);
  };

  it('is the validated scenario for {}, every preset and partial durations', () => {
    same({});
    for (const p of Object.values(presets)) same(p.scenario);
    same({ function: { durationMs: { mean: 50 }, coldStartMs: { distribution: 'constant', mean: 300 } }, async: { consumerDurationMs: { mean: 5, p99: 9 } } });
  });

  it('is the validated scenario for any random one', () => {
    fc.assert(fc.property(scenarioArb, (s) => same(s)), { numRuns: 300 });
  });
});
