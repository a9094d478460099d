import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * Under the site's Content-Security-Policy (no 'unsafe-eval') every `new Function` is refused and
 * reported as a violation, even one zod catches. Building and parsing the scenario schema must
 * never construct a Function: zod's eval probe and JIT stay off (simulations/zod.ts).
 */
describe('zod under a strict CSP', () => {
  const realFunction = globalThis.Function;
  afterEach(() => {
    globalThis.Function = realFunction;
  });

  it('builds and parses scenarios without constructing a Function', async () => {
    const constructed: string[] = [];
    globalThis.Function = new Proxy(realFunction, {
      construct(target, args) {
        constructed.push(String(args.at(-1) ?? ''));
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        constructed.push(String(args.at(-1) ?? ''));
        return Reflect.apply(target, self, args);
      },
    });
    vi.resetModules();
    const { parseScenario, parseTrafficChange } = await import('@/simulations/schema');
    expect(parseScenario({ function: { memoryMB: 512 }, traffic: { requestsPerSecond: 20 } }).ok).toBe(true);
    expect(parseScenario({ function: { memoryMB: -1 } }).ok).toBe(false);
    expect(parseTrafficChange({ requestsPerSecond: 5 })).toMatchObject({ requestsPerSecond: 5 });
    expect(constructed).toEqual([]);
  });
});
