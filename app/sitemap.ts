import type { MetadataRoute } from 'next';
import { pages } from '@/content/manifest';
import { SITE_URL } from './site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    ...pages.map((p) => ({
      url: `${SITE_URL}${p.route === '/' ? '' : p.route}`,
      lastModified: p.updated,
      changeFrequency: 'monthly' as const,
      priority: p.route === '/' ? 1 : 0.7,
    })),
    { url: `${SITE_URL}/playground`, changeFrequency: 'monthly', priority: 0.8 },
  ];
}
