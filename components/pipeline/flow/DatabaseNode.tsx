'use client';

import { memo } from 'react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { formatCount } from '@/components/simulator/format';
import { pipelineNodes } from '../graph';
import { NodeFrame } from './NodeFrame';
import { shownSettings } from '@/components/simulator/store';

const node = pipelineNodes.find((n) => n.id === 'database')!;

/** The database: in the statelessness scene it shows the counter that stays right. */
export const DatabaseNode = memo(function DatabaseNode() {
  const skin = useSimulator((s) => s.params.skin);
  const counter = useSimulator((s) => s.snapshot?.databaseCounter ?? 0);
  const mode = useSimulator((s) => shownSettings(s).database.mode);
  const showCounter = useSimulator((s) => s.params.preset === 'statelessness');
  return (
    <NodeFrame
      title={node.label[skin].title}
      subtitle={showCounter ? `counter: ${formatCount(counter)}` : skin === 'kitchen' ? node.label.kitchen.subtitle : mode === 'onDemand' ? 'on-demand' : 'provisioned capacity'}
      accent
      testId="node-database"
    />
  );
});
