/**
 * Writes the static pipeline diagrams into public/diagrams/ before `next build` copies public/
 * into the export: light and dark, cloud and pop-up kitchen, drawn by the same component (and the
 * same node/edge description) as the article's figure. For READMEs, wikis and print.
 *
 *   tsx scripts/build-diagrams.tsx
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { diagramFiles } from '../components/embed/diagramFiles';
import { PipelineSvg } from '../components/pipeline/PipelineSvg';

const dir = path.join(process.cwd(), 'public', 'diagrams');
mkdirSync(dir, { recursive: true });
for (const file of diagramFiles) {
  const svg = renderToStaticMarkup(
    <PipelineSvg layout="wide" skin={file.skin} palette={file.palette} idPrefix={file.name} standalone />,
  );
  writeFileSync(path.join(dir, `${file.name}.svg`), `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
  console.log(`diagrams: wrote public/diagrams/${file.name}.svg`);
}
