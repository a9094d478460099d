/**
 * The per-second series: one row per simulated second (what the CLI's `--series` writes and the
 * charts draw), the counters a second keeps, and the ring of rows `series()` returns. The engine
 * fills a row at each tick; this module says what the columns are and keeps them.
 * Modelled: nothing (bookkeeping); a row's latency percentiles are that second's completions'.
 */

/** Per-second series columns, in order. */
export const SERIES_COLUMNS = [
  'timeSeconds',
  'targetRps',
  'arrivals',
  'completed',
  'throttledGateway',
  'throttledConcurrency',
  'throttledScalingRate',
  'throttledDatabase',
  'throttledTimeout',
  'throttledGatewayTimeout',
  'coldStarts',
  'live',
  /** Requests in progress at the second's end, cold-starting ones included (the snapshot's `counts.inProgress`). */
  'busy',
  'idle',
  /** Environments in INIT, with a request (also counted in `busy`) or, provisioned, without. */
  'initializing',
  'meanConcurrency',
  'peakConcurrency',
  'latencyP50Ms',
  'latencyP95Ms',
  'latencyP99Ms',
  'queueDepth',
  'costGatewayUsd',
  'costFunctionRequestsUsd',
  'costFunctionComputeUsd',
  'costProvisionedUsd',
  'costDatabaseUsd',
  'costOtherUsd',
  'costTotalUsd',
  'serverInstances',
  'serverCostUsd',
] as const;

/** A per-second row, keyed by column. */
export type SeriesRow = Record<(typeof SERIES_COLUMNS)[number], number>;

/** The last `capacity` rows, column by column (a ring). */
export class SeriesRing {
  private readonly cols: Float64Array[];
  private head = 0;
  private n = 0;

  constructor(private readonly capacity: number) {
    this.cols = SERIES_COLUMNS.map(() => new Float64Array(capacity));
  }

  /** Keep a row (in SERIES_COLUMNS order); the oldest goes when full. */
  push(row: Float64Array): void {
    const cap = this.capacity;
    if (cap === 0) return;
    const at = (this.head + this.n) % cap;
    for (let c = 0; c < row.length; c++) this.cols[c][at] = row[c];
    if (this.n < cap) this.n++;
    else this.head = (this.head + 1) % cap;
  }

  /** The rows kept (oldest first), optionally only the last `last`. */
  rows(last?: number): SeriesRow[] {
    const n = last === undefined ? this.n : Math.min(last, this.n);
    const out: SeriesRow[] = [];
    for (let k = this.n - n; k < this.n; k++) {
      const i = (this.head + k) % this.capacity;
      const row = {} as SeriesRow;
      SERIES_COLUMNS.forEach((name, c) => (row[name] = this.cols[c][i]));
      out.push(row);
    }
    return out;
  }
}
