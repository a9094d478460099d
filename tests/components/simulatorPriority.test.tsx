// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createSimulation } from '@/simulations';
import { SimulatorContext, useSimulator } from '@/components/simulator/SimulatorContext';
import { createSimulatorStore, type SimulatorStore } from '@/components/simulator/store';
import { isPublishingFrame } from '@/components/simulator/frameUpdates';
import { createFigureStore, type FigureStore } from '@/components/figures/figureStore';
import { useFigure } from '@/components/figures/useFigureSimulation';

/** What a reader sees: the simulated time a frame brought and the speed they picked. */
function Shown() {
  const time = useSimulator((s) => s.snapshot?.timeMs ?? -1);
  const speed = useSimulator((s) => s.params.speed);
  const setSpeed = useSimulator((s) => s.setSpeed);
  return (
    <>
      <p>
        t={time} speed={speed}
      </p>
      <button type="button" onClick={() => setSpeed(10)}>
        Faster
      </button>
    </>
  );
}

const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 20));

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
});

const shown = (el: HTMLElement) => el.querySelector('p')!.textContent;
const clickButton = (el: HTMLElement) => el.querySelector('button')!.click();

/** Resolves once its effect runs: React runs effects in tree order, so every sibling before it has subscribed. */
function Ready({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

async function render(node: React.ReactNode): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  // Mounted and subscribed, however long a loaded machine takes (a fixed wait made the tests flaky).
  await new Promise<void>((resolve) =>
    root!.render(
      <>
        {node}
        <Ready onReady={resolve} />
      </>,
    ),
  );
  return el;
}

const mount = (store: SimulatorStore) =>
  render(
    <SimulatorContext.Provider value={store}>
      <Shown />
    </SimulatorContext.Provider>,
  );

const newFigureStore = () => createFigureStore({ scenario: { traffic: { pattern: 'steady', requestsPerSecond: 5 } }, speed: 1 });

/** An inline figure's reading of its own store: the frame's time and whether it plays. */
function FigureShown({ store }: { store: FigureStore }) {
  const time = useFigure(store, (s) => s.frame?.timeMs ?? -1);
  const playing = useFigure(store, (s) => s.playing);
  const pause = useFigure(store, (s) => s.pause);
  return (
    <>
      <p>
        t={time} {playing ? 'playing' : 'paused'}
      </p>
      <button type="button" onClick={pause}>
        Pause
      </button>
    </>
  );
}

function frameAt(timeMs: number) {
  return { type: 'frame' as const, snapshot: { ...createSimulation({}).snapshot(), timeMs }, series: [], seriesReset: true };
}

/**
 * A running simulation publishes a frame twenty times a second. What a frame changes renders as a
 * transition, in slices the page can interrupt (a later task); what the reader does renders at
 * once (before the task that did it ends). With zustand's useStore both would render at once.
 */
const ROWS = 20;

/** A figure whose every frame takes about 40 ms to render: 20 rows of 2 ms each. */
function SlowList({ store, marks }: { store: FigureStore; marks: string[] }) {
  const time = useFigure(store, (s) => s.frame?.timeMs ?? -1);
  return (
    <ul>
      {Array.from({ length: ROWS }, (_, i) => (
        <SlowRow key={i} i={i} time={time} marks={marks} />
      ))}
    </ul>
  );
}

function SlowRow({ i, time, marks }: { i: number; time: number; marks: string[] }) {
  // A render that takes 2 ms on purpose (what the test is about), not a pure one.
  /* eslint-disable react-hooks/purity */
  const end = performance.now() + 2;
  while (performance.now() < end);
  /* eslint-enable react-hooks/purity */
  marks.push(`row ${i}`);
  return <li>{time}</li>;
}

describe('useSimulator: frames yield to the reader', () => {
  it("a frame's numbers render in a later task, a reader's command in the same one", async () => {
    const store = createSimulatorStore({ params: { rps: 20, speed: 1 } });
    const el = await mount(store);
    expect(shown(el)).toBe('t=-1 speed=1');

    store.getState().receiveFrame(frameAt(1234));
    await microtasks();
    expect(shown(el)).toBe('t=-1 speed=1');
    await nextTask();
    expect(shown(el)).toBe('t=1234 speed=1');

    clickButton(el);
    await microtasks();
    expect(shown(el)).toBe('t=1234 speed=10');
  });

  it('a frame published while a command is pending does not hold the command back', async () => {
    const store = createSimulatorStore({ params: { rps: 20, speed: 1 } });
    const el = await mount(store);
    store.getState().receiveFrame(frameAt(500));
    clickButton(el);
    await microtasks();
    // The speed shows at once (with whatever the store holds by then); the frame's render follows.
    expect(shown(el)).toMatch(/speed=10$/);
    await nextTask();
    expect(shown(el)).toBe('t=500 speed=10');
  });

  it("an inline figure's frame renders in a later task too, its Pause button at once", async () => {
    const store = newFigureStore();
    const el = await render(<FigureShown store={store} />);
    expect(shown(el)).toBe('t=-1 playing');
    store.getState().receiveFrame(frameAt(700));
    await microtasks();
    expect(shown(el)).toBe('t=-1 playing');
    await nextTask();
    expect(shown(el)).toBe('t=700 playing');
    clickButton(el);
    await microtasks();
    expect(shown(el)).toBe('t=700 paused');
  });

  it('a frame that takes long to render is rendered in slices, with the page\'s other tasks in between', async () => {
    const store = newFigureStore();
    const marks: string[] = [];
    await render(<SlowList store={store} marks={marks} />);
    marks.length = 0;
    // The page's other work: a task queued again and again while the frame renders.
    let rendering = true;
    const tick = () => {
      marks.push('other task');
      if (rendering) setImmediate(tick);
    };
    store.getState().receiveFrame(frameAt(900));
    // A change that is not a frame and selects nothing new must not turn the frame's render into one block.
    store.setState({ achievedSpeed: 0.5 });
    setImmediate(tick);
    while (marks.filter((m) => m.startsWith('row')).length < ROWS) await nextTask();
    rendering = false;
    const rows = marks.map((m, i) => (m.startsWith('row') ? i : -1)).filter((i) => i >= 0);
    const between = marks.slice(rows[0], rows.at(-1)).filter((m) => m === 'other task');
    expect(between.length).toBeGreaterThan(0);
  });

  it('a change made while a frame waits to render is not lost, even one back to what is on screen', async () => {
    const store = newFigureStore();
    const el = await render(<FigureShown store={store} />);
    expect(shown(el)).toBe('t=-1 playing');
    store.getState().receiveFrame(frameAt(800));
    // Before that frame renders, the run starts again: no frame, as on screen now.
    store.getState().restart();
    await nextTask();
    await nextTask();
    expect(shown(el)).toBe('t=-1 playing');
  });

  it('the store flags a frame only while its subscribers hear of it, and not the frame that answers a changed setting', () => {
    const store = createSimulatorStore({ params: { rps: 20 } });
    // The run's first frame brings its settings (shown at once).
    store.getState().receiveFrame(frameAt(10));
    const heard: boolean[] = [];
    store.subscribe(() => heard.push(isPublishingFrame()));
    store.getState().receiveFrame(frameAt(20));
    store.getState().setSpeed(10);
    // A frame whose settings differ (the engine took a reader's new memory size): the control the
    // reader used shows the engine's settings, so this one renders at once.
    const next = frameAt(30);
    const fn = next.snapshot.scenario.function;
    store.getState().receiveFrame({ ...next, snapshot: { ...next.snapshot, scenario: { ...next.snapshot.scenario, function: { ...fn, memoryMB: fn.memoryMB * 2 } } } });
    expect(heard).toEqual([true, false, false]);
    expect(isPublishingFrame()).toBe(false);
  });
});
