'use client';

import { memo } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { pipelineNodes } from '../graph';
import { databaseSubtitle } from '../nodeWords';
import { NodeFrame } from './NodeFrame';

const node = pipelineNodes.find((n) => n.id === 'database')!;

/** The database: in the statelessness scene it shows the counter that stays right. */
export const DatabaseNode = memo(function DatabaseNode() {
  const skin = useSimulator((s) => s.params.skin);
  const subtitle = useSimulator(databaseSubtitle);
  return <NodeFrame title={node.label[skin].title} subtitle={subtitle} accent testId="node-database" />;
});
