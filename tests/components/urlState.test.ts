import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionToRate, SLIDER_STEPS } from '@/components/simulator/rateScale';
import { DEFAULT_PARAMS, mergeQuery, parseParams, serializeParams, SPEEDS } from '@/components/simulator/urlState';

describe('URL parameters', () => {
  it('reads every parameter of the contract', () => {
    const { params, notices } = parseParams('?rps=120&speed=60&seed=42&preset=flash-crowd&skin=kitchen&idle=300&memory=512');
    expect(notices).toEqual([]);
    expect(params).toEqual({ rps: 120, speed: 60, seed: 42, preset: 'flash-crowd', skin: 'kitchen', idleSeconds: 300, memoryMB: 512 });
  });

  it('gives each bad value a notice and its default, without echoing the input', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { params, notices } = parseParams(
      new URLSearchParams({ rps: '-5', speed: '2', seed: '1.5', preset: evil, skin: evil, idle: '0', memory: '99999' }),
    );
    expect(params).toEqual({ ...DEFAULT_PARAMS, rps: undefined, idleSeconds: undefined, memoryMB: undefined });
    expect(notices).toHaveLength(7);
    for (const name of ['rps', 'speed', 'seed', 'preset', 'skin', 'idle', 'memory']) {
      expect(notices.some((n) => n.includes(`“${name}”`)), name).toBe(true);
    }
    expect(notices.join(' ')).not.toContain('<img');
    expect(notices.join(' ')).not.toContain('onerror');
  });

  it('rejects NaN, Infinity, hex and exponent forms', () => {
    for (const raw of ['NaN', 'Infinity', '0x10', '1e3', '', ' ']) {
      const { params } = parseParams(`rps=${encodeURIComponent(raw)}`);
      expect(params.rps, raw).toBeUndefined();
    }
  });

  it('keeps every traffic rate the slider can set through a reload, the slowest ones included', () => {
    for (let position = 1; position <= SLIDER_STEPS; position++) {
      const rps = positionToRate(position);
      const back = parseParams(serializeParams({ ...DEFAULT_PARAMS, rps })).params.rps!;
      expect(back, `position ${position}`).toBeGreaterThan(0);
      expect(Math.abs(back - rps) / rps, `position ${position}: ${rps} came back as ${back}`).toBeLessThan(0.005);
    }
  });

  it('round-trips any valid state through a short URL', () => {
    const state = fc.record({
      rps: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
      pattern: fc.option(fc.constantFrom('ramp', 'spike', 'diurnal', 'bursty', 'idle') as fc.Arbitrary<'spike'>, { nil: undefined }),
      speed: fc.constantFrom(...SPEEDS),
      seed: fc.integer({ min: 0, max: 4_294_967_295 }),
      preset: fc.option(fc.constantFrom('lunch-rush', 'flash-crowd', 'quiet-night', 'steady-high', 'provisioned') as fc.Arbitrary<'lunch-rush'>, {
        nil: undefined,
      }),
      skin: fc.constantFrom('cloud', 'kitchen') as fc.Arbitrary<'cloud' | 'kitchen'>,
      idleSeconds: fc.option(fc.integer({ min: 1, max: 86_400 }), { nil: undefined }),
      memoryMB: fc.option(fc.integer({ min: 128, max: 10_240 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, (p) => {
        const query = serializeParams(p);
        expect(query.length).toBeLessThan(2000);
        const back = parseParams(query);
        expect(back.notices).toEqual([]);
        expect(back.params).toEqual({ ...p });
      }),
      { numRuns: 200 },
    );
  });

  it('reads speed only as one of the listed speeds, with an optional x', () => {
    expect(parseParams('?speed=60x').params.speed).toBe(60);
    expect(parseParams('?speed=10').params.speed).toBe(10);
    expect(parseParams('?speed=0.1x').params.speed).toBe(0.1);
    expect(parseParams('?speed=0.1').params.speed).toBe(0.1);
    for (const odd of ['0x3C', '6e1', '1e1', ' 60 0', '60.0', '+10', '010', '.1', '0.10', '0.5', '-1']) {
      const r = parseParams(new URLSearchParams({ speed: odd }));
      expect(r.params.speed, odd).toBe(1);
      expect(r.notices, odd).toEqual(['Ignored “speed”: it must be one of 0.1, 1, 10, 60, 600; using 1×.']);
    }
  });

  it('says when a parameter is given twice, and uses the first', () => {
    const r = parseParams('?rps=5&seed=3&rps=900&seed=4&seed=5');
    expect(r.params.rps).toBe(5);
    expect(r.params.seed).toBe(3);
    expect(r.notices).toEqual(['“rps” appears 2 times; using the first.', '“seed” appears 3 times; using the first.']);
  });

  it('a bad pattern gets a notice and steady traffic', () => {
    const r = parseParams('?rps=20&pattern=%3Cb%3E');
    expect(r.params.pattern).toBeUndefined();
    expect(r.notices).toEqual(['Ignored “pattern”: it must be one of steady, ramp, spike, diurnal, bursty, idle; using steady.']);
    expect(parseParams('?rps=20&pattern=steady').params.pattern).toBeUndefined();
  });
});

describe('Settings and foreign parameters in the URL', () => {
  it('a Settings change survives the URL: dotted paths, typed values, in a stable order', () => {
    const settings = { gateway: { type: 'rest' }, function: { runtime: 'python', cpuBound: true, provisionedConcurrency: 20 }, server: { mode: 'fixed', instances: 3 } };
    const query = serializeParams({ ...DEFAULT_PARAMS, settings } as never);
    expect(query).toBe('function.cpuBound=true&function.provisionedConcurrency=20&function.runtime=python&gateway.type=rest&server.instances=3&server.mode=fixed');
    expect(parseParams(query).params.settings).toEqual(settings);
  });

  it('a malformed setting is ignored with a notice that does not echo it; unknown sections are not settings', () => {
    const { params, notices } = parseParams('function.runtime=%3Cscript%3E&gateway.type=&nosuch.field=1');
    expect(params.settings).toBeUndefined();
    expect(notices).toEqual(['Ignored 2 settings with an empty or malformed value.']);
    expect(notices.join(' ')).not.toContain('script');
  });

  it('play=1 or play=0 is read; anything else is a notice', () => {
    expect(parseParams('play=0&rps=30').params.play).toBe(false);
    expect(parseParams('play=1').params.play).toBe(true);
    expect(parseParams('play=yes').notices).toEqual(['Ignored “play”: it must be 1 (playing) or 0 (paused).']);
  });

  it("the simulator's parameters are replaced and the page's own are kept, in place", () => {
    expect(mergeQuery('utm_source=news&rps=10&ref=x&function.runtime=java&play=0', 'rps=40&gateway.type=rest')).toBe('utm_source=news&ref=x&rps=40&gateway.type=rest');
    expect(mergeQuery('', '')).toBe('');
  });
});
