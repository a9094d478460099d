'use client';

import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CLIENT_STATUS } from '@/simulations/types';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { formatCount } from '@/components/simulator/format';
import { pipelineNodes } from '../graph';
import { NodeFrame } from './NodeFrame';

const node = pipelineNodes.find((n) => n.id === 'gateway')!;

/**
 * The front door: what it answered the clients it could not serve. Its own throttle answers 429;
 * a Lambda refusal (concurrency, scaling rate) reaches the client as 500, a failed handler as 502
 * (`CLIENT_STATUS`). The kitchen skin counts them all as turned away.
 */
export const GatewayNode = memo(function GatewayNode() {
  const skin = useSimulator((s) => s.params.skin);
  const throttled = useSimulator((s) => s.snapshot?.totals.throttled ?? 0);
  const by = useSimulator(useShallow((s) => {
    const b = s.snapshot?.totals.throttledBy;
    return b ? [b.gateway, b.concurrency + b.scalingRate, b.database] : [0, 0, 0];
  }));
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
          {skin === 'kitchen'
            ? `${formatCount(throttled)} turned away`
            : [CLIENT_STATUS.gateway, CLIENT_STATUS.concurrency, CLIENT_STATUS.database]
                .map((status, i) => (by[i] > 0 ? `${formatCount(by[i])} × ${status}` : ''))
                .filter(Boolean)
                .join(' · ')}
        </div>
      )}
    </NodeFrame>
  );
});
