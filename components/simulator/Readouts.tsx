'use client';

import { useShallow } from 'zustand/react/shallow';
import { formatCount, formatMs, formatPercent, formatRate, formatUsd, plural } from './format';
import { useSimulator } from './SimulatorContext';
import { shownSettings } from './store';

export type MetricName = 'rps' | 'instances' | 'busy' | 'idle' | 'initializing' | 'concurrency' | 'coldStarts' | 'throttled' | 'p50' | 'p99' | 'cost' | 'serverCost';

interface Metric {
  name: MetricName;
  label: string;
  /** What the number counts, as hover text and in "What the numbers mean". */
  hint: string;
  value: number;
  text: string;
  detail?: string;
  tone?: 'cold' | 'bad' | 'money';
}

/**
 * The live numbers. Each carries data-metric and a raw data-value (the contract docs authors'
 * tests and ours rely on), and a formatted text for people.
 */
export function Readouts({ compact = false, watch }: { compact?: boolean; watch?: readonly MetricName[] }) {
  // compact: the side column; otherwise the playground's wider column. `watch`: the running
  // scene's numbers, first and highlighted.
  const m = useSimulator(
    useShallow((s) => {
      const snap = s.snapshot;
      return {
        rps: snap?.requestsPerSecond ?? 0,
        instances: snap?.counts.live ?? 0,
        busy: snap?.counts.busy ?? 0,
        idle: snap?.counts.idle ?? 0,
        initializing: snap?.counts.initializing ?? 0,
        // Requests in progress as the engine counts them: a provisioned environment starting up with no request is not one.
        concurrency: snap?.counts.inProgress ?? 0,
        coldStarts: snap?.totals.coldStarts ?? 0,
        arrivals: snap?.totals.arrivals ?? 0,
        throttled: snap?.totals.throttled ?? 0,
        p50: snap?.latency.p50 ?? 0,
        p99: snap?.latency.p99 ?? 0,
        cost: snap?.cost.total ?? 0,
        perMillion: snap?.cost.perMillionRequests ?? 0,
        serverCost: snap?.server.costUsd ?? 0,
        // Before the first frame (an embed's poster) the settings shown say whether the fleet is on.
        serverOn: snap?.server.enabled ?? shownSettings(s).server.enabled,
        serverInstances: snap?.server.instances ?? 0,
        started: snap !== null,
        serverServed: snap?.server.served ?? 0,
        serverFailed: snap?.server.failed ?? 0,
        skin: s.params.skin,
        // Off on-demand Lambda, a square is an instance holding many requests.
        shared: shownSettings(s).function.maxConcurrencyPerInstance > 1,
      };
    }),
  );
  const kitchen = m.skin === 'kitchen';
  const coldShare = m.arrivals > 0 ? m.coldStarts / m.arrivals : 0;
  const failedShare = m.serverServed + m.serverFailed > 0 ? m.serverFailed / (m.serverServed + m.serverFailed) : 0;
  const metrics: Metric[] = [
    { name: 'rps', hint: kitchen ? 'Orders arriving per second, averaged over the last second.' : 'Requests arriving per second, averaged over the last second.',
      label: kitchen ? 'Orders' : 'Requests', value: m.rps, text: formatRate(m.rps) },
    {
      name: 'instances',
      hint: kitchen
        ? 'Cooking stations open now: cooking, free or being set up (each square on the diagram).'
        : m.shared
          ? 'Instances alive now, each taking several requests at once: busy, idle or starting (each square on the diagram).'
          : 'Execution environments alive now: busy, idle or starting (each square on the diagram).',
      label: kitchen ? 'Stations' : m.shared ? 'Instances' : 'Environments',
      detail: kitchen ? 'open now' : 'live now',
      value: m.instances,
      text: formatCount(m.instances),
    },
    { name: 'busy', hint: kitchen ? 'Stations cooking an order right now, one order each.' : 'Environments running a request right now. One request per environment on on-demand Lambda.',
      label: kitchen ? 'Cooking' : 'Busy', value: m.busy, text: formatCount(m.busy) },
    { name: 'idle', hint: kitchen ? 'Stations set up and free, waiting for an order; packed away after a quiet spell.' : 'Warm environments waiting for a request; reclaimed after the idle timeout.',
      label: kitchen ? 'Free' : 'Idle (warm)', value: m.idle, text: formatCount(m.idle) },
    { name: 'initializing', hint: kitchen ? 'Stations being set up (a cold start) before their first order.' : 'Environments in INIT (a cold start): code loading before the first request runs.',
      label: kitchen ? 'Setting up' : 'Starting', value: m.initializing, text: formatCount(m.initializing), tone: 'cold' },
    { name: 'concurrency', hint: kitchen ? 'Orders in hand: taken and not yet served, including those waiting for a station to be set up. Cooking counts stations at work, so it is lower during set-ups.' : 'Requests in progress: arrived and not yet answered, including those waiting for a cold start. Busy counts environments running code, so it is lower while cold starts are under way.',
      label: kitchen ? 'Orders in hand' : 'Concurrency', value: m.concurrency, text: formatCount(m.concurrency), detail: kitchen ? 'cooking or setting up' : 'requests in progress' },
    {
      name: 'coldStarts',
      hint: kitchen ? 'Orders that waited for a station to be set up, since opening.' : 'Requests that had to wait for a new environment, since the start of the run.',
      label: kitchen ? 'Set-ups' : 'Cold starts',
      value: m.coldStarts,
      text: formatCount(m.coldStarts),
      detail: m.arrivals > 0 ? `${formatPercent(coldShare)} of ${kitchen ? 'orders' : 'requests'}` : undefined,
      tone: 'cold',
    },
    { name: 'throttled', hint: kitchen ? 'Customers turned away since opening: every station busy and no more allowed.' : 'Requests refused since the start: over the account’s concurrency or scaling limit, or the gateway’s rate limit.',
      label: kitchen ? 'Not served' : 'Throttled', value: m.throttled, text: formatCount(m.throttled), tone: m.throttled > 0 ? 'bad' : undefined },
    { name: 'p50', hint: kitchen ? 'Median time from order to dish: half the orders were faster.' : 'Median response time over the last seconds: half the requests were faster.',
      label: kitchen ? 'p50 order time' : 'p50 latency', value: m.p50, text: formatMs(m.p50) },
    { name: 'p99', hint: kitchen ? 'Order time 99% of orders beat: where set-ups show.' : 'Response time 99% of requests beat: where cold starts show.',
      label: kitchen ? 'p99 order time' : 'p99 latency', value: m.p99, text: formatMs(m.p99) },
    {
      name: 'cost',
      hint: kitchen ? 'The pop-up bill so far: cooking time, a fee per order, the host stand and the pantry.' : 'What the serverless stack has billed so far: Lambda compute and requests, API Gateway, DynamoDB (and SQS, SNS, S3 when on).',
      label: kitchen ? 'Pop-up bill' : 'Serverless $',
      value: m.cost,
      text: formatUsd(m.cost),
      detail: m.perMillion > 0 ? `${formatUsd(m.perMillion)} / M ${kitchen ? 'orders' : 'req'}` : undefined,
      tone: 'money',
    },
    {
      name: 'serverCost',
      hint: kitchen ? 'Rent for a restaurant sized for this crowd over the same time, open or empty.' : 'What an always-on fleet sized for this traffic has cost over the same time, whether busy or not.',
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
  const watched = new Set(watch);
  const shown = watch ? [...metrics.filter((x) => watched.has(x.name)), ...metrics.filter((x) => !watched.has(x.name))] : metrics;
  return (
    <div>
    <dl className={`grid gap-1.5 ${compact ? 'grid-cols-[repeat(auto-fill,minmax(6.25rem,1fr))]' : 'grid-cols-[repeat(auto-fill,minmax(6.75rem,1fr))]'}`}>
      {shown.map((x) => (
        <div
          key={x.name}
          data-metric={x.name}
          data-value={String(x.value)}
          data-watch={watched.has(x.name) || undefined}
          title={x.hint}
          className={`min-w-0 rounded-md bg-[var(--surface)] px-2 py-1 ${watched.has(x.name) ? 'ring-2 ring-amber-500 dark:ring-amber-400' : ''}`}
        >
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
      <details className="mt-1.5 text-xs text-[var(--muted-fg)] print:hidden">
        <summary className="cursor-pointer">{kitchen ? 'What these numbers mean' : 'What the numbers mean'}</summary>
        <dl className="mt-1 space-y-1">
          {metrics.map((x) => (
            <div key={x.name}>
              <dt className="inline font-semibold text-[var(--page-fg)]">{x.label}: </dt>
              <dd className="inline">{x.hint}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
