import type { Metadata } from 'next';
import { EmbedView } from '@/components/embed/EmbedView';

export const metadata: Metadata = {
  title: 'Serverless pipeline (embed)',
  description: 'An embeddable, live simulation of a serverless pipeline: client, API Gateway, Lambda and DynamoDB.',
  robots: { index: false },
};

/** Rendered ahead as the poster (see EmbedView); the query string is read in the browser. */
export default function EmbedPipelinePage() {
  return (
    <main aria-label="Serverless pipeline embed">
      <h1 className="sr-only">Serverless pipeline simulation</h1>
      <EmbedView />
    </main>
  );
}
