import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';
import { SHIKI_OPTIONS } from './content/rehype-code-classes.mjs';

/**
 * Plugins are named as strings so the options stay serializable, which Turbopack (the default
 * bundler in Next 16) requires. Code is highlighted here, at build time: no highlighter ships.
 */
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm'],
    rehypePlugins: [
      'rehype-slug',
      ['rehype-autolink-headings', { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
      ['@shikijs/rehype', SHIKI_OPTIONS],
      // Shiki's inline styles become classes (app/code-colors.css): the CSP allows no inline styles.
      fileURLToPath(new URL('./content/rehype-code-classes.mjs', import.meta.url)),
      // Last: static blocks go to React as HTML strings, so hydration skips them (see the file).
      fileURLToPath(new URL('./content/rehype-static-html.mjs', import.meta.url)),
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: false,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // For profiling a production build by source file: SOURCEMAPS=1 npx next build (never shipped by default).
  productionBrowserSourceMaps: process.env.SOURCEMAPS === '1',
};

export default withMDX(nextConfig);
