/** Colours of the pipeline drawing. The page passes CSS variables; static SVG files pass hex. */
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
};
