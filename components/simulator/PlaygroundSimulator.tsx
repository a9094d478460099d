'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { previewScenario } from '@/simulations/defaults';
import { defaultChoice } from './compare';
import { SimulatorPlaceholder } from './SimulatorPlaceholder';
import { scenarioFor } from './store';
import { parseParams, type SimulatorParams } from './urlState';
import { queryFor, replaceSimulatorQuery } from './useUrlSync';

const Simulator = dynamic(() => import('./Simulator').then((m) => m.Simulator), {
  ssr: false,
  loading: () => <SimulatorPlaceholder variant="full" />,
});
const CompareSimulator = dynamic(() => import('./CompareSimulator').then((m) => m.CompareSimulator), {
  ssr: false,
  loading: () => <SimulatorPlaceholder variant="full" />,
});

/**
 * The full-width simulator of /playground, state in the URL; with `compare=…`, two setups side by
 * side. Switching writes the URL first, and the simulator that takes over reads it from there.
 */
export function PlaygroundSimulator() {
  const [comparing, setComparing] = useState(() => typeof window !== 'undefined' && parseParams(window.location.search).params.compare !== undefined);
  const [generation, setGeneration] = useState(0);
  const switchTo = (params: SimulatorParams, playing: boolean) => {
    replaceSimulatorQuery(queryFor(params, playing));
    setComparing(params.compare !== undefined);
    setGeneration((n) => n + 1);
  };
  if (comparing) return <CompareSimulator key={generation} variant="full" urlSync onStop={switchTo} />;
  return (
    <Simulator
      key={generation}
      variant="full"
      urlSync
      listenForScenes
      onCompare={(params, playing) => switchTo({ ...params, compare: defaultChoice('platform', previewScenario(scenarioFor(params))) }, playing)}
    />
  );
}
