import type { Metadata } from 'next';
import { ArticlePage } from '@/components/article/ArticlePage';
import { SimulatorSlot } from '@/components/simulator/SimulatorSlot';
import { pageByRoute } from '@/content/manifest';
import { pageMetadata } from '@/app/pageMetadata';

const page = pageByRoute('/')!;

export const metadata: Metadata = pageMetadata(page);

export default function Home() {
  return <ArticlePage page={page} side={<SimulatorSlot />} />;
}
