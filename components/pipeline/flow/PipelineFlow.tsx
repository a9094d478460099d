'use client';

import { domAnimation, LazyMotion, MotionConfig } from 'motion/react';
import { ReactFlow, MarkerType, useReactFlow, useStore as useFlowStore, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useEffect, useMemo } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { pipelineEdges, pipelineNodes, type PipelineNodeId } from '../graph';
import { ClientNode } from './ClientNode';
import { DatabaseNode } from './DatabaseNode';
import { FunctionFullness } from './FunctionFullness';
import { FunctionNode } from './FunctionNode';
import { GatewayNode } from './GatewayNode';
import { FIT_PADDING, FLOW_LAYOUTS, FLOW_SIDES, type FlowLayout } from './layout';
import { RequestEdge, type RequestEdgeData } from './RequestEdge';
import { ServiceNode } from './ServiceNode';
import { shownSettings } from '@/components/simulator/store';

const nodeTypes = { client: ClientNode, gateway: GatewayNode, function: FunctionNode, database: DatabaseNode, service: ServiceNode };
const edgeTypes = { request: RequestEdge };

/** Fits the drawing to its container whenever the container or the layout changes size. */
function AutoFit({ layout }: { layout: FlowLayout }) {
  const { fitView } = useReactFlow();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  useEffect(() => {
    if (width > 0 && height > 0) void fitView({ padding: FIT_PADDING });
  }, [width, height, layout, fitView]);
  return null;
}

function nodeType(id: PipelineNodeId) {
  return id === 's3' || id === 'sqs' || id === 'sns' ? 'service' : id;
}

/**
 * The live pipeline: React Flow nodes and edges from the shared description, read-only. It never
 * takes the page's scroll or pinch, and fills its container (which must have a size).
 */
export function PipelineFlow({ layout, label, onPickRequest, flowId }: { layout: FlowLayout; label: string; onPickRequest?: (id: number) => void; flowId?: string }) {
  const skin = useSimulator((s) => s.params.skin);
  const asyncOn = useSimulator((s) => shownSettings(s).async.enabled);
  const s3On = useSimulator((s) => shownSettings(s).s3.readsPerRequest + shownSettings(s).s3.writesPerRequest > 0);

  const nodes = useMemo<Node[]>(
    () =>
      pipelineNodes.map((n) => {
        const box = FLOW_LAYOUTS[layout].boxes[n.id];
        return {
          id: n.id,
          type: nodeType(n.id),
          position: { x: box.x, y: box.y },
          width: box.width,
          height: box.height,
          data: {},
          draggable: false,
          selectable: false,
          focusable: false,
          ariaLabel: n.label[skin].title,
        };
      }),
    [layout, skin],
  );

  const edges = useMemo<Edge[]>(
    () =>
      pipelineEdges.map((e) => {
        const [from, to] = FLOW_SIDES[layout][e.id];
        const active = e.kind === 'sync' || (e.target === 's3' ? s3On : asyncOn);
        return {
          id: e.id,
          source: e.source,
          target: e.target,
          sourceHandle: `s-${from}`,
          targetHandle: `t-${to}`,
          type: 'request',
          focusable: false,
          selectable: false,
          markerEnd: { type: MarkerType.ArrowClosed, color: e.kind === 'sync' ? 'var(--pipe-edge)' : 'var(--muted-fg)', width: 16, height: 16 },
          data: { kind: e.kind, label: e.label[skin], active, onPick: onPickRequest } satisfies RequestEdgeData,
        };
      }),
    [layout, skin, asyncOn, s3On, onPickRequest],
  );

  return (
    // Motion honours the reader's reduced-motion setting; only the small DOM feature set loads.
    <MotionConfig reducedMotion="user">
      <LazyMotion features={domAnimation} strict>
        <div className="h-full w-full" role="img" aria-label={label}>
          <ReactFlow
            // Two on a page (compare mode) need their own ids (arrow markers are referenced by id).
            id={flowId}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            fitView
            fitViewOptions={{ padding: FIT_PADDING }}
            minZoom={0.2}
            maxZoom={2}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            panOnDrag={false}
            panOnScroll={false}
            zoomOnScroll={false}
            zoomOnPinch={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
            disableKeyboardA11y
            // Credited in the simulator's "Where numbers come from" panel instead, outside the drawing.
            proOptions={{ hideAttribution: true }}
          >
            <AutoFit layout={layout} />
          </ReactFlow>
        </div>
        <FunctionFullness />
      </LazyMotion>
    </MotionConfig>
  );
}
