import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

/**
 * A number field that applies on Enter (focus stays) or when it is left, not on every keystroke:
 * the fields that use it restart the run. `accept` turns the typed text into the value to apply,
 * or null to refuse it; an empty, refused or unchanged entry applies nothing and the field shows
 * `value` again. A new `value` from outside (a scene, a rollback) replaces what the field shows.
 * Returns the props to spread on the `<input>`.
 */
export function useCommitField(value: number, accept: (raw: string) => number | null, onCommit: (v: number) => void) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const commit = () => {
    const raw = text.trim();
    const next = raw === '' ? null : accept(raw);
    if (next === null || next === value) {
      setText(String(value));
      return;
    }
    setText(String(next));
    onCommit(next);
  };
  return {
    value: text,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setText(e.target.value),
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') commit();
    },
  };
}
