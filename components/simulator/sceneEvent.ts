/**
 * What a TryIt or Predict button needs to start a scene: the scenes' names and the event the
 * simulator listens for. Apart from the scenes' data (scenes.ts: captions in two skins, presets),
 * so the article's first load carries only these few bytes.
 */

/** The article's scenes, by name (scenes.ts describes each). */
export const SCENE_NAMES = [
  'pay-per-use',
  'auto-scaling',
  'cold-starts',
  'statelessness',
  'lunch-rush',
  'queue-absorbs-spike',
  'provisioned',
  'quiet-night',
  'steady-high',
  'a-day',
] as const;

export type SceneName = (typeof SCENE_NAMES)[number];

/** True for a known scene name (an event's detail comes from anywhere on the page). */
export function isSceneName(x: unknown): x is SceneName {
  return (SCENE_NAMES as readonly unknown[]).includes(x);
}

/** The event a TryIt button dispatches and the simulator listens for. */
export const SCENE_EVENT = 'serverless-explained:scene';
export interface SceneEventDetail {
  scene: SceneName;
}

/**
 * Set on <html> while a simulator on the page listens for scenes (the article's side simulator):
 * a TryIt then runs its scene there instead of following its link to the playground.
 */
export const SCENE_TARGET_ATTRIBUTE = 'data-scene-target';

/** The playground link that runs a scene (what a TryIt opens on a page with no simulator, or without JavaScript). */
export function sceneHref(scene: SceneName): string {
  return `/playground?scene=${scene}`;
}

/** Opens the article's simulator (on phones, its sheet), as the article's "Open the simulator" button does. */
export const OPEN_SIMULATOR_EVENT = 'serverless-explained:open-simulator';
