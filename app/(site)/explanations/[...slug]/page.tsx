import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { pageByRoute, pages } from '@/content/manifest';
import { pageMetadata } from '@/app/pageMetadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return pages
    .filter((p) => p.route.startsWith('/explanations/'))
    .map((p) => ({ slug: p.route.split('/').slice(2) }));
}

type Props = { params: Promise<{ slug: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = pageByRoute(`/explanations/${slug.join('/')}`);
  return page ? pageMetadata(page) : {};
}

export default async function ExplanationPage({ params }: Props) {
  const { slug } = await params;
  const page = pageByRoute(`/explanations/${slug.join('/')}`);
  if (!page) notFound();
  return <ArticlePage page={page} />;
}
