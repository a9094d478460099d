/** Messages between `runHeadless` (main thread) and its worker. Plain data only. */
import type { RunSummary, ScenarioInput } from '@/simulations';

/** Run these scenarios to their ends, in order. */
export interface HeadlessRequest {
  id: number;
  scenarios: ScenarioInput[];
}

export type HeadlessReply =
  /** Scenario `index` is `fraction` done (also a heartbeat for the client's watchdog). */
  | { id: number; type: 'progress'; index: number; fraction: number }
  | { id: number; type: 'result'; index: number; summary: RunSummary }
  /** Scenario `index` was invalid, refused or failed; the job stops there. */
  | { id: number; type: 'error'; index: number; message: string };
