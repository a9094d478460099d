'use client';

import { INSTANCES, LIMITS, PRICES, RUNTIMES, type InstanceType, type RuntimeName } from '@/simulations/facts';
import type { ScenarioInput } from '@/simulations';
import { PLATFORM_CONCURRENCY, PLATFORMS, type Platform } from '@/simulations/defaults';
import { PLATFORM_NAME } from './compare';
import { formatCount, formatPerMillion } from './format';
import { useSimulator } from './SimulatorContext';
import { useCommitField } from './useCommitField';
import { shownSettings } from './store';

/** Memory sizes offered: Lambda's range, with the size that gets one full vCPU. */
const MEMORY_MB = [LIMITS.lambdaMemoryMinMB.value, 256, 512, 1024, LIMITS.memoryPerVcpuMB.value, 2048, 3008, 4096, LIMITS.lambdaMemoryMaxMB.value];
const IDLE_SECONDS = [60, 300, 600, 1800, 3600];
/** Function timeouts offered: the console's default (3 s), then up to Lambda's maximum. */
const TIMEOUT_SECONDS = [3, 10, 30, 60, 300, LIMITS.lambdaTimeoutMs.value / 1000];

/** A menu of durations in seconds, with the current value added if it is not among them. */
function secondsOptions(list: readonly number[], current: number) {
  return [...new Set([...list, current])].sort((a, b) => a - b).map((s) => ({ value: s, label: s < 60 ? `${s} s` : `${Math.round(s / 6) / 10} min` }));
}
const field = 'mt-0.5 h-9 w-full rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-2 text-sm';

