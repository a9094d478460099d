'use client';

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { formatCount } from '@/components/simulator/format';
import { pipelineNodes, type PipelineNodeId } from '../graph';
import { NodeFrame } from './NodeFrame';
import { shownSettings } from '@/components/simulator/store';

/** S3, SQS or SNS beside the function; active when the scenario uses it. */
export const ServiceNode = memo(function ServiceNode({ id }: NodeProps) {
  const node = pipelineNodes.find((n) => n.id === (id as PipelineNodeId))!;
  const skin = useSimulator((s) => s.params.skin);
  const detail = useSimulator((s) => {
    const a = s.snapshot?.async;
    const sc = shownSettings(s);
    // The consumer function is not drawn: its running batches ride on the queue's line.
    if (id === 'sqs') return a && sc.async.sqs ? `${formatCount(a.queueDepth)} waiting · ${formatCount(a.consumersBusy)} ${s.params.skin === 'kitchen' ? (a.consumersBusy === 1 ? 'cook busy' : 'cooks busy') : a.consumersBusy === 1 ? 'batch running' : 'batches running'}` : null;
    if (id === 'sns') return a && sc.async.sns ? `${formatCount(a.snsPublished)} ${s.params.skin === 'kitchen' ? 'rung' : 'published'}` : null;
    const s3 = sc.s3.readsPerRequest + sc.s3.writesPerRequest;
    if (s3 === 0) return null;
    return s.params.skin === 'kitchen' ? `${s3} trip${s3 === 1 ? '' : 's'} per order` : `${s3} call${s3 === 1 ? '' : 's'} per request`;
  });
  return <NodeFrame title={node.label[skin].title} subtitle={detail ?? `${node.label[skin].subtitle} · off`} dim={detail === null} testId={`node-${id}`} />;
});
