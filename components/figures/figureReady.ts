'use client';

import { useEffect } from 'react';

/** What LiveSlot passes each live figure. */
export interface LiveFigureProps {
  /** Call once the figure has something real to show: until then its poster stays on top. */
  onReady: () => void;
}

/** Call `onReady` once `ready` holds. */
export function useFigureReady(onReady: () => void, ready: boolean) {
  useEffect(() => {
    if (ready) onReady();
  }, [ready, onReady]);
}
