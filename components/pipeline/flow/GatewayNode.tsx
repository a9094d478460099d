'use client';

import { memo } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { formatCount } from '@/components/simulator/format';
import { pipelineNodes } from '../graph';
import { NodeFrame } from './NodeFrame';

const node = pipelineNodes.find((n) => n.id === 'gateway')!;

/** The front door: shows how many requests it turned away with 429. */
export const GatewayNode = memo(function GatewayNode() {
  const skin = useSimulator((s) => s.params.skin);
  const throttled = useSimulator((s) => s.snapshot?.totals.throttled ?? 0);
  const type = useSimulator((s) => s.scenario.gateway?.type ?? 'http');
  return (
    <NodeFrame
      title={node.label[skin].title}
      subtitle={skin === 'kitchen' ? node.label.kitchen.subtitle : `${type === 'rest' ? 'REST' : 'HTTP'} API`}
      accent
      testId="node-gateway"
    >
      {throttled > 0 && (
        <div className="text-[11px] font-semibold text-red-700 dark:text-red-300">
          {formatCount(throttled)} {skin === 'kitchen' ? 'turned away' : '× 429'}
        </div>
      )}
    </NodeFrame>
  );
});
