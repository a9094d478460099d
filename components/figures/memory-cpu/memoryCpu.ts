/**
 * The `memory-cpu` figure's model: CPU-bound work that takes 800 ms at 1,769 MB (one vCPU) plus
 * two database calls of about 20 ms that no amount of CPU speeds up, run at each memory size.
 * Lambda gives CPU in proportion to memory, so the computing part shrinks as memory grows while
 * the price per millisecond grows with it: the power-tuning curve.
 */
import type { RunSummary, ScenarioInput } from '@/simulations';

export const MEMORY_SIZES = [128, 256, 512, 1024, 1769, 2048, 3008, 4096, 6144, 8192, 10240] as const;

export const MEMORY_CPU = {
  cpuMsAt1769: 800,
  dbLatencyMs: 20,
  initialMemory: 1024,
  rps: 10,
  seconds: 300,
  seed: 19,
} as const;

export function memoryScenario(memoryMB: number): ScenarioInput {
  return {
    seed: MEMORY_CPU.seed,
    durationSeconds: MEMORY_CPU.seconds,
    traffic: { pattern: 'steady', requestsPerSecond: MEMORY_CPU.rps },
    function: { memoryMB, cpuBound: true, durationMs: { distribution: 'lognormal', mean: MEMORY_CPU.cpuMsAt1769, p99: MEMORY_CPU.cpuMsAt1769 * 2 } },
    database: { readsPerRequest: 1, writesPerRequest: 1, latencyMs: MEMORY_CPU.dbLatencyMs },
    server: { enabled: false },
  };
}

export interface MemoryPoint {
  memoryMB: number;
  /** Mean billed function time per invocation (INIT included), from the engine's metered usage. */
  billedMs: number;
  /** The function's own cost (requests and compute) per million invocations. */
  usdPerMillion: number;
}

export function memoryPoint(memoryMB: number, s: RunSummary): MemoryPoint {
  const n = s.usage.functionRequests;
  return {
    memoryMB,
    billedMs: n > 0 ? s.usage.onDemandMbMs / memoryMB / n : 0,
    usdPerMillion: n > 0 ? ((s.costUsd.functionCompute + s.costUsd.functionRequests) / n) * 1e6 : 0,
  };
}
