/** Deep merge of partial scenarios, with no dependency on zod so the UI thread can use it cheaply. */
import type { ScenarioInput } from './schema';

/** Merge a deep partial into a base scenario (objects merged, arrays and values replaced). */
export function mergeScenario(base: ScenarioInput, patch: ScenarioInput): ScenarioInput {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    const prev = out[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && prev && typeof prev === 'object' && !Array.isArray(prev)) {
      out[k] = mergeScenario(prev as ScenarioInput, v as ScenarioInput);
    } else if (v !== undefined) out[k] = v;
  }
  return out as ScenarioInput;
}
