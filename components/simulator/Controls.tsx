'use client';

import { presets, type PresetName } from '@/simulations/presets';
import { TrafficSlider } from './TrafficSlider';
import { useSimulator } from './SimulatorContext';
import { currentPattern } from './store';
import { presetTitle } from './scenes';
import { useCommitField } from './useCommitField';
import { SPEEDS, type UrlPattern } from './urlState';

const PATTERNS = [
  { value: 'steady', label: 'Steady' },
  { value: 'ramp', label: 'Ramp up' },
  { value: 'spike', label: 'Spike (flash crowd)' },
  { value: 'diurnal', label: 'Day and night' },
  { value: 'bursty', label: 'Bursts' },
  { value: 'idle', label: 'Idle' },
] as const satisfies readonly { value: UrlPattern; label: string }[];

const button =
  'inline-flex h-9 items-center justify-center gap-1.5 rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-3 text-sm font-medium hover:border-[var(--pipe-stroke)] disabled:opacity-50';

/**
 * Play/pause, speed, traffic, scene, seed, reset and "send one request". The side column splits
 * them: `primary` (traffic, Play, Send one, Reset) above the diagram, `more` (speed, scene,
 * pattern, seed) below the numbers.
 */
export function Controls({ idPrefix, trafficOnly = false, part = 'all' }: { idPrefix: string; trafficOnly?: boolean; part?: 'all' | 'primary' | 'more' }) {
  const playing = useSimulator((s) => s.playing);
  // Playing but no frame yet: the engine (or, in an embed, the live simulator) is still loading.
  const starting = useSimulator((s) => s.playing && s.snapshot === null);
  const togglePlay = useSimulator((s) => s.togglePlay);
  const speed = useSimulator((s) => s.params.speed);
  const setSpeed = useSimulator((s) => s.setSpeed);
  const achieved = useSimulator((s) => s.achievedSpeed);
  const preset = useSimulator((s) => s.params.preset);
  const loadPreset = useSimulator((s) => s.loadPreset);
  const pattern = useSimulator(currentPattern);
  const setPattern = useSimulator((s) => s.setPattern);
  const seed = useSimulator((s) => s.params.seed);
  const setSeed = useSimulator((s) => s.setSeed);
  const reset = useSimulator((s) => s.reset);
  const sendRequest = useSimulator((s) => s.sendRequest);
  const kitchen = useSimulator((s) => s.params.skin === 'kitchen');
  // Once the reader changes what a scene set (its caption is gone), the menu says Custom, so
  // choosing the scene again restores it.
  const sceneChanged = useSimulator((s) => s.params.preset !== undefined && s.scene === null);
  // A whole number in range, or refused (not clamped, not rounded).
  const seedProps = useCommitField(
    seed,
    (raw) => {
      const n = Number(raw);
      return Number.isInteger(n) && n >= 0 && n <= 4_294_967_295 ? n : null;
    },
    setSeed,
  );

  if (trafficOnly) {
    return (
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <TrafficSlider id={`${idPrefix}-traffic`} />
        </div>
        <PlayButton playing={playing} starting={starting} onClick={togglePlay} />
      </div>
    );
  }

  const primary = part !== 'more';
  const more = part !== 'primary';
  return (
    <div className="space-y-3">
      {primary && <TrafficSlider id={`${idPrefix}-traffic`} />}
      {primary && <div className="flex flex-wrap items-center gap-2">
        <PlayButton playing={playing} starting={starting} onClick={togglePlay} />
        {/* Paused, it sends exactly one request and follows it in slow motion (the store's sendRequest). */}
        <button type="button" className={button} onClick={sendRequest} title={playing ? undefined : kitchen ? 'Only this order, in slow motion' : 'Only this request, in slow motion (0.1×)'}>
          {kitchen ? 'Place one order' : 'Send one request'}
        </button>
        <button type="button" className={button} onClick={reset}>
          Reset
        </button>
      </div>}
      {more && <fieldset className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <legend className="sr-only">Speed</legend>
        <span className="text-sm font-semibold" aria-hidden="true">
          Speed
        </span>
        {/* The group clips its corners, so focus is drawn inside a segment, in the text colour (visible on the selected one too). */}
        <div className="inline-flex overflow-hidden rounded-md border border-[var(--border)]">
          {SPEEDS.map((s) => (
            <label key={s} className="cursor-pointer">
              <input type="radio" name={`${idPrefix}-speed`} value={s} checked={speed === s} onChange={() => setSpeed(s)} className="peer sr-only" />
              <span className="block px-2.5 py-1 text-sm tabular-nums peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-[-3px] peer-focus-visible:outline-[var(--page-fg)]">
                {s}×
              </span>
            </label>
          ))}
        </div>
        {achieved !== null && playing && (
          <span className="text-xs text-[var(--muted-fg)]" role="status">
            this device keeps up with about {achieved < 1 ? Number(achieved.toPrecision(1)) : Math.round(achieved)}×
          </span>
        )}
      </fieldset>}
      {more && <div className="grid grid-cols-2 gap-2">
        <label className="text-sm">
          <span className="block font-semibold">Scene</span>
          <select
            className="mt-0.5 h-9 w-full rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-2"
            value={sceneChanged ? '' : (preset ?? '')}
            onChange={(e) => loadPreset((e.target.value || undefined) as PresetName | undefined)}
          >
            <option value="">Custom</option>
            {(Object.keys(presets) as PresetName[]).map((name) => (
              <option key={name} value={name}>
                {presetTitle(name, kitchen)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Pattern</span>
          <select
            className="mt-0.5 h-9 w-full rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-2"
            value={pattern}
            // Each pattern takes a shape around the current rate, starting now (patternChange).
            onChange={(e) => setPattern(e.target.value as (typeof PATTERNS)[number]['value'])}
          >
            {PATTERNS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>}
      {more && <label className="flex items-center gap-2 text-sm">
        <span className="font-semibold">Seed</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={4_294_967_295}
          step={1}
          // A new seed restarts the run: it applies on Enter or blur (an emptied field is not seed 0).
          {...seedProps}
          className="h-9 w-28 rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-2 tabular-nums"
        />
        <span className="text-xs text-[var(--muted-fg)]">same seed, same run</span>
      </label>}
    </div>
  );
}

/**
 * Named "Play" or "Pause" by what it will do. While the engine loads after Play it says so, and
 * pressing it then still pauses (the run will not start).
 */
export function PlayButton({ playing, starting = false, onClick, compact = false }: { playing: boolean; starting?: boolean; onClick: () => void; compact?: boolean }) {
  return (
    <button
      type="button"
      className={compact ? `${button} h-7 min-w-[4.75rem] border-[var(--pipe-stroke)] px-2 text-xs` : `${button} min-w-[5.5rem] border-[var(--pipe-stroke)]`}
      onClick={onClick}
    >
      <svg viewBox="0 0 16 16" width={compact ? 12 : 14} height={compact ? 12 : 14} aria-hidden="true" fill="currentColor">
        {playing ? <path d="M3 2h4v12H3zM9 2h4v12H9z" /> : <path d="M3 1.5v13l11-6.5z" />}
      </svg>
      {starting ? 'Starting…' : playing ? 'Pause' : 'Play'}
    </button>
  );
}
