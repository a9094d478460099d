'use client';

import { memo } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { gatewayRefusals, gatewaySubtitle, gatewayTitle } from '../nodeWords';
import { NodeFrame } from './NodeFrame';

/** The front door, and what it answered the clients it could not serve (nodeWords.gatewayRefusals). */
export const GatewayNode = memo(function GatewayNode() {
  const title = useSimulator(gatewayTitle);
  const subtitle = useSimulator(gatewaySubtitle);
  const refusals = useSimulator(gatewayRefusals);
  return (
    <NodeFrame title={title} subtitle={subtitle} accent testId="node-gateway">
      {refusals && <div className="text-[11px] font-semibold text-red-700 dark:text-red-300">{refusals}</div>}
    </NodeFrame>
  );
});
