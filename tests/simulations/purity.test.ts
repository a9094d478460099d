import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The engine's purity is enforced by lint scoped to simulations/ (eslint.config.mjs); these check the rules fire. */
describe('simulations/ lint: a pure, seeded engine', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const errorsIn = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
  };

  it.each([
    ['Math.random()', 'no-restricted-properties'],
    ['globalThis.Math.random()', 'no-restricted-globals'],
    ['Date.now()', 'no-restricted-globals'],
    ['Date()', 'no-restricted-globals'],
    ['new Date()', 'no-restricted-globals'],
    ['performance.now()', 'no-restricted-globals'],
    ['process.hrtime()', 'no-restricted-globals'],
    ['crypto.getRandomValues(new Uint8Array(1))', 'no-restricted-globals'],
    ['setTimeout(() => 0, 1)', 'no-restricted-globals'],
    ['window.innerWidth', 'no-restricted-globals'],
    // Not bit-specified: Node's V8 and Chromium's differ in the last bit (see dmath.ts).
    ['Math.exp(1)', 'no-restricted-properties'],
    ['Math.sin(1)', 'no-restricted-properties'],
    ['2 ** 0.5', 'no-restricted-syntax'],
  ])('refuses %s in the engine', { timeout: 30_000 }, async (expr, rule) => {
    expect(await errorsIn(`export const x = ${expr};\n`, 'simulations/probe.ts')).toContain(rule);
  });

  it('refuses UI imports in the engine', { timeout: 30_000 }, async () => {
    expect(await errorsIn(`import { useState } from 'react';\nexport const x = useState;\n`, 'simulations/probe.ts')).toContain('no-restricted-imports');
  });

  it.each(['simulations/probe.ts', 'components/probe.tsx', 'scripts/probe.mjs'])('refuses zod except through simulations/zod.ts (%s)', { timeout: 30_000 }, async (filePath) => {
    expect(await errorsIn(`import { z } from 'zod';\nexport const x = z.number();\n`, filePath)).toContain('no-restricted-imports');
    expect(await errorsIn(`import { z } from '@/simulations/zod';\nexport const x = z.number();\n`, filePath)).toEqual([]);
  });

  it('lets the CLI, the engine’s door to the outside world, use the process and the clock', { timeout: 30_000 }, async () => {
    expect(await errorsIn(`export const x = [process.argv, Date.now()];\n`, 'simulations/cli.ts')).toEqual([]);
  });
});
