/** The `concurrency` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { EnvironmentView } from '@/simulations';
import { formatCount, formatMs } from '@/components/simulator/format';
import { FigureBody, Readout, Readouts } from '../parts';
import { Skinned } from '../Skinned';
import { CONCURRENCY } from './concurrency';
import { ConcurrencyPicture } from './ConcurrencyPicture';

export interface ConcurrencyData {
  rps: number;
  durationMs: number;
  /** Mean requests in progress over the window. */
  concurrency: number;
  environments: readonly EnvironmentView[];
  live: number;
}

const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toLocaleString('en-US');

export function ConcurrencyView({ data, controls }: { data: ConcurrencyData; controls: ReactNode }) {
  const expected = (data.rps * data.durationMs) / 1000;
  const label = `${formatCount(data.live)} environments: ${data.environments.filter((e) => e.state === 'busy').length} serving, ${
    data.environments.filter((e) => e.state === 'initializing').length
  } starting, ${data.environments.filter((e) => e.state === 'idle').length} idle.`;
  return (
    <FigureBody
      controls={controls}
      picture={
        <div className="flex h-full flex-col">
          <div className="min-h-0 flex-1">
            <ConcurrencyPicture environments={data.environments} live={data.live} label={label} />
          </div>
          <p className="shrink-0 text-center text-sm tabular-nums">
            <Skinned words={{ cloud: 'Little’s law', kitchen: 'Little’s law' }} />: {formatCount(data.rps)}/s × {(data.durationMs / 1000).toLocaleString("en-US", { maximumFractionDigits: 2 })} s ={' '}
            <strong>{oneDecimal(expected)}</strong> <Skinned words={{ cloud: 'in progress', kitchen: 'orders cooking' }} />; measured{' '}
            <strong>{oneDecimal(data.concurrency)}</strong>
          </p>
        </div>
      }
      readouts={
        <Readouts>
          <Readout metric="rps" label={{ cloud: 'Traffic', kitchen: 'Orders' }} value={data.rps} text={`${formatCount(data.rps)}/s`} />
          <Readout metric="durationMs" label={{ cloud: 'Duration', kitchen: 'Cooking time' }} value={data.durationMs} text={formatMs(data.durationMs)} />
          <Readout
            metric="concurrency"
            label={{ cloud: 'In progress', kitchen: 'Being cooked' }}
            value={data.concurrency}
            text={oneDecimal(data.concurrency)}
            sub={`mean, last ${CONCURRENCY.windowSeconds} s`}
          />
          <Readout metric="environments" label={{ cloud: 'Environments', kitchen: 'Stations' }} value={data.live} text={formatCount(data.live)} sub={<Skinned words={{ cloud: 'incl. idle', kitchen: 'incl. waiting' }} />} />
        </Readouts>
      }
    />
  );
}
