import type { ComponentType } from 'react';
import type { PageEntry } from './manifest';

/** Loaders for each MDX file, keyed like the manifest's `file`, so bundlers see static imports. */
export const mdxModules: Record<PageEntry['file'], () => Promise<{ default: ComponentType }>> = {
  serverless: () => import('./serverless.mdx'),
  faas: () => import('./faas.mdx'),
  lambda: () => import('./lambda.mdx'),
  baas: () => import('./baas.mdx'),
  embedding: () => import('./embedding.mdx'),
};
