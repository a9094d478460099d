/**
 * Colours of the pipeline drawings. The page passes CSS variables (so the theme applies); static
 * SVG files pass hex. The hex values are the CSS variables' values in app/globals.css and the
 * Tailwind colours of the live diagram's cells (FunctionNode's CELL_CLASS), light and dark.
 */
export interface PipelinePalette {
  background: string;
  nodeFill: string;
  nodeStroke: string;
  besideFill: string;
  text: string;
  muted: string;
  edge: string;
  besideEdge: string;
  accent: string;
  /** Environment cells: starting (amber), busy (blue), idle (hollow green). */
  cellStartingFill: string;
  cellStartingStroke: string;
  cellBusyFill: string;
  cellBusyStroke: string;
  cellIdleStroke: string;
  /** Request dots. */
  dotRequest: string;
  dotResponse: string;
  dotThrottled: string;
}

export const cssPalette: PipelinePalette = {
  background: 'transparent',
  nodeFill: 'var(--pipe-node, #ffffff)',
  nodeStroke: 'var(--pipe-stroke, #2f6fdf)',
  besideFill: 'var(--surface, #f5f7fb)',
  text: 'var(--page-fg, #1c2230)',
  muted: 'var(--muted-fg, #4b5567)',
  edge: 'var(--pipe-edge, #1f58c4)',
  besideEdge: 'var(--muted-fg, #4b5567)',
  accent: 'var(--pipe-stroke, #2f6fdf)',
  cellStartingFill: 'var(--color-amber-400, #ffb900)',
  cellStartingStroke: 'var(--color-amber-700, #bb4d00)',
  cellBusyFill: 'var(--pipe-stroke, #2f6fdf)',
  cellBusyStroke: 'var(--pipe-edge, #1f58c4)',
  cellIdleStroke: 'var(--cell-idle, #009966)',
  dotRequest: 'var(--dot-request, #1f58c4)',
  dotResponse: 'var(--dot-response, #047857)',
  dotThrottled: 'var(--dot-throttled, #c81e1e)',
};

export const lightPalette: PipelinePalette = {
  background: '#ffffff',
  nodeFill: '#ffffff',
  nodeStroke: '#2f6fdf',
  besideFill: '#f5f7fb',
  text: '#1c2230',
  muted: '#4b5567',
  edge: '#1f58c4',
  besideEdge: '#4b5567',
  accent: '#2f6fdf',
  cellStartingFill: '#ffb900',
  cellStartingStroke: '#bb4d00',
  cellBusyFill: '#2f6fdf',
  cellBusyStroke: '#1f58c4',
  cellIdleStroke: '#009966',
  dotRequest: '#1f58c4',
  dotResponse: '#047857',
  dotThrottled: '#c81e1e',
};

export const darkPalette: PipelinePalette = {
  background: '#0e1117',
  nodeFill: '#171b24',
  nodeStroke: '#5f9bff',
  besideFill: '#11151c',
  text: '#e6e9ef',
  muted: '#a9b1c1',
  edge: '#8ab8ff',
  besideEdge: '#a9b1c1',
  accent: '#5f9bff',
  cellStartingFill: '#ffb900',
  cellStartingStroke: '#bb4d00',
  cellBusyFill: '#5f9bff',
  cellBusyStroke: '#8ab8ff',
  cellIdleStroke: '#00d492',
  dotRequest: '#8ab8ff',
  dotResponse: '#34d399',
  dotThrottled: '#f87171',
};
