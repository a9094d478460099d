import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioSchema } from '@/simulations';
import { scenarioArb } from './arbitraries';

/** Every field of the scenario schema, with the values an enum or a boolean allows (read from the schema itself). */
function schemaFields(): { path: string; values?: readonly unknown[] }[] {
  type Def = { type: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown>; element?: unknown; entries?: Record<string, unknown> };
  const def = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
  const out: { path: string; values?: readonly unknown[] }[] = [];
  const walk = (schema: unknown, path: string) => {
    let d = def(schema);
    while (['default', 'prefault', 'optional', 'nullable', 'pipe'].includes(d.type)) d = def(d.innerType ?? d.in);
    if (d.type === 'object') for (const [k, v] of Object.entries(d.shape!)) walk(v, path ? `${path}.${k}` : k);
    else if (d.type === 'array') walk(d.element, `${path}[]`);
    else if (d.type === 'enum') out.push({ path, values: Object.values(d.entries!) });
    else if (d.type === 'boolean') out.push({ path, values: [true, false] });
    else out.push({ path });
  };
  walk(scenarioSchema, '');
  return out;
}

/** The values at `path` in a scenario (`a.b[].c` reads every element of `b`). */
function valuesAt(value: unknown, path: string): unknown[] {
  if (path === '') return value === undefined ? [] : [value];
  const [head, ...rest] = path.split('.');
  const tail = rest.join('.');
  if (head.endsWith('[]')) {
    const list = (value as Record<string, unknown> | undefined)?.[head.slice(0, -2)];
    return Array.isArray(list) ? list.flatMap((item) => valuesAt(item, tail)) : [];
  }
  return valuesAt((value as Record<string, unknown> | undefined)?.[head], tail);
}

describe('the random-scenario generator (arbitraries.ts)', () => {
  const samples = fc.sample(scenarioArb, { numRuns: 600, seed: 42 });

  it('draws only valid scenarios', () => {
    for (const s of samples) expect(parseScenario(s), JSON.stringify(s)).toMatchObject({ ok: true });
  });

  it.each(schemaFields().map((f) => [f.path, f] as const))('covers %s, every value an enum or boolean allows', (_, field) => {
    const seen = samples.flatMap((s) => valuesAt(s, field.path));
    expect(seen.length, `${field.path} is never drawn`).toBeGreaterThan(0);
    for (const v of field.values ?? []) expect(seen, `${field.path} is never ${String(v)}`).toContain(v);
  });
});
