/** M/M/c/c through the full engine (child process of the benchmark). Args: requests c. */
import { createSimulation } from '../../simulations';

const requests = Number(process.argv[2] ?? 5e6);
const c = Number(process.argv[3] ?? 100);
const lambda = 1000; // per second
const seconds = requests / lambda;
const t0 = performance.now();
const sim = createSimulation(
  {
    seed: 1,
    durationSeconds: seconds,
    traffic: { requestsPerSecond: lambda },
    gateway: { latencyMs: 0, rateLimitRps: 1e7, burst: 1e7 },
    function: { durationMs: { distribution: 'exponential', mean: 100 }, provisionedConcurrency: c, concurrencyLimit: c },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    server: { enabled: false },
  },
  { observe: false, seriesCapacity: 0 },
);
sim.advanceTo(seconds * 1000);
const s = sim.summary();
console.log(JSON.stringify({ requests: s.requests, blocked: s.throttledBy.concurrency / s.requests, innerMs: performance.now() - t0 }));
