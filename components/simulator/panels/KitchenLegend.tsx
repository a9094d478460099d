'use client';

import { useId } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { KITCHEN_TERMS } from './kitchenTerms';

/** When the kitchen skin is on: what each kitchen word stands for in the cloud. Renders nothing otherwise. */
export function KitchenLegend({ className = '' }: { className?: string }) {
  const skin = useSimulator((s) => s.params.skin);
  const headingId = useId();
  if (skin !== 'kitchen') return null;
  return (
    <div role="group" aria-labelledby={headingId} className={`rounded-md border border-[var(--border)] bg-[var(--surface)] p-3 text-sm ${className}`}>
      <h3 id={headingId} className="text-sm font-semibold">
        The kitchen, in cloud words
      </h3>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
        {KITCHEN_TERMS.map((t) => (
          <div key={t.kitchen} className="flex min-w-0 flex-wrap gap-x-1.5">
            <dt className="font-medium">{t.kitchen}</dt>
            <dd className="text-[var(--muted-fg)]">
              <span aria-hidden="true">= </span>
              <span className="sr-only">means </span>
              {t.cloud}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
