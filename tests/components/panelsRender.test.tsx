import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import type { EngineEvent, RequestTrace, Snapshot } from '@/simulations/types';
import { defaultScenario } from '@/simulations/schema';
import { SimulatorContext } from '@/components/simulator/SimulatorContext';
import { createStore } from 'zustand/vanilla';
import { createSimulatorStore, type SimulatorState } from '@/components/simulator/store';
import { RequestInspector } from '@/components/simulator/panels/RequestInspector';
import { EventLog } from '@/components/simulator/panels/EventLog';
import { LiveSummary } from '@/components/simulator/panels/LiveSummary';
import { SourcesPanel } from '@/components/simulator/panels/SourcesPanel';
import { KitchenLegend } from '@/components/simulator/panels/KitchenLegend';
import { CellLegend } from '@/components/simulator/panels/CellLegend';

const traces: RequestTrace[] = [
  { id: 1, arrivalMs: 100, status: 200, coldStart: true, envId: 1, gatewayMs: 10, waitMs: 0, initMs: 140, handlerMs: 100, databaseMs: 10, totalMs: 260, costUsd: 0.0000045, costParts: { gateway: 0.000001, functionRequest: 0.0000002, functionCompute: 0.0000033, database: 0, s3: 0 }, manual: false },
  { id: 2, arrivalMs: 200, status: 500, throttleCause: 'concurrency', coldStart: false, envId: -1, gatewayMs: 5, waitMs: 0, initMs: 0, handlerMs: 0, databaseMs: 0, totalMs: 5, costUsd: 0.000001, costParts: { gateway: 0.000001, functionRequest: 0, functionCompute: 0, database: 0, s3: 0 }, manual: true },
];
const events: EngineEvent[] = [
  { seq: 0, timeMs: 100, kind: 'coldStart', envId: 1, ms: 140 },
  { seq: 1, timeMs: 31_000, kind: 'throttled', count: 37, cause: 'concurrency' },
];

function withStore(node: ReactNode, skin: 'cloud' | 'kitchen' = 'cloud', selected: number | null = null): string {
  // Server rendering reads the store's initial state, so build one that starts with a snapshot.
  const base = createSimulatorStore({ params: { skin } }).getState();
  const store = createStore<SimulatorState>()(() => ({ ...base, settings: defaultScenario, snapshot: { traces, events } as unknown as Snapshot, selectedTraceId: selected }));
  return renderToStaticMarkup(<SimulatorContext.Provider value={store}>{node}</SimulatorContext.Provider>);
}

describe('panels render', () => {
  it('RequestInspector lists newest first and shows the selected waterfall', () => {
    const html = withStore(<RequestInspector />, 'cloud', 1);
    expect(html.indexOf('#2')).toBeLessThan(html.indexOf('#1'));
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('Cold start (INIT)');
    expect(html).toContain('$0.0000045');
  });

  it('RequestInspector explains a refused request', () => {
    const html = withStore(<RequestInspector />, 'kitchen', 2);
    expect(html).toContain('Why it was turned away');
    expect(html).toContain('Host stand');
    const cloud = withStore(<RequestInspector />, 'cloud', 2);
    expect(cloud).toContain('Why 500');
    expect(cloud).toContain('500 Internal Server Error');
  });

  it('EventLog narrates newest first in a log', () => {
    const html = withStore(<EventLog />, 'kitchen');
    expect(html).toContain('role="log"');
    expect(html).toContain('aria-live="off"');
    expect(html.indexOf('37 customers turned away')).toBeLessThan(html.indexOf('station 1 being set up'));
  });

  it('LiveSummary is a polite status region', () => {
    expect(withStore(<LiveSummary />)).toContain('role="status" aria-live="polite"');
  });

  it('SourcesPanel ends with the credit line', () => {
    const html = withStore(<SourcesPanel />);
    expect(html).toContain('AWS documentation');
    expect(html).toContain('model assumption');
    expect(html).toContain('Diagram drawn with React Flow (MIT).');
    // Addresses named in sources are links.
    expect(html).toContain('href="https://aws.amazon.com/lambda/pricing"');
  });

  it('KitchenLegend only in the kitchen skin', () => {
    expect(withStore(<KitchenLegend />, 'cloud')).toBe('');
    expect(withStore(<KitchenLegend />, 'kitchen')).toContain('Order rail');
  });

  it('CellLegend counts requests per dot', () => {
    expect(withStore(<CellLegend requestsPerDot={1} />)).not.toContain('Each dot');
    expect(withStore(<CellLegend requestsPerDot={25} />, 'kitchen')).toContain('Each dot ≈ 25 orders');
  });
});

describe('the Concurrency readout', () => {
  it('counts requests in progress, not environments starting: provisioned environments warming up with no traffic are 0', async () => {
    const { createSimulation } = await import('@/simulations');
    const { Readouts } = await import('@/components/simulator/Readouts');
    const sim = createSimulation({ traffic: { pattern: 'idle', requestsPerSecond: 0 } });
    sim.advanceTo(1_000);
    // Provisioned concurrency raised live: five environments start up (INIT), with no request.
    sim.setConfig({ function: { provisionedConcurrency: 5 } });
    sim.advanceTo(1_010);
    const snapshot = sim.snapshot();
    expect(snapshot.counts.initializing).toBe(5);
    expect(snapshot.totals.arrivals).toBe(0);
    const base = createSimulatorStore().getState();
    const store = createStore<SimulatorState>()(() => ({ ...base, settings: snapshot.scenario, snapshot }));
    const html = renderToStaticMarkup(
      <SimulatorContext.Provider value={store}>
        <Readouts />
      </SimulatorContext.Provider>,
    );
    expect(html).toMatch(/data-metric="concurrency" data-value="0"/);
    expect(html).toMatch(/data-metric="initializing" data-value="5"/);
  });
});
