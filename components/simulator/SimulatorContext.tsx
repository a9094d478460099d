'use client';

import { createContext, useContext } from 'react';
import { useFrameSelection } from './frameUpdates';
import type { SimulatorState, SimulatorStore } from './store';

export const SimulatorContext = createContext<SimulatorStore | null>(null);

/** The store of the simulator this component sits in. */
export function useSimulatorStore(): SimulatorStore {
  const store = useContext(SimulatorContext);
  if (!store) throw new Error('useSimulator: this component must be inside <SimulatorProvider> (the simulator widget renders one).');
  return store;
}

/** An atomic selection from the enclosing simulator's store (a frame's changes render as a transition: see useFrameSelection). */
export function useSimulator<T>(selector: (state: SimulatorState) => T): T {
  return useFrameSelection(useSimulatorStore(), selector);
}
