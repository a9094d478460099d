import type { Metadata } from 'next';
import type { PageEntry } from '@/content/manifest';
import { SOCIAL_IMAGE } from './site';

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
      images: [SOCIAL_IMAGE],
    },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images: [SOCIAL_IMAGE.url] },
  };
}
