/**
 * The typed manifest of every prose page: routes, titles, order and metadata. Routes in app/ are
 * generated from it, and previous/next links, the sitemap and the navigation read it too, so a
 * page is added in one place (see content/README.md).
 */
export interface Source {
  title: string;
  author: string;
  /** ISO date the source was published. */
  date: string;
  /** The author's page (the seed article came to us without a public address of its own). */
  authorUrl?: string;
}

export interface PageEntry {
  /** The MDX file in content/, without extension. */
  file: 'serverless' | 'faas' | 'lambda' | 'baas' | 'embedding';
  /** Path of the route, no trailing slash. */
  route: string;
  title: string;
  /** Short label for navigation. */
  navLabel: string;
  description: string;
  category: string;
  tags: readonly string[];
  /** ISO date of the last substantive edit. */
  updated: string;
  basedOn?: Source;
}

export const SEED_SOURCE: Source = {
  title: 'Serverless Architecture Explained',
  author: 'Fer Sigüenza',
  date: '2025-07-02',
  authorUrl: 'https://github.com/fersiguenza',
};

export const pages = [
  {
    file: 'serverless',
    route: '/',
    title: 'Serverless architecture, explained',
    navLabel: 'Serverless',
    description:
      'What serverless really means, told through a pop-up kitchen: cold starts, auto-scaling, pay-per-use and statelessness, with real AWS figures and an honest look at the trade-offs.',
    category: 'Cloud',
    tags: ['serverless', 'cloud-computing', 'architecture', 'faas'],
    updated: '2026-11-26',
    basedOn: SEED_SOURCE,
  },
  {
    file: 'faas',
    route: '/explanations/serverless/faas',
    title: 'Function as a Service (FaaS)',
    navLabel: 'FaaS',
    description:
      'How a function-as-a-service platform runs your code: the function lifecycle from INIT to shutdown, the events that trigger it, and the main providers.',
    category: 'Cloud',
    tags: ['serverless', 'faas', 'lambda'],
    updated: '2026-11-26',
  },
  {
    file: 'lambda',
    route: '/explanations/aws/lambda',
    title: 'AWS Lambda',
    navLabel: 'AWS Lambda',
    description:
      'AWS Lambda in numbers: how it bills, how memory buys CPU, how concurrency and scaling limits work, and how long cold starts take by runtime.',
    category: 'Cloud',
    tags: ['aws', 'lambda', 'pricing', 'cold-starts'],
    updated: '2026-11-26',
  },
  {
    file: 'baas',
    route: '/explanations/serverless/baas',
    title: 'Backend as a Service (BaaS)',
    navLabel: 'BaaS',
    description:
      'Managed back-end services such as databases, storage, queues and authentication: what they are, how they differ from FaaS and how the two combine.',
    category: 'Cloud',
    tags: ['serverless', 'baas', 'dynamodb', 's3'],
    updated: '2026-11-26',
  },
  {
    file: 'embedding',
    route: '/docs/embedding',
    title: 'Embedding the diagram and simulation',
    navLabel: 'Embed',
    description:
      'Put the live serverless pipeline in your own docs: a web component for any site that loads a script, an iframe, and animated SVGs for READMEs. Recipes for Docusaurus, VitePress, MkDocs, Astro, Notion and Confluence; every parameter, themes and CSP notes.',
    category: 'Docs',
    tags: ['embed', 'web component', 'iframe', 'svg', 'docs'],
    updated: '2026-12-02',
  },
] as const satisfies readonly PageEntry[];

export type Page = (typeof pages)[number];

/** The page at a route, or undefined. */
export function pageByRoute(route: string): PageEntry | undefined {
  return pages.find((p) => p.route === route);
}

/** The pages before and after this one in reading order. */
export function neighbours(route: string): { previous?: PageEntry; next?: PageEntry } {
  const i = pages.findIndex((p) => p.route === route);
  if (i < 0) return {};
  return { previous: pages[i - 1], next: pages[i + 1] };
}
