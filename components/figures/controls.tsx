'use client';
/** The live figures' controls: native inputs, labelled, keyboard-operable, and as tall as their poster stand-ins. */
import { useId } from 'react';
import { Skinned, type Words } from './Skinned';

/** A labelled range input with its value written beside the label. */
export function RangeControl({
  label,
  value,
  min,
  max,
  step,
  text,
  onChange,
}: {
  label: Words | string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value for people (also the slider's aria-valuetext). */
  text: string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="flex h-14 flex-col justify-center">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          {typeof label === 'string' ? label : <Skinned words={label} />}
        </label>
        <output htmlFor={id} className="text-sm text-[var(--muted-fg)] tabular-nums">
          {text}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        onChange={(e) => onChange(Number(e.target.value))}
        className="mt-1 h-6 w-full accent-brand-600"
      />
    </div>
  );
}

/** A set of mutually exclusive choices as pressed/unpressed buttons. */
export function ChoiceControl<T extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: Words | string;
  value: T;
  options: { value: T; text: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="flex h-14 flex-col justify-center">
      <span id={id} className="text-sm font-semibold">
        {typeof label === 'string' ? label : <Skinned words={label} />}
      </span>
      <div role="group" aria-labelledby={id} className="mt-1 inline-flex w-fit flex-wrap overflow-hidden rounded-md border border-[var(--border)] text-xs">
        {options.map((o) => (
          <button
            key={String(o.value)}
            type="button"
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
            className="px-2 py-1 tabular-nums focus-visible:outline-offset-[-3px] aria-pressed:bg-brand-600 aria-pressed:text-white"
          >
            {o.text}
          </button>
        ))}
      </div>
    </div>
  );
}
