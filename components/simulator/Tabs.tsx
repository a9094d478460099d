'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * Accessible tabs (WAI-ARIA pattern, automatic activation); panels render only when selected.
 * `show` opens a tab from outside (each new `n` opens `id` again and scrolls its panel into view).
 */
export function Tabs({ tabs, label, show }: { tabs: { id: string; label: string; content: () => ReactNode }[]; label: string; show?: { id: string; n: number } }) {
  const base = useId();
  const [selected, setSelected] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const panels = useRef<(HTMLDivElement | null)[]>([]);
  // A new request to show opens its tab (state adjusted during render, React's pattern for
  // deriving state from a changed prop), then scrolls the tab into view.
  const [shownN, setShownN] = useState(show?.n ?? 0);
  if (show && show.n !== shownN) {
    setShownN(show.n);
    const i = tabs.findIndex((t) => t.id === show.id);
    if (i >= 0) setSelected(i);
  }
  useEffect(() => {
    // The panel's top goes to the top of the view, so what it shows (below its own list) is on screen.
    if (shownN > 0) panels.current[selected]?.scrollIntoView({ block: 'start' });
    // Only when a new request to show arrives, not on every tab change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownN]);
  const onKeyDown = (e: KeyboardEvent) => {
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight' ? (selected === last ? 0 : selected + 1) : e.key === 'ArrowLeft' ? (selected === 0 ? last : selected - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (next === null) return;
    e.preventDefault();
    setSelected(next);
    refs.current[next]?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-[var(--border)]" onKeyDown={onKeyDown}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={i === selected}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => setSelected(i)}
            className="-mb-px border-b-2 border-transparent px-2.5 py-1.5 text-sm text-[var(--muted-fg)] hover:text-[var(--page-fg)] aria-selected:border-[var(--pipe-stroke)] aria-selected:font-semibold aria-selected:text-[var(--page-fg)]"
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div
          key={t.id}
          ref={(el) => {
            panels.current[i] = el;
          }}
          role="tabpanel" id={`${base}-panel-${t.id}`} aria-labelledby={`${base}-tab-${t.id}`} hidden={i !== selected} tabIndex={0} className="scroll-mt-20 pt-3">
          {i === selected && t.content()}
        </div>
      ))}
    </div>
  );
}
