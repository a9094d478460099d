/** Every inline figure's id: the `data-figure` attribute and the MDX tag's `id` (part of the contract). */
export const FIGURE_IDS = [
  'concurrency',
  'pay-per-use',
  'statelessness',
  'scale-out',
  'cold-start-share',
  'break-even',
  'lifecycle',
  'invocation-modes',
  'scale-to-zero',
  'memory-cpu',
  'provisioned',
  'cold-start-runtimes',
  'upload-path',
  'db-capacity',
  'compute-models',
] as const;

export type FigureId = (typeof FIGURE_IDS)[number];
