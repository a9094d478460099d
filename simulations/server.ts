/**
 * The always-on alternative, fed the same arrivals. A fluid model stepped once per simulated
 * second: a fleet serves up to `instances × requestsPerSecondPerInstance`; the excess waits in a
 * backlog up to `maxWaitSeconds` of capacity, beyond which requests fail. Autoscaling looks at
 * the last minute and adds instances that only arrive after a warm-up of minutes. It bills every
 * second an instance runs (launching included) and the load balancer every hour, traffic or not.
 * A per-second fluid model rather than per-request events: the comparison is about capacity and
 * money, and it keeps the server free in the engine's hot path.
 */
import { LIMITS } from './facts';
import { serverCostUsd, type ServerUsage } from './pricing';
import type { Scenario } from './schema';
import { rateAt, type TrafficConfig } from './traffic';
import type { ServerView } from './types';

type ServerConfig = Scenario['server'];

/** The fleet's state, advanced one simulated second at a time. */
export class ServerFleet {
  instances = 0;
  private launching: number[] = [];
  private backlog = 0;
  private served = 0;
  private failed = 0;
  private offeredTotal = 0;
  private waitSeconds = 0;
  private seconds = 0;
  private areaInstances = 0;
  private peak = 0;
  private windowOffered = 0;
  private readonly usage: ServerUsage = { instanceSeconds: 0, loadBalancerSeconds: 0, lcuSeconds: 0 };

  constructor(
    private readonly config: ServerConfig,
    traffic: TrafficConfig,
  ) {
    const perInstance = config.requestsPerSecondPerInstance * config.targetUtilization;
    if (!config.enabled) this.instances = 0; // no fleet: nothing runs, nothing is billed
    else if (config.mode === 'fixed') this.instances = config.instances;
    else {
      // Start sized for the opening traffic; afterwards it must react like a real group.
      const need = Math.ceil(rateAt(traffic, 0) / perInstance);
      this.instances = Math.max(config.minInstances, Math.min(config.maxInstances, need));
    }
    this.peak = this.instances;
  }

  /** Advance one second ending at `tMs` with `offered` new requests. */
  second(tMs: number, offered: number): void {
    const c = this.config;
    if (!c.enabled) return;
    while (this.launching.length > 0 && this.launching[0] <= tMs) {
      this.launching.shift();
      this.instances++;
    }
    const capacity = this.instances * c.requestsPerSecondPerInstance;
    const total = this.backlog + offered;
    const servedNow = Math.min(total, capacity);
    let backlog = total - servedNow;
    const maxBacklog = capacity * c.maxWaitSeconds;
    if (backlog > maxBacklog) {
      this.failed += backlog - maxBacklog;
      backlog = maxBacklog;
    }
    this.backlog = backlog;
    this.served += servedNow;
    this.offeredTotal += offered;
    this.waitSeconds += backlog;
    this.seconds++;
    this.usage.instanceSeconds += this.instances + this.launching.length;
    if (c.loadBalancer) {
      this.usage.loadBalancerSeconds += 1;
      // One new connection per request (an upper bound): 25 new connections/s = 1 LCU.
      this.usage.lcuSeconds += offered / LIMITS.albNewConnectionsPerLcu.value;
    }
    this.areaInstances += this.instances;
    if (this.instances > this.peak) this.peak = this.instances;

    if (c.mode === 'autoscaling') {
      this.windowOffered += offered;
      if (this.seconds % 60 === 0) {
        const avg = this.windowOffered / 60;
        this.windowOffered = 0;
        const desired = Math.max(c.minInstances, Math.min(c.maxInstances, Math.ceil((avg + this.backlog / 60) / (c.requestsPerSecondPerInstance * c.targetUtilization))));
        const current = this.instances + this.launching.length;
        if (desired > current) for (let i = current; i < desired; i++) this.launching.push(tMs + c.warmupSeconds * 1000);
        else if (desired < this.instances && this.launching.length === 0) this.instances = desired;
      }
    }
  }

  /** Dollars so far. */
  costUsd(): { instances: number; loadBalancer: number; total: number } {
    return serverCostUsd(this.usage, this.config.instanceType);
  }

  /** Plain-data view. */
  view(): ServerView {
    const cost = this.costUsd();
    return {
      enabled: this.config.enabled,
      costUsd: cost.total,
      instanceCostUsd: cost.instances,
      loadBalancerCostUsd: cost.loadBalancer,
      instances: this.instances,
      launching: this.launching.length,
      meanInstances: this.seconds > 0 ? this.areaInstances / this.seconds : this.instances,
      peakInstances: this.peak,
      served: this.served,
      failed: this.failed,
      backlog: this.backlog,
      meanWaitMs: this.served > 0 ? (this.waitSeconds / this.served) * 1000 : 0,
      costPerMillionRequests: this.offeredTotal > 0 ? (cost.total / this.offeredTotal) * 1e6 : 0,
    };
  }
}
