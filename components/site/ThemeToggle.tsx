'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { applyTheme, THEME_STORAGE_KEY } from './themeScript';

type Choice = 'system' | 'light' | 'dark';
const CHOICES: { value: Choice; label: string; icon: string }[] = [
  { value: 'system', label: 'Follow system theme', icon: 'M4 5h16v10H4zM9 19h6M12 15v4' },
  { value: 'light', label: 'Light theme', icon: 'M12 4v2M12 18v2M4 12h2M18 12h2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z' },
  { value: 'dark', label: 'Dark theme', icon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z' },
];

const listeners = new Set<() => void>();
function read(): Choice {
  try {
    const s = localStorage.getItem(THEME_STORAGE_KEY);
    return s === 'light' || s === 'dark' ? s : 'system';
  } catch {
    return 'system';
  }
}
function subscribe(fn: () => void) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Three buttons: follow the system, light, dark. The choice persists in localStorage. */
export function ThemeToggle() {
  const choice = useSyncExternalStore(subscribe, read, () => 'system' as Choice);

  useEffect(() => {
    if (choice !== 'system') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('system');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [choice]);

  const choose = (value: Choice) => {
    try {
      if (value === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, value);
    } catch {
      // Storage may be blocked (private mode); the theme still applies for this page view.
    }
    applyTheme(value);
    listeners.forEach((l) => l());
  };

  return (
    <div role="group" aria-label="Theme" className="flex items-center rounded-full border border-[var(--border)] p-0.5">
      {CHOICES.map((c) => (
        <button
          key={c.value}
          type="button"
          aria-pressed={choice === c.value}
          aria-label={c.label}
          title={c.label}
          onClick={() => choose(c.value)}
          className="grid h-8 w-8 place-items-center rounded-full text-[var(--muted-fg)] hover:text-[var(--page-fg)] aria-pressed:bg-[var(--surface)] aria-pressed:text-[var(--page-fg)]"
        >
          <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            <path d={c.icon} />
          </svg>
        </button>
      ))}
    </div>
  );
}
