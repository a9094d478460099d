import type { Metadata } from 'next';
import { pageMetadata } from '@/app/pageMetadata';
import { ArticlePage } from '@/components/article/ArticlePage';
import { pageByRoute } from '@/content/manifest';

const page = pageByRoute('/docs/embedding')!;

export const metadata: Metadata = pageMetadata(page);

export default function EmbeddingDocsPage() {
  return (
    <>
      {/* The web component the page's examples use, loaded as any docs site would load it. */}
      <script src="/embed.js" async />
      <ArticlePage page={page} />
    </>
  );
}
