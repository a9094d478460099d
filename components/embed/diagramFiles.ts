import type { Skin } from '@/components/pipeline/graph';
import { darkPalette, lightPalette, type PipelinePalette } from '@/components/pipeline/palette';

/** The static diagram files in the export (/diagrams/NAME.svg). */
export const diagramFiles: { name: string; skin: Skin; theme: 'light' | 'dark'; palette: PipelinePalette }[] = [
  { name: 'pipeline', skin: 'cloud', theme: 'light', palette: lightPalette },
  { name: 'pipeline-dark', skin: 'cloud', theme: 'dark', palette: darkPalette },
  { name: 'pipeline-kitchen', skin: 'kitchen', theme: 'light', palette: lightPalette },
  { name: 'pipeline-kitchen-dark', skin: 'kitchen', theme: 'dark', palette: darkPalette },
];
