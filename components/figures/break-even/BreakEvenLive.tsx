'use client';

import { useEffect, useState } from 'react';
import { BreakEvenChart } from '@/components/charts/BreakEvenChart';
import { formatRate, rateInWords } from '@/components/simulator/format';
import { SimulatorContext } from '@/components/simulator/SimulatorContext';
import { createSimulatorStore } from '@/components/simulator/store';
import { pageSkin, subscribePageSkin } from '@/components/site/pageSkin';
import { ChoiceControl, RangeControl } from '../controls';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { ControlRow } from '../parts';
import { BREAK_EVEN, breakEvenRateAt, breakEvenScenario, breakEvenStopOf } from './breakEven';
import { BREAK_EVEN_LIVE_CHART_PX } from './breakEvenSizes';

/**
 * The simulator's break-even chart, inline: a store of its own (no engine behind it: the curve is
 * the engine's analytic monthly model) holding the article's example and the reader's traffic.
 */
export function BreakEvenLive({ onReady }: LiveFigureProps) {
  const [store] = useState(() => {
    const s = createSimulatorStore({ params: { rps: BREAK_EVEN.initialRate, skin: pageSkin() }, autoplay: false });
    s.setState({ scenario: { ...breakEvenScenario(BREAK_EVEN.initialServers), traffic: { pattern: 'steady', requestsPerSecond: BREAK_EVEN.initialRate } } });
    return s;
  });
  const [stop, setStop] = useState(() => breakEvenStopOf(BREAK_EVEN.initialRate));
  const [servers, setServers] = useState<number>(BREAK_EVEN.initialServers);
  useEffect(() => subscribePageSkin((skin) => store.getState().setSkin(skin)), [store]);
  const rps = breakEvenRateAt(stop);
  // The curve is the engine's analytic model: it is drawn within a frame of mounting.
  useFigureReady(onReady, true);
  return (
    <SimulatorContext.Provider value={store}>
      <div className="flex h-full flex-col gap-2">
        <ControlRow>
          <RangeControl
            label={{ cloud: 'Your steady traffic', kitchen: 'Your steady orders' }}
            min={0}
            max={BREAK_EVEN.stopsPerDecade * BREAK_EVEN.decades}
            step={1}
            value={stop}
            text={`${formatRate(rps)}: ${rateInWords(rps)}`}
            onChange={(i) => {
              setStop(i);
              store.getState().setRate(breakEvenRateAt(i));
            }}
          />
          <ChoiceControl
            label="Always-on servers (+ load balancer)"
            value={servers}
            options={BREAK_EVEN.servers.map((n) => ({ value: n, text: `${n} × m7g.large` }))}
            onChange={(n) => {
              setServers(n);
              store.setState({ scenario: { ...store.getState().scenario, server: breakEvenScenario(n).server } });
            }}
          />
        </ControlRow>
        <BreakEvenChart height={BREAK_EVEN_LIVE_CHART_PX} />
      </div>
    </SimulatorContext.Provider>
  );
}
