/**
 * API Gateway in front of the function, and the token bucket it throttles with (the one bucket
 * the engine has: Lambda's scaling rate and DynamoDB's provisioned capacity use it too).
 *
 * Modelled: the account-level throttle (a steady rate plus a burst, as a token bucket; over it
 * the gateway answers 429 itself), a constant latency split evenly between the way in and the way
 * back, and the integration timeout (30 s for an HTTP API, 29 s for a REST API), past which the
 * client gets 504. Left out: per-route and per-client (usage plan) throttles, caching, request
 * validation, payload size limits, and any variation of the gateway's own latency.
 */
import { LIMITS } from './facts';
import type { Scenario } from './schema';
import { settleNumberFields } from './typed';

/**
 * Tokens accrue at `rate` per `unitMs` of simulated time, up to `capacity`; a caller takes them
 * one (or a few) at a time. Time only moves forward, so a bucket is brought up to date lazily,
 * when it is read. (Rate per unit of time rather than per ms so that each use keeps the exact
 * arithmetic it was specified with: requests per second over ms, or units per second over s.)
 */
export class TokenBucket {
  tokens: number = 0.5;
  lastMs: number = 0.5;
  rate: number = 0.5;
  unitMs: number = 0.5;
  capacity: number = 0.5;

  constructor(rate: number, unitMs: number, capacity: number, initial: number) {
    this.rate = rate;
    this.unitMs = unitMs;
    this.capacity = capacity;
    this.tokens = initial;
    this.lastMs = 0;
    settleNumberFields(this, () => true);
  }

  /** Bring the bucket up to simulated time `t` (not before the last time it was read). */
  refill(t: number): void {
    let tokens = this.tokens + ((t - this.lastMs) / this.unitMs) * this.rate;
    if (tokens > this.capacity) tokens = this.capacity;
    this.tokens = tokens;
    this.lastMs = t;
  }

  /** Refill up to `t` and take one token if a whole one is there; false when refused. (The refill is written out: this runs for every arrival, and V8 inlines one small method more readily than two.) */
  take(t: number): boolean {
    let tokens = this.tokens + ((t - this.lastMs) / this.unitMs) * this.rate;
    if (tokens > this.capacity) tokens = this.capacity;
    this.lastMs = t;
    if (tokens < 1) {
      this.tokens = tokens;
      return false;
    }
    this.tokens = tokens - 1;
    return true;
  }
}

/** The gateway's settings in force, and its throttle. */
export class Gateway {
  /** The way in: arrival → invocation. Half the scenario's latency. */
  inMs: number = 0.5;
  /** The way back: completion → response. The other half. */
  outMs: number = 0.5;
  /** How long the gateway waits for the function (INIT included) before it answers 504. */
  timeoutMs: number = 0.5;
  /** When its throttle last refused an arrival (for the engine's bookkeeping of the refusal). */
  refusedAtMs: number = 0.5;
  declare readonly bucket: TokenBucket;

  constructor(s: Scenario) {
    this.bucket = new TokenBucket(s.gateway.rateLimitRps / 1000, 1, s.gateway.burst, s.gateway.burst);
    this.configure(s);
    settleNumberFields(this, () => true);
  }

  /** Apply the scenario's gateway settings (the throttle may change live; latency and type only at reset). */
  configure(s: Scenario): void {
    const g = s.gateway;
    this.inMs = g.latencyMs / 2;
    this.outMs = g.latencyMs - this.inMs;
    this.timeoutMs = g.type === 'http' ? LIMITS.gatewayTimeoutHttpMs.value : LIMITS.gatewayTimeoutRestMs.value;
    const b = this.bucket;
    b.rate = g.rateLimitRps / 1000;
    b.capacity = g.burst;
    // A lowered burst applies at once, not at the next arrival.
    if (g.burst < b.tokens) b.tokens = g.burst;
  }
}
