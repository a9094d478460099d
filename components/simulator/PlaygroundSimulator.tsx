'use client';

import dynamic from 'next/dynamic';
import { SimulatorPlaceholder } from './SimulatorPlaceholder';

const Simulator = dynamic(() => import('./Simulator').then((m) => m.Simulator), {
  ssr: false,
  loading: () => <SimulatorPlaceholder variant="full" />,
});

/** The full-width simulator of /playground, state in the URL. */
export function PlaygroundSimulator() {
  return <Simulator variant="full" urlSync listenForScenes />;
}
