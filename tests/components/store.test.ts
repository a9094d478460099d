import { describe, expect, it } from 'vitest';
import { createSimulatorStore } from '@/components/simulator/store';
import type { Command } from '@/components/simulator/protocol';
import { presetTitle, sceneForPreset, scenes, type SceneName } from '@/components/simulator/scenes';
import { presets, type PresetName } from '@/simulations/presets';
import { parseParams, serializeParams } from '@/components/simulator/urlState';

describe('simulator store', () => {
  it('a scenario the engine rejects is rolled back, with a notice, and Reset then restarts what was running', () => {
    const store = createSimulatorStore({ params: { rps: 20 } });
    const sent: Command[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    const before = store.getState().scenario;
    store.getState().restartWith({ server: { mode: 'autoscaling', minInstances: 50, maxInstances: 20 } });
    expect(store.getState().scenario).not.toEqual(before);
    store.getState().rejectReset('server.minInstances: must be between 0 and server.maxInstances (20)', store.getState().runId);
    expect(store.getState().scenario).toEqual(before);
    expect(store.getState().notices.at(-1)).toMatch(/not applied \(server\.minInstances/);
    store.getState().reset();
    expect(sent.at(-1)).toMatchObject({ type: 'reset', scenario: before });
  });

  it('a refusal of a reset that a later one replaced rolls nothing back', () => {
    const store = createSimulatorStore({ params: { rps: 20 } });
    store.setState({ send: () => {} });
    store.getState().restartWith({ server: { minInstances: 50, maxInstances: 20 } });
    const refused = store.getState().runId;
    store.getState().restartWith({ server: { minInstances: 1, maxInstances: 20 } });
    const latest = store.getState().scenario;
    store.getState().rejectReset('server.minInstances: …', refused);
    expect(store.getState().scenario).toEqual(latest);
    expect(store.getState().notices.at(-1)).toMatch(/not applied/);
  });

  it('sending a request while paused sends only that one, in slow motion, so it can be followed', () => {
    const store = createSimulatorStore();
    const sent: Command[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    expect(store.getState().playing).toBe(false);
    store.getState().sendRequest();
    expect(store.getState().playing).toBe(true);
    expect(store.getState().params.speed).toBe(0.1);
    expect(sent).toEqual([{ type: 'setTraffic', change: { pattern: 'idle', requestsPerSecond: 0 } }, { type: 'sendRequest' }]);
  });

  it('Settings changes ride in the params (for the URL), and a scene clears them', () => {
    const store = createSimulatorStore();
    store.getState().setConfig({ function: { runtime: 'python', memoryMB: 2048 } });
    store.getState().restartWith({ gateway: { type: 'rest' } });
    expect(store.getState().params.settings).toEqual({ function: { runtime: 'python' }, gateway: { type: 'rest' } });
    expect(store.getState().params.memoryMB).toBe(2048);
    store.getState().loadPreset('flash-crowd');
    expect(store.getState().params.settings).toBeUndefined();
  });

  it("a link whose settings the engine refuses runs without them, and says so", () => {
    const store = createSimulatorStore({ params: { settings: { function: { runtime: 'cobol' } } as never } });
    const sent: Command[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    expect(store.getState().scenario.function?.runtime).toBe('cobol');
    store.getState().rejectReset('function.runtime: unknown runtime', -1);
    expect(store.getState().params.settings).toBeUndefined();
    expect(store.getState().scenario.function?.runtime).toBeUndefined();
    expect(sent.at(-1)).toMatchObject({ type: 'reset' });
    expect(store.getState().notices.at(-1)).toMatch(/^Ignored the link's settings/);
  });

  it('every article scene survives a reload: its URL restores the same scenario and caption', () => {
    for (const name of Object.keys(scenes) as SceneName[]) {
      const store = createSimulatorStore();
      store.setState({ send: () => {} });
      store.getState().runScene(name);
      const url = serializeParams(store.getState().params);
      const { params, notices } = parseParams(url);
      expect(notices, name).toEqual([]);
      const reloaded = createSimulatorStore({ params });
      expect(reloaded.getState().scenario, name).toEqual(store.getState().scenario);
      expect(reloaded.getState().scene, name).toBe(name);
    }
  });

  it('picking a request asks the engine to keep its trace; a preset from the menu shows its scene', () => {
    const store = createSimulatorStore({ params: { rps: 20 } });
    const sent: Command[] = [];
    store.setState({ send: (cmd) => sent.push(cmd) });
    store.getState().selectTrace(42);
    store.getState().selectTrace(null);
    expect(sent).toEqual([
      { type: 'watchTrace', id: 42 },
      { type: 'watchTrace', id: null },
    ]);
    store.getState().loadPreset('quiet-then-burst');
    expect(store.getState().scene).toBe('cold-starts');
    // Changing what the caption describes (the idle timeout) ends it.
    store.getState().setConfig({ function: { idleTimeoutSeconds: 900 } });
    expect(store.getState().scene).toBeNull();
    expect(createSimulatorStore({ params: { preset: 'quiet-then-burst', idleSeconds: 900 } }).getState().scene).toBeNull();
  });

  it('every preset has a scene, so the kitchen Scene menu names each in kitchen words', () => {
    for (const name of Object.keys(presets) as PresetName[]) {
      expect(sceneForPreset(name), name).not.toBeNull();
      expect(presetTitle(name, false)).toBe(presets[name].title);
    }
    expect(presetTitle('flash-crowd', true)).toBe('A crowd at the door');
    expect(presetTitle('steady-high', true)).toBe('Busy without a lull');
  });

  it('the reader’s own traffic ends a scene’s caption', () => {
    const store = createSimulatorStore();
    store.setState({ send: () => {} });
    store.getState().runScene('pay-per-use');
    expect(store.getState().scene).toBe('pay-per-use');
    store.getState().setRate(5);
    expect(store.getState().scene).toBeNull();
    store.getState().runScene('cold-starts');
    store.getState().setPattern('bursty');
    expect(store.getState().scene).toBeNull();
    // A link that overrides a preset's traffic does not claim the scene's script either.
    expect(createSimulatorStore({ params: { preset: 'pay-per-use', rps: 3 } }).getState().scene).toBeNull();
  });

  it('a pattern keeps its base rate in the URL parameters, and the slider returns to steady', () => {
    const store = createSimulatorStore({ params: { rps: 50 } });
    store.setState({ send: () => {} });
    store.getState().setPattern('spike');
    expect(store.getState().params).toMatchObject({ rps: 50, pattern: 'spike' });
    expect(store.getState().scenario.traffic).toMatchObject({ pattern: 'spike', requestsPerSecond: 50, peakRequestsPerSecond: 1000 });
    store.getState().setRate(80);
    expect(store.getState().params.pattern).toBeUndefined();
  });
});
