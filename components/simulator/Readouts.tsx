'use client';

import { useShallow } from 'zustand/react/shallow';
import { formatCount, formatMs, formatPercent, formatRate, formatUsd, plural } from './format';
import { useSimulator } from './SimulatorContext';

interface Metric {
  name: string;
  label: string;
  value: number;
  text: string;
  detail?: string;
  tone?: 'cold' | 'bad' | 'money';
}

/**
 * The live numbers. Each carries data-metric and a raw data-value (the contract docs authors'
 * tests and ours rely on), and a formatted text for people.
 */
export function Readouts({ compact = false }: { compact?: boolean }) {
  // compact: the side column; otherwise the playground's wider column.
  const m = useSimulator(
    useShallow((s) => {
      const snap = s.snapshot;
      return {
        rps: snap?.requestsPerSecond ?? 0,
        instances: snap?.counts.live ?? 0,
        busy: snap?.counts.busy ?? 0,
        idle: snap?.counts.idle ?? 0,
        initializing: snap?.counts.initializing ?? 0,
        concurrency: snap ? snap.counts.busy + snap.counts.initializing : 0,
        coldStarts: snap?.totals.coldStarts ?? 0,
        arrivals: snap?.totals.arrivals ?? 0,
        throttled: snap?.totals.throttled ?? 0,
        p50: snap?.latency.p50 ?? 0,
        p99: snap?.latency.p99 ?? 0,
        cost: snap?.cost.total ?? 0,
        perMillion: snap?.cost.perMillionRequests ?? 0,
        serverCost: snap?.server.costUsd ?? 0,
        // Before the first frame (an embed's poster) the scenario says whether the fleet is on.
        serverOn: snap?.server.enabled ?? s.scenario.server?.enabled !== false,
        serverInstances: snap?.server.instances ?? 0,
        started: snap !== null,
        serverServed: snap?.server.served ?? 0,
        serverFailed: snap?.server.failed ?? 0,
        skin: s.params.skin,
      };
    }),
  );
  const kitchen = m.skin === 'kitchen';
  const coldShare = m.arrivals > 0 ? m.coldStarts / m.arrivals : 0;
  const failedShare = m.serverServed + m.serverFailed > 0 ? m.serverFailed / (m.serverServed + m.serverFailed) : 0;
  const metrics: Metric[] = [
    { name: 'rps', label: kitchen ? 'Orders' : 'Requests', value: m.rps, text: formatRate(m.rps) },
    {
      name: 'instances',
      label: kitchen ? 'Stations' : 'Environments',
      detail: kitchen ? 'open now' : 'live now',
      value: m.instances,
      text: formatCount(m.instances),
    },
    { name: 'busy', label: kitchen ? 'Cooking' : 'Busy', value: m.busy, text: formatCount(m.busy) },
    { name: 'idle', label: kitchen ? 'Free' : 'Idle (warm)', value: m.idle, text: formatCount(m.idle) },
    { name: 'initializing', label: kitchen ? 'Setting up' : 'Starting', value: m.initializing, text: formatCount(m.initializing), tone: 'cold' },
    { name: 'concurrency', label: kitchen ? 'Orders in hand' : 'Concurrency', value: m.concurrency, text: formatCount(m.concurrency), detail: kitchen ? 'cooking or setting up' : 'requests in progress' },
    {
      name: 'coldStarts',
      label: kitchen ? 'Set-ups' : 'Cold starts',
      value: m.coldStarts,
      text: formatCount(m.coldStarts),
      detail: m.arrivals > 0 ? `${formatPercent(coldShare)} of ${kitchen ? 'orders' : 'requests'}` : undefined,
      tone: 'cold',
    },
    { name: 'throttled', label: kitchen ? 'Not served' : 'Throttled', value: m.throttled, text: formatCount(m.throttled), tone: m.throttled > 0 ? 'bad' : undefined },
    { name: 'p50', label: kitchen ? 'p50 order time' : 'p50 latency', value: m.p50, text: formatMs(m.p50) },
    { name: 'p99', label: kitchen ? 'p99 order time' : 'p99 latency', value: m.p99, text: formatMs(m.p99) },
    {
      name: 'cost',
      label: kitchen ? 'Pop-up bill' : 'Serverless $',
      value: m.cost,
      text: formatUsd(m.cost),
      detail: m.perMillion > 0 ? `${formatUsd(m.perMillion)} / M ${kitchen ? 'orders' : 'req'}` : undefined,
      tone: 'money',
    },
    {
      name: 'serverCost',
      label: kitchen ? 'Restaurant rent' : 'Always-on $',
      value: m.serverCost,
      text: m.serverOn ? formatUsd(m.serverCost) : 'off',
      // A cheap fleet that drops most requests is no bargain: say so beside its bill.
      detail: !m.serverOn || !m.started
        ? undefined
        : failedShare >= 0.001
          ? `${formatPercent(failedShare)} ${kitchen ? 'not served' : 'unserved'}`
          : `${plural(m.serverInstances, kitchen ? 'rented kitchen' : 'server')}`,
      tone: 'money',
    },
  ];
  return (
    <dl className={`grid gap-1.5 ${compact ? 'grid-cols-[repeat(auto-fill,minmax(6.25rem,1fr))]' : 'grid-cols-[repeat(auto-fill,minmax(6.75rem,1fr))]'}`}>
      {metrics.map((x) => (
        <div key={x.name} data-metric={x.name} data-value={String(x.value)} className="min-w-0 rounded-md bg-[var(--surface)] px-2 py-1">
          {/* Labels and details wrap rather than cut off: cells in a row share the row's height. */}
          <dt className="text-[11px] leading-tight text-[var(--muted-fg)] [overflow-wrap:anywhere]">{x.label}</dt>
          <dd
            className={`truncate text-sm font-semibold tabular-nums ${
              x.tone === 'bad' ? 'text-red-700 dark:text-red-300' : x.tone === 'cold' ? 'text-amber-800 dark:text-amber-300' : ''
            }`}
          >
            {x.text}
          </dd>
          {x.detail && <dd className="text-[10px] leading-tight text-[var(--muted-fg)] [overflow-wrap:anywhere]">{x.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
