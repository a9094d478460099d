import type { Metadata } from 'next';
import { pageMetadata } from '@/app/pageMetadata';
import { ArticlePage } from '@/components/article/ArticlePage';
import { pageByRoute } from '@/content/manifest';

const page = pageByRoute('/docs/embedding')!;

export const metadata: Metadata = pageMetadata(page);

export default function EmbeddingDocsPage() {
  return <ArticlePage page={page} />;
}
