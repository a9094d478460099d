'use client';

import { memo } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { fullnessText } from '../cells';
import { CELL } from './layout';

/**
 * The diagram's text alternative for how full each instance is, when instances take several
 * requests at once ("Instance 3: 12 of 80 requests"): the diagram is one image to assistive
 * technology, so the cells' fill is written out here, beside it, for the cells it draws. Not a
 * live region: it changes every frame, and is read when the reader reaches it.
 */
export const FunctionFullness = memo(function FunctionFullness() {
  const skin = useSimulator((s) => s.params.skin);
  const text = useSimulator((s) => {
    const envs = s.snapshot?.environments ?? [];
    if (envs.length === 0 || envs[0].capacity <= 1) return '';
    const shown = envs.slice(0, CELL.max).map((e) => fullnessText(skin, e));
    const more = (s.snapshot?.counts.live ?? envs.length) - shown.length;
    return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
  });
  if (!text) return null;
  return <p className="sr-only">{text}</p>;
});
