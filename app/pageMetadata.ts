import type { Metadata } from 'next';
import type { PageEntry } from '@/content/manifest';

/** Title, description, canonical URL and Open Graph tags for a prose page. */
export function pageMetadata(page: PageEntry): Metadata {
  return {
    title: page.route === '/' ? { absolute: `${page.title} · Serverless, Explained` } : page.title,
    description: page.description,
    alternates: { canonical: page.route },
    keywords: [...page.tags],
    openGraph: {
      type: 'article',
      title: page.title,
      description: page.description,
      url: page.route,
      modifiedTime: page.updated,
      tags: [...page.tags],
    },
    twitter: { card: 'summary', title: page.title, description: page.description },
  };
}
