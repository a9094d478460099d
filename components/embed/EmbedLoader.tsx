'use client';

import dynamic from 'next/dynamic';
import { SimulatorPlaceholder } from '@/components/simulator/SimulatorPlaceholder';

const EmbedView = dynamic(() => import('./EmbedView').then((m) => m.EmbedView), {
  ssr: false,
  loading: () => <SimulatorPlaceholder variant="embed" />,
});

/** The embed reads its parameters in the browser (the page itself is static). */
export function EmbedLoader() {
  return <EmbedView />;
}
