'use client';

import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CLIENT_STATUS, type ThrottleCause } from '@/simulations/types';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { formatCount } from '@/components/simulator/format';
import { PLATFORM_NODE_WORDS } from '../cells';
import { pipelineNodes } from '../graph';
import { NodeFrame } from './NodeFrame';
import { shownSettings } from '@/components/simulator/store';

const node = pipelineNodes.find((n) => n.id === 'gateway')!;
/** Refusal causes, and the statuses their clients see (429, 500, 502, 504), grouped by `CLIENT_STATUS` itself. */
const CAUSES = Object.keys(CLIENT_STATUS) as ThrottleCause[];
const STATUSES = [...new Set(CAUSES.map((c) => CLIENT_STATUS[c]))].sort((x, y) => x - y);

/**
 * The front door: what it answered the clients it could not serve. Its own throttle answers 429;
 * a Lambda refusal (concurrency, scaling rate) reaches the client as 500, a failed or timed-out
 * handler as 502, and a function that outlasts the gateway's wait as 504 (`CLIENT_STATUS`). The
 * kitchen skin says turned away (429, 500) and failed (502 and 504: cooking had started).
 */
export const GatewayNode = memo(function GatewayNode() {
  const skin = useSimulator((s) => s.params.skin);
  const throttled = useSimulator((s) => s.snapshot?.totals.throttled ?? 0);
  const by = useSimulator(
    useShallow((s) => {
      const b = s.snapshot?.totals.throttledBy;
      return STATUSES.map((status) => (b ? CAUSES.reduce((n, c) => (CLIENT_STATUS[c] === status ? n + b[c] : n), 0) : 0));
    }),
  );
  const type = useSimulator((s) => shownSettings(s).gateway.type);
  const front = useSimulator((s) => PLATFORM_NODE_WORDS[shownSettings(s).platform].gateway);
  const failed = (by[STATUSES.indexOf(CLIENT_STATUS.database)] ?? 0) + (by[STATUSES.indexOf(CLIENT_STATUS.gatewayTimeout)] ?? 0);
  return (
    <NodeFrame
      title={skin === 'kitchen' ? node.label.kitchen.title : (front?.title ?? node.label.cloud.title)}
      subtitle={skin === 'kitchen' ? node.label.kitchen.subtitle : (front?.subtitle ?? `${type === 'rest' ? 'REST' : 'HTTP'} API`)}
      accent
      testId="node-gateway"
    >
      {throttled > 0 && (
        <div className="text-[11px] font-semibold text-red-700 dark:text-red-300">
          {skin === 'kitchen'
            ? [throttled - failed > 0 ? `${formatCount(throttled - failed)} turned away` : '', failed > 0 ? `${formatCount(failed)} failed` : ''].filter(Boolean).join(' · ')
            : STATUSES.map((status, i) => (by[i] > 0 ? `${formatCount(by[i])} × ${status}` : ''))
                .filter(Boolean)
                .join(' · ')}
        </div>
      )}
    </NodeFrame>
  );
});