function Select<T extends string | number>({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  hint?: string;
}) {
  return (
    <label className="block text-sm">
      <span className="block font-semibold">{label}</span>
      <select
        className={field}
        value={String(value)}
        onChange={(e) => {
          const raw = e.target.value;
          const opt = options.find((o) => String(o.value) === raw);
          if (opt) onChange(opt.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && <span className="mt-0.5 block text-xs text-[var(--muted-fg)]">{hint}</span>}
    </label>
  );
}

function NumberField({
  label,
  value,
  min,
  max,
  onCommit,
  hint,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (v: number) => void;
  hint?: string;
}) {
  // Whole numbers, clamped to [min, max].
  const commitProps = useCommitField(
    value,
    (raw) => {
      const n = Math.round(Number(raw));
      return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : null;
    },
    onCommit,
  );
  return (
    <label className="block text-sm">
      <span className="block font-semibold">{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        {...commitProps}
        className={`${field} tabular-nums`}
      />
      {hint && <span className="mt-0.5 block text-xs text-[var(--muted-fg)]">{hint}</span>}
    </label>
  );
}

/** Function, gateway, database, async path and the always-on fleet. */
export function AdvancedControls() {
  // The scenario as the engine validated it: every field there, defaults applied.
  const sc = useSimulator(shownSettings);
  const setConfig = useSimulator((s) => s.setConfig);
  const restartWith = useSimulator((s) => s.restartWith);
  const setPlatform = useSimulator((s) => s.setPlatform);
  // The settings keep AWS's names (they are what a reader will configure); the kitchen view adds its words beside them.
  const k = useSimulator((s) => s.params.skin === 'kitchen');
  const fn = sc.function;
  const server = sc.server;
  const { minInstances, maxInstances } = server;
  const live = (patch: ScenarioInput) => setConfig(patch);
  const concurrency = fn.concurrencyLimit;

  return (
    <div className="space-y-4">
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-xs font-semibold tracking-wide text-[var(--muted-fg)] uppercase">{k ? 'Function (the cooking stations)' : 'Function'}</legend>
        <Select
          label="Platform"
          value={sc.platform}
          options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_NAME[p] }))}
          onChange={(platform: Platform) => setPlatform(platform)}
          hint="restarts the run; compare two side by side from the playground"
        />
        {sc.platform === 'lambda' ? (
          <p className="self-end pb-1 text-xs text-[var(--muted-fg)]">{k ? 'one order per station at a time' : 'one request per environment at a time'}</p>
        ) : (
          <NumberField
            label="Requests per instance"
            value={fn.maxConcurrencyPerInstance}
            min={1}
            max={PLATFORM_CONCURRENCY[sc.platform].max}
            onCommit={(maxConcurrencyPerInstance) => restartWith({ function: { maxConcurrencyPerInstance } })}
            hint={`at most ${formatCount(PLATFORM_CONCURRENCY[sc.platform].max)}; default ${formatCount(PLATFORM_CONCURRENCY[sc.platform].default)}`}
          />
        )}
        <Select
          label="Memory"
          value={fn.memoryMB}
          options={[...new Set([...MEMORY_MB, fn.memoryMB])].sort((a, b) => a - b).map((m) => ({ value: m, label: `${m.toLocaleString('en-US')} MB` }))}
          onChange={(memoryMB) => live({ function: { memoryMB } })}
          hint={`CPU grows with memory (${formatCount(LIMITS.memoryPerVcpuMB.value)} MB = 1 vCPU)`}
        />
        <Select
          label="Runtime"
          value={fn.runtime as RuntimeName}
          options={(Object.keys(RUNTIMES) as RuntimeName[]).map((r) => ({ value: r, label: RUNTIMES[r].label }))}
          onChange={(runtime) => live({ function: { runtime } })}
          hint={k ? 'sets the set-up (cold start) time' : 'sets the cold-start time'}
        />
        <Select
          label="Idle timeout"
          value={fn.idleTimeoutSeconds}
          options={secondsOptions(IDLE_SECONDS, fn.idleTimeoutSeconds)}
          onChange={(idleTimeoutSeconds) => live({ function: { idleTimeoutSeconds } })}
          hint={k ? 'a free station is packed away after this; observed, not documented' : 'observed, not documented'}
        />
        <Select
          label="Timeout"
          value={fn.timeoutSeconds}
          options={secondsOptions(TIMEOUT_SECONDS, fn.timeoutSeconds)}
          onChange={(timeoutSeconds) => live({ function: { timeoutSeconds } })}
          hint={k ? 'a cook gives up on a dish after this (the order fails)' : 'past it Lambda stops the handler: 502'}
        />
        <Select
          label="CPU-bound work"
          value={fn.cpuBound ? 'yes' : 'no'}
          options={[
            { value: 'no', label: 'No (waits on I/O)' },
            { value: 'yes', label: 'Yes, multi-threaded (uses every vCPU)' },
          ]}
          onChange={(v) => live({ function: { cpuBound: v === 'yes' } })}
        />
        <NumberField
          label="Concurrency limit"
          value={concurrency}
          min={0}
          max={100_000}
          onCommit={(concurrencyLimit) =>
            live({ function: { concurrencyLimit, provisionedConcurrency: Math.min(fn.provisionedConcurrency, concurrencyLimit) } })
          }
          hint={`${k ? 'most stations at once; ' : ''}account default ${formatCount(LIMITS.accountConcurrency.value)}`}
        />
        {/* Provisioned concurrency is on-demand Lambda's (the engine refuses it elsewhere). */}
        {sc.platform === 'lambda' && (
          <NumberField
            label="Provisioned"
            value={fn.provisionedConcurrency}
            min={0}
            max={concurrency}
            onCommit={(provisionedConcurrency) => live({ function: { provisionedConcurrency } })}
            hint={k ? 'stations kept set up, paid for while on' : 'kept warm, billed while on'}
          />
        )}
      </fieldset>
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-xs font-semibold tracking-wide text-[var(--muted-fg)] uppercase">{k ? 'Gateway and data (host stand, pantry)' : 'Gateway and data'}</legend>
        <Select
          label="API type"
          value={sc.gateway.type}
          options={[
            { value: 'http', label: `HTTP API (${formatPerMillion(PRICES.httpApiRequest.tiers[0].priceUsd)})` },
            { value: 'rest', label: `REST API (${formatPerMillion(PRICES.restApiRequest.tiers[0].priceUsd)})` },
          ]}
          onChange={(type) => restartWith({ gateway: { type } })}
          hint="restarts the run"
        />
        <Select
          label="DynamoDB"
          value={sc.database.mode}
          options={[
            { value: 'onDemand', label: 'On-demand' },
            {
              value: 'provisioned',
              label:
                sc.database.readCapacityUnits === sc.database.writeCapacityUnits
                  ? `Provisioned (${formatCount(sc.database.readCapacityUnits)} RCU/WCU)`
                  : `Provisioned (${formatCount(sc.database.readCapacityUnits)} RCU, ${formatCount(sc.database.writeCapacityUnits)} WCU)`,
            },
          ]}
          onChange={(mode) => live({ database: { mode } })}
        />
        <Select
          label="Async path"
          value={sc.async.enabled ? (sc.async.sns ? 'sqs+sns' : 'sqs') : 'off'}
          options={[
            { value: 'off', label: 'Off' },
            { value: 'sqs', label: 'SQS queue + worker' },
            { value: 'sqs+sns', label: 'SNS + SQS + worker' },
          ]}
          onChange={(v) => live({ async: { enabled: v !== 'off', sqs: true, sns: v === 'sqs+sns' } })}
          hint={k ? 'a share of orders pin a ticket on the order rail' : 'a share of requests queue work'}
        />
        <Select
          label="S3 per request"
          value={sc.s3.writesPerRequest > 0 ? 'write' : sc.s3.readsPerRequest > 0 ? 'read' : 'none'}
          options={[
            { value: 'none', label: 'None' },
            { value: 'read', label: 'One GET' },
            { value: 'write', label: 'One PUT' },
          ]}
          onChange={(v) => live({ s3: { readsPerRequest: v === 'read' ? 1 : 0, writesPerRequest: v === 'write' ? 1 : 0 } })}
        />
      </fieldset>
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-xs font-semibold tracking-wide text-[var(--muted-fg)] uppercase">{k ? 'Always-on fleet: the rented restaurant (restarts the run)' : 'Always-on fleet (restarts the run)'}</legend>
        <Select
          label="Instance"
          value={server.instanceType as InstanceType}
          options={(Object.keys(INSTANCES) as InstanceType[]).map((i) => ({ value: i, label: `${i} ($${INSTANCES[i].value}/h)` }))}
          onChange={(instanceType) => restartWith({ server: { instanceType } })}
        />
        <Select
          label="Sizing"
          value={server.mode}
          options={[
            { value: 'fixed', label: 'Fixed size' },
            { value: 'autoscaling', label: 'Auto Scaling group' },
          ]}
          onChange={(mode) => restartWith({ server: { mode } })}
        />
        {server.mode === 'autoscaling' ? (
          <>
            <NumberField
              label="Minimum instances"
              value={minInstances}
              min={0}
              max={maxInstances}
              onCommit={(n) => restartWith({ server: { minInstances: n } })}
            />
            <NumberField
              label="Maximum instances"
              value={maxInstances}
              min={Math.max(1, minInstances)}
              max={1000}
              onCommit={(n) => restartWith({ server: { maxInstances: n } })}
            />
          </>
        ) : (
          <NumberField
            label="Instances"
            value={server.instances}
            min={1}
            max={1000}
            onCommit={(n) => restartWith({ server: { instances: n } })}
            hint={k ? 'rented kitchens' : undefined}
          />
        )}
        <NumberField
          label="Requests/s per instance"
          value={server.requestsPerSecondPerInstance}
          min={1}
          max={100_000}
          onCommit={(requestsPerSecondPerInstance) => restartWith({ server: { requestsPerSecondPerInstance } })}
          hint={k ? 'orders one rented kitchen serves a second; a property of your app' : 'a property of your app'}
        />
      </fieldset>
    </div>
  );
}
