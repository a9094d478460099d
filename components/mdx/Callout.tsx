import type { ReactNode } from 'react';

const STYLES = {
  note: { label: 'Note', className: 'border-brand-500 bg-brand-50 dark:bg-[#13203a]' },
  tip: { label: 'Tip', className: 'border-emerald-600 bg-emerald-50 dark:bg-[#0f2a22]' },
  warning: { label: 'Watch out', className: 'border-amber-600 bg-amber-50 dark:bg-[#2d2110]' },
} as const;

/** A highlighted aside in the prose. */
export function Callout({ type = 'note', title, children }: { type?: keyof typeof STYLES; title?: string; children: ReactNode }) {
  const style = STYLES[type] ?? STYLES.note;
  return (
    <aside className={`my-6 rounded-r-lg border-l-4 px-5 py-1 ${style.className}`} aria-label={title ?? style.label}>
      <p className="mb-0! font-semibold">{title ?? style.label}</p>
      <div className="[&>p:first-child]:mt-2">{children}</div>
    </aside>
  );
}
