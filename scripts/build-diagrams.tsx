/**
 * Writes the diagram files into public/diagrams/ before `next build` copies public/ into the
 * export. Still: light and dark, cloud and pop-up kitchen, drawn by the same component (and the
 * same node/edge description) as the article's figure. Animated: one recorded run of the engine
 * (diagramFiles.ts says which), in each skin and theme. For READMEs, wikis and print.
 *
 *   tsx scripts/build-diagrams.tsx
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { ANIMATED_SCENARIO, ANIMATED_SPEED, animatedDiagramFiles, diagramFiles } from '../components/embed/diagramFiles';
import { PipelineSvg } from '../components/pipeline/PipelineSvg';
import { recordRun } from '../components/pipeline/recording';
import { animatedPipelineSvg } from '../components/pipeline/svgFiles';

const dir = path.join(process.cwd(), 'public', 'diagrams');
mkdirSync(dir, { recursive: true });
for (const file of diagramFiles) {
  const svg = renderToStaticMarkup(
    <PipelineSvg layout="wide" skin={file.skin} palette={file.palette} idPrefix={file.name} standalone />,
  );
  writeFileSync(path.join(dir, `${file.name}.svg`), `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
  console.log(`diagrams: wrote public/diagrams/${file.name}.svg`);
}

const recording = recordRun(JSON.parse(readFileSync(ANIMATED_SCENARIO, 'utf8')), { speed: ANIMATED_SPEED });
for (const file of animatedDiagramFiles) {
  const svg = animatedPipelineSvg(recording, { skin: file.skin, theme: file.theme });
  writeFileSync(path.join(dir, `${file.name}.svg`), svg);
  console.log(`diagrams: wrote public/diagrams/${file.name}.svg (${(Buffer.byteLength(svg) / 1024).toFixed(1)} KB)`);
}
