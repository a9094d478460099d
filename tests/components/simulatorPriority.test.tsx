// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { createSimulation } from '@/simulations';
import { SimulatorContext, useSimulator } from '@/components/simulator/SimulatorContext';
import { createSimulatorStore, isPublishingFrame, type SimulatorStore } from '@/components/simulator/store';

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
const clickFaster = (el: HTMLElement) => el.querySelector('button')!.click();

async function mount(store: SimulatorStore): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  root.render(
    <SimulatorContext.Provider value={store}>
      <Shown />
    </SimulatorContext.Provider>,
  );
  await nextTask();
  return el;
}

function frameAt(timeMs: number) {
  return { snapshot: { ...createSimulation({}).snapshot(), timeMs }, series: [], seriesReset: true };
}

/**
 * A running simulation publishes a frame twenty times a second. What a frame changes renders as a
 * transition, in slices the page can interrupt (a later task); what the reader does renders at
 * once (before the task that did it ends). With zustand's useStore both would render at once.
 */
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

    clickFaster(el);
    await microtasks();
    expect(shown(el)).toBe('t=1234 speed=10');
  });

  it('a frame published while a command is pending does not hold the command back', async () => {
    const store = createSimulatorStore({ params: { rps: 20, speed: 1 } });
    const el = await mount(store);
    store.getState().receiveFrame(frameAt(500));
    clickFaster(el);
    await microtasks();
    // The speed shows at once (with whatever the store holds by then); the frame's render follows.
    expect(shown(el)).toMatch(/speed=10$/);
    await nextTask();
    expect(shown(el)).toBe('t=500 speed=10');
  });

  it('the store says it is publishing a frame only while its subscribers hear of one', () => {
    const store = createSimulatorStore({ params: { rps: 20 } });
    const heard: boolean[] = [];
    store.subscribe(() => heard.push(isPublishingFrame()));
    store.getState().receiveFrame(frameAt(10));
    store.getState().setSpeed(10);
    expect(heard).toEqual([true, false]);
    expect(isPublishingFrame()).toBe(false);
  });
});
