/**
 * Scenes the article can set the simulator to with `<TryIt scene="…">`: a named preset (so the
 * URL's `preset=` replays it), a speed and a short caption of what to watch for.
 */
import { presets, type PresetName } from '@/simulations/presets';
import type { MetricName } from './Readouts';
import type { SceneName } from './sceneEvent';
import type { Speed } from './urlState';

export interface Scene {
  title: string;
  /** What to watch for, shown above the diagram while the scene runs. */
  caption: string;
  /** The same scene told in the pop-up kitchen's words (the kitchen view). */
  kitchen: { title: string; caption: string };
  preset: PresetName;
  /** The speed it starts at. */
  speed: Speed;
  /**
   * Speed changes as the scene's clock passes them (simulated seconds): quick through waiting,
   * slow where something happens (a cold start lasts a fraction of a second). The reader's own
   * choice of speed ends the pacing.
   */
  pace?: readonly { atSeconds: number; speed: Speed }[];
  /** The readouts the caption talks about (at most three: they lead the side column's numbers, highlighted). */
  watch: readonly MetricName[];
  /** What to watch for and when (simulated seconds): the caption counts down to the next one. */
  moments?: readonly { atSeconds: number; cloud: string; kitchen: string }[];
}

export const scenes = {
  'pay-per-use': {
    title: 'Traffic stops, the bill stops',
    caption: 'Forty requests a second for a minute, then nothing. Watch the serverless cost flatten while the always-on fleet keeps billing.',
    kitchen: {
      title: 'No orders, no bill',
      caption: 'Forty orders a second for a minute, then none. Watch the pop-up bill stop growing while the restaurant rent keeps running.',
    },
    watch: ['cost', 'serverCost'],
    preset: 'pay-per-use',
    speed: 10,
    moments: [{ atSeconds: 60, cloud: 'the traffic stops', kitchen: 'the orders stop' }],
  },
  'auto-scaling': {
    title: 'A flash crowd',
    caption: 'Five requests a second jumps to 3,000. Watch new environments start (amber) and the 1,000-concurrency limit turn requests away: Lambda refuses them with 429, and API Gateway answers the client 500.',
    kitchen: {
      title: 'A crowd at the door',
      caption: 'Five customers a second becomes 3,000. Watch new stations being set up (amber) until the limit of 1,000 stations at once; then customers are turned away.',
    },
    watch: ['instances', 'initializing', 'throttled'],
    preset: 'flash-crowd',
    speed: 10,
    // Quick through the quiet start, real time for the crowd.
    pace: [
      { atSeconds: 0, speed: 10 },
      { atSeconds: 27, speed: 1 },
    ],
    moments: [
      { atSeconds: 30, cloud: 'the crowd arrives', kitchen: 'the crowd arrives' },
      { atSeconds: 90, cloud: 'the crowd leaves', kitchen: 'the crowd leaves' },
    ],
  },
  'cold-starts': {
    title: 'A quiet spell, then a burst',
    caption: 'Steady traffic, then 12 silent minutes: every environment is reclaimed after 10 idle minutes, so the next burst cold-starts.',
    kitchen: {
      title: 'A quiet spell, then a rush',
      caption: 'Steady orders, then 12 silent minutes: every station is packed away after 10 quiet minutes, so the next rush waits for set-ups.',
    },
    watch: ['coldStarts', 'instances', 'p99'],
    preset: 'quiet-then-burst',
    speed: 1,
    // Real time while the first environments start cold, a minute a second through the silence,
    // real time again for the burst's cold starts.
    pace: [
      { atSeconds: 0, speed: 1 },
      { atSeconds: 8, speed: 60 },
      { atSeconds: 745, speed: 1 },
    ],
    moments: [
      { atSeconds: 30, cloud: 'the traffic stops', kitchen: 'the orders stop' },
      { atSeconds: 630, cloud: 'idle environments are reclaimed', kitchen: 'idle stations are packed away' },
      { atSeconds: 750, cloud: 'the burst arrives, cold', kitchen: 'the rush arrives, to an empty kitchen' },
    ],
  },
  statelessness: {
    title: 'Where does state live?',
    caption: 'Each square counts visits in its own memory: the counts differ, and vanish when a square is reclaimed. The counter in DynamoDB stays right.',
    kitchen: {
      title: 'Where is the count kept?',
      caption: 'Each square tallies visits on its own notepad: the tallies differ, and are lost when a station is packed away. The count kept in the pantry stays right.',
    },
    watch: ['instances', 'rps'],
    preset: 'statelessness',
    speed: 1,
  },
  'lunch-rush': {
    title: 'Lunch rush',
    caption: 'Twenty requests a second climbs to 200 for two minutes, then settles.',
    kitchen: { title: 'Lunch rush', caption: 'Twenty orders a second climbs to 200 for two minutes, then settles.' },
    watch: ['rps', 'instances', 'coldStarts'],
    preset: 'lunch-rush',
    speed: 10,
    moments: [
      { atSeconds: 60, cloud: 'the rush begins', kitchen: 'the rush begins' },
      { atSeconds: 180, cloud: 'the rush ends', kitchen: 'the rush ends' },
    ],
  },
  'queue-absorbs-spike': {
    title: 'A queue absorbs the spike',
    caption: 'Half of the requests hand a job to SQS. With its consumer capped at 5 batches at a time, the spike piles up in the queue and drains afterwards, while the front end stays fast.',
    kitchen: {
      title: 'The order rail absorbs the rush',
      caption: 'Half of the orders pin a ticket on the order rail. With only 5 back-room cooks taking tickets, the rush piles up on the rail and clears afterwards, while the front counter stays fast.',
    },
    watch: ['throttled', 'p50', 'instances'],
    preset: 'queue-absorbs-spike',
    speed: 10,
    moments: [
      { atSeconds: 30, cloud: 'the spike arrives', kitchen: 'the rush arrives' },
      { atSeconds: 90, cloud: 'the spike ends; the queue drains', kitchen: 'the rush ends; the rail clears' },
    ],
  },
  provisioned: {
    title: 'Provisioned concurrency',
    caption: 'Twenty environments are initialized ahead (ringed squares): bursts up to 20 never cold-start, but they bill all the time.',
    kitchen: {
      title: 'Stations set up ahead',
      caption: 'Twenty stations are set up before the doors open (ringed squares): rushes up to 20 never wait for a set-up, but they are paid for all the time.',
    },
    watch: ['coldStarts', 'cost', 'p99'],
    preset: 'provisioned',
    speed: 10,
  },
  'quiet-night': {
    title: 'A quiet night',
    caption: 'About one request every 20 minutes, longer than the 10-minute idle timeout: most requests find no environment and cold-start, yet the night costs almost nothing. Watch the always-on fleet bill all night.',
    kitchen: {
      title: 'A quiet night',
      caption: 'About one order every 20 minutes: each station is packed away before the next order, so most orders wait for a set-up, yet the night costs almost nothing. The rent keeps running.',
    },
    watch: ['coldStarts', 'cost', 'serverCost'],
    preset: 'quiet-night',
    speed: 600,
  },
  'steady-high': {
    title: 'Steady and high',
    caption: 'A thousand requests a second without a lull: far past the break-even, so eight always-on servers cost a fraction of the serverless bill.',
    kitchen: {
      title: 'Busy without a lull',
      caption: 'A thousand orders a second without a lull: a rented restaurant with eight kitchens costs a fraction of the pop-up’s bill.',
    },
    watch: ['cost', 'serverCost', 'instances'],
    preset: 'steady-high',
    speed: 1,
  },
  'a-day': {
    title: 'A day of traffic',
    caption: 'A 24-hour cycle averaging 50 requests a second: environments follow the curve up and down, while the fixed fleet is paid for all day.',
    kitchen: {
      title: 'A day of orders',
      caption: 'Orders rise and fall over 24 hours, 50 a second on average: stations open and pack away with the curve, while the rent is the same all day.',
    },
    watch: ['instances', 'cost', 'serverCost'],
    preset: 'a-day',
    speed: 600,
  },
} satisfies Record<SceneName, Scene>;

export { SCENE_EVENT, type SceneEventDetail, type SceneName } from './sceneEvent';

/** The scene that runs `preset`, if any (a shared link's preset shows that scene's caption). */
export function sceneForPreset(preset: PresetName): SceneName | null {
  for (const [name, scene] of Object.entries(scenes) as [SceneName, Scene][]) if (scene.preset === preset) return name;
  return null;
}

/** What the Scene menu calls a preset: its own title, or in the kitchen view its scene's kitchen title. */
export function presetTitle(preset: PresetName, kitchen: boolean): string {
  const name = kitchen ? sceneForPreset(preset) : null;
  return name ? scenes[name].kitchen.title : presets[preset].title;
}
