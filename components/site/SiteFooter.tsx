import { SEED_SOURCE } from '@/content/manifest';

/** Credits and where the figures come from. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-[var(--border)]">
      <div className="mx-auto max-w-[90rem] px-4 py-8 text-sm text-[var(--muted-fg)] sm:px-6">
        <p>
          Serverless, Explained. The main article is based on <cite>{SEED_SOURCE.title}</cite> by {SEED_SOURCE.author} (
          {SEED_SOURCE.date}). Prices are AWS us-east-1 list prices; each figure names its source and date where it is used.
        </p>
      </div>
    </footer>
  );
}
