'use client';

import { memo } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { formatRate } from '@/components/simulator/format';
import { pipelineNodes } from '../graph';
import { NodeFrame } from './NodeFrame';

const node = pipelineNodes.find((n) => n.id === 'client')!;

/** Where requests come from: shows the current arrival rate. */
export const ClientNode = memo(function ClientNode() {
  const skin = useSimulator((s) => s.params.skin);
  const rps = useSimulator((s) => s.snapshot?.requestsPerSecond ?? 0);
  return (
    <NodeFrame title={node.label[skin].title} subtitle={skin === 'kitchen' ? `ordering ${formatRate(rps)}` : `${formatRate(rps)} sent`} accent testId="node-client" />
  );
});
