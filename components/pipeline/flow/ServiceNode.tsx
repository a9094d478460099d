'use client';

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { pipelineNodes } from '../graph';
import { serviceDetail, serviceSubtitle } from '../nodeWords';
import { NodeFrame } from './NodeFrame';

/** S3, SQS or SNS beside the function; active when the scenario uses it. */
export const ServiceNode = memo(function ServiceNode({ id }: NodeProps) {
  const service = id as 's3' | 'sqs' | 'sns';
  const node = pipelineNodes.find((n) => n.id === service)!;
  const skin = useSimulator((s) => s.params.skin);
  const off = useSimulator((s) => serviceDetail(service, s) === null);
  const subtitle = useSimulator((s) => serviceSubtitle(service, s));
  return <NodeFrame title={node.label[skin].title} subtitle={subtitle} dim={off} testId={`node-${id}`} />;
});
