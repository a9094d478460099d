import type { Metadata } from 'next';
import { EmbedLoader } from '@/components/embed/EmbedLoader';

export const metadata: Metadata = {
  title: 'Serverless pipeline (embed)',
  description: 'An embeddable, live simulation of a serverless pipeline: client, API Gateway, Lambda and DynamoDB.',
  robots: { index: false },
};

export default function EmbedPipelinePage() {
  return (
    <main aria-label="Serverless pipeline embed">
      <h1 className="sr-only">Serverless pipeline simulation</h1>
      <EmbedLoader />
    </main>
  );
}
