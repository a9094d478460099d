import { expect, test as base, type Page, type Worker } from '@playwright/test';

export { expect };
export type { Locator, Page } from '@playwright/test';

/** One refusal by the Content-Security-Policy, as the page (or the browser's console) reported it. */
export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
}

declare global {
  interface Window {
    __reportCspViolation?: (v: Omit<CspViolation, 'page'>) => void;
  }
}

/**
 * Every e2e test runs the site as deployed: scripts/serve.mjs sends the headers of out/_headers,
 * and each page carries its <meta> policy. This fixture listens for `securitypolicyviolation` in
 * every page and frame the test opens (and for the console's CSP refusals, which also cover
 * workers), and fails the test if anything was refused. A test that provokes a refusal on purpose
 * checks `cspViolations` and empties it.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await context.exposeBinding('__reportCspViolation', ({ frame }, v: Omit<CspViolation, 'page'>) => violations.push({ page: frame.url(), ...v }));
      await context.addInitScript(() => {
        window.addEventListener(
          'securitypolicyviolation',
          (e: SecurityPolicyViolationEvent) => window.__reportCspViolation?.({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` }),
          true,
        );
      });
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) {
          violations.push({ page: message.page()?.url() ?? '', directive: 'console', blocked: message.text().slice(0, 300), source: message.location().url });
        }
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** The page's Web Worker named `name` (other than `not`), once it exists. */
export async function namedWorker(page: Page, name: string, not?: Worker): Promise<Worker> {
  let found: Worker | undefined;
  await expect
    .poll(async () => {
      for (const w of page.workers()) {
        if (w !== not && (await w.evaluate(() => self.name).catch(() => '')) === name) found = w;
      }
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

/** Makes a worker stop answering: a loop that never yields (what a bug or a starved device looks like). */
export function hang(worker: Worker): void {
  void worker
    .evaluate(() => {
      for (;;);
    })
    .catch(() => {});
}

/**
 * Waits until a request dot holds still (same request, same place in two looks 250 ms apart): a
 * frame already on its way when Pause was pressed may still land. Returns the dot's request id.
 */
export async function waitForStillDot(dot: import('@playwright/test').Locator): Promise<string | null> {
  const where = () => dot.evaluate((c) => `${c.getAttribute('data-id')}@${c.getAttribute('cx')},${c.getAttribute('cy')}`);
  let seen = '';
  await expect
    .poll(async () => {
      const now = await where();
      const still = now === seen;
      seen = now;
      return still;
    }, { intervals: [250] })
    .toBe(true);
  return dot.getAttribute('data-id');
}
