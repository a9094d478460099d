import { cssPalette, type PipelinePalette } from './palette';
import {
  NODE_SIZE,
  VIEWBOX,
  describePipeline,
  edgeGeometry,
  pipelineNodes,
  type Layout,
  type Skin,
} from './graph';

export interface PipelineSvgProps {
  layout?: Layout;
  skin?: Skin;
  palette?: PipelinePalette;
  /** Prefix for element ids, so several drawings can share a page. */
  idPrefix?: string;
  title?: string;
  className?: string;
  /** Standalone files need the SVG namespace and a background rectangle. */
  standalone?: boolean;
}

/** The pipeline as an accessible SVG, drawn from the shared node/edge description. */
export function PipelineSvg({
  layout = 'wide',
  skin = 'cloud',
  palette = cssPalette,
  idPrefix = 'pipeline',
  title,
  className,
  standalone = false,
}: PipelineSvgProps) {
  const { width, height } = NODE_SIZE[layout];
  const view = VIEWBOX[layout];
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const arrow = `${idPrefix}-arrow`;
  const arrowMuted = `${idPrefix}-arrow-muted`;
  const heading =
    title ?? (skin === 'cloud' ? 'Serverless request pipeline' : 'The pop-up kitchen, as a pipeline');
  return (
    <svg
      {...(standalone ? { xmlns: 'http://www.w3.org/2000/svg' } : {})}
      viewBox={`-4 -4 ${view.width + 8} ${view.height + 8}`}
      width={standalone ? view.width + 8 : undefined}
      height={standalone ? view.height + 8 : undefined}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      className={className}
      fontFamily="ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
    >
      <title id={titleId}>{heading}</title>
      <desc id={descId}>{describePipeline(skin)}</desc>
      <defs>
        <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill={palette.edge} />
        </marker>
        <marker id={arrowMuted} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill={palette.besideEdge} />
        </marker>
      </defs>
      {standalone && <rect x={-4} y={-4} width={view.width + 8} height={view.height + 8} fill={palette.background} />}
      {edgeGeometry(layout, skin).map((e) => (
        <g key={e.id}>
          <path
            d={e.path}
            fill="none"
            stroke={e.kind === 'sync' ? palette.edge : palette.besideEdge}
            strokeWidth={e.kind === 'sync' ? 2.5 : 1.75}
            strokeDasharray={e.kind === 'sync' ? undefined : '6 5'}
            markerEnd={`url(#${e.kind === 'sync' ? arrow : arrowMuted})`}
          />
          {layout === 'wide' && (
            <text
              x={e.labelX}
              // Sync edges run between boxes whose gaps are narrower than some labels ("read / write"):
              // the label sits just above the boxes' top edge instead, where nothing can clip it.
              y={e.kind === 'sync' ? e.labelY - height / 2 - 6 : e.labelY}
              textAnchor="middle"
              fontSize={12}
              fill={palette.muted}
              paintOrder="stroke"
              stroke={palette.background === 'transparent' ? 'var(--page-bg, #fff)' : palette.background}
              strokeWidth={4}
            >
              {e.label}
            </text>
          )}
        </g>
      ))}
      {pipelineNodes.map((n) => {
        const { x, y } = n.position[layout];
        const label = n.label[skin];
        const main = n.lane === 'main';
        return (
          <g key={n.id}>
            <rect
              x={x}
              y={y}
              width={width}
              height={height}
              rx={10}
              fill={main ? palette.nodeFill : palette.besideFill}
              stroke={main ? palette.nodeStroke : palette.besideEdge}
              strokeWidth={main ? 2 : 1.25}
              strokeDasharray={main ? undefined : '5 4'}
            />
            <text x={x + width / 2} y={y + height / 2 - 4} textAnchor="middle" fontSize={15} fontWeight={600} fill={palette.text}>
              {label.title}
            </text>
            <text x={x + width / 2} y={y + height / 2 + 15} textAnchor="middle" fontSize={12} fill={palette.muted}>
              {label.subtitle}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
