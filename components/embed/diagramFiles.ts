import type { Skin } from '@/components/pipeline/graph';
import { darkPalette, lightPalette, type PipelinePalette } from '@/components/pipeline/palette';

/** The still diagram files in the export (/diagrams/NAME.svg). */
export const diagramFiles: { name: string; skin: Skin; theme: 'light' | 'dark'; palette: PipelinePalette }[] = [
  { name: 'pipeline', skin: 'cloud', theme: 'light', palette: lightPalette },
  { name: 'pipeline-dark', skin: 'cloud', theme: 'dark', palette: darkPalette },
  { name: 'pipeline-kitchen', skin: 'kitchen', theme: 'light', palette: lightPalette },
  { name: 'pipeline-kitchen-dark', skin: 'kitchen', theme: 'dark', palette: darkPalette },
];

/**
 * The animated diagram files (/diagrams/NAME.svg), all recorded from one run of
 * `ANIMATED_SCENARIO` played at `ANIMATED_SPEED`: `auto` follows the reader's colour scheme.
 */
export const animatedDiagramFiles: { name: string; skin: Skin; theme: 'light' | 'dark' | 'auto' }[] = [
  { name: 'pipeline-animated', skin: 'cloud', theme: 'light' },
  { name: 'pipeline-animated-dark', skin: 'cloud', theme: 'dark' },
  { name: 'pipeline-animated-auto', skin: 'cloud', theme: 'auto' },
  { name: 'pipeline-kitchen-animated', skin: 'kitchen', theme: 'light' },
  { name: 'pipeline-kitchen-animated-dark', skin: 'kitchen', theme: 'dark' },
];

/**
 * The scenario of the animated files (a file, so the docs can show it and authors start from it):
 * ten requests a second for 1.2 s, then none, so environments start, serve, go idle and are
 * reclaimed (after 1 s, not AWS's minutes) within a 3 s run that ends as it began, and the loop
 * has no seam. The gateway's 60 ms and the table's 15 ms a call stretch the hops (5 ms each by
 * default) so the dots can be seen moving at 0.2×.
 */
export const ANIMATED_SCENARIO = 'scripts/diagrams/pipeline-animated.json';
export const ANIMATED_SPEED = 0.2;
