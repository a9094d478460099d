'use client';

import { useRef, useState } from 'react';
import { usePrefersReducedMotion } from '@/components/simulator/usePrefersReducedMotion';
import { useFrameSelection } from '@/components/simulator/frameUpdates';
import { useSimulationBridge } from '@/components/simulator/useSimulationBridge';
import { figureChannel } from './figureWorker';
import { createFigureStore, type FigureState, type FigureStore, type FigureStoreInit } from './figureStore';

/** With reduced motion a figure moves in steps this far apart (wall ms), not continuously. */
export const REDUCED_MOTION_STEP_MS = 1000;

/**
 * A live figure's simulation: its own store and engine (in the figures' shared worker) behind the
 * one bridge. It runs only while the figure is on screen and the tab is shown.
 */
export function useFigureSimulation(init: () => FigureStoreInit): { store: FigureStore; container: React.RefObject<HTMLDivElement | null> } {
  const [store] = useState(() => createFigureStore(init()));
  const container = useRef<HTMLDivElement>(null);
  const reduced = usePrefersReducedMotion();
  useSimulationBridge(store, container, { channel: figureChannel, stepMs: reduced ? REDUCED_MOTION_STEP_MS : undefined });
  return { store, container };
}

/** An atomic selection from a figure's store (a frame's changes render as a transition: see useFrameSelection). */
export function useFigure<T>(store: FigureStore, selector: (s: FigureState) => T): T {
  return useFrameSelection(store, selector);
}
