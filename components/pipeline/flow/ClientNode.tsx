'use client';

import { memo } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { pipelineNodes } from '../graph';
import { clientSubtitle } from '../nodeWords';
import { NodeFrame } from './NodeFrame';

const node = pipelineNodes.find((n) => n.id === 'client')!;

/** Where requests come from: shows the current arrival rate. */
export const ClientNode = memo(function ClientNode() {
  const skin = useSimulator((s) => s.params.skin);
  const subtitle = useSimulator(clientSubtitle);
  return <NodeFrame title={node.label[skin].title} subtitle={subtitle} accent testId="node-client" />;
});
