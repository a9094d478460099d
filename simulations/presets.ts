/** Named scenarios for the article: `<Simulator preset="lunch-rush" />`. Plain data, partial scenarios. */
import type { ScenarioInput } from './schema';

/** A named scenario with a title and a one-line description for the UI. */
export interface Preset {
  title: string;
  description: string;
  scenario: ScenarioInput;
}

/** The article's presets. */
export const presets = {
  'lunch-rush': {
    title: 'Lunch rush',
    description: 'A food-ordering API: 20 requests/s climbs to 200 for two minutes, then settles back.',
    scenario: {
      durationSeconds: 300,
      traffic: { pattern: 'spike', requestsPerSecond: 20, peakRequestsPerSecond: 200, spikeStartSeconds: 60, spikeDurationSeconds: 120 },
    },
  },
  'flash-crowd': {
    title: 'Flash crowd',
    description: 'A link goes viral: 5 requests/s jumps to 3,000 in an instant. Watch cold starts and the 1,000-concurrency limit.',
    scenario: {
      durationSeconds: 180,
      traffic: { pattern: 'spike', requestsPerSecond: 5, peakRequestsPerSecond: 3000, spikeStartSeconds: 30, spikeDurationSeconds: 60 },
      function: { durationMs: { distribution: 'lognormal', mean: 300, p99: 1200 } },
    },
  },
  'quiet-night': {
    title: 'Quiet night',
    description: 'About one request every 20 minutes: an environment is reclaimed after 10 idle minutes, so roughly 6 requests in 10 cold-start, and the bill is almost zero.',
    scenario: {
      durationSeconds: 8 * 3600,
      traffic: { pattern: 'steady', requestsPerSecond: 1 / 1200 },
    },
  },
  'steady-high': {
    title: 'Steady and high',
    description: '1,000 requests/s without a lull (ten minutes of it): far past the break-even, so eight always-on servers cost a fraction of the serverless bill.',
    scenario: {
      durationSeconds: 600,
      traffic: { pattern: 'steady', requestsPerSecond: 1000 },
      server: { instances: 8 },
    },
  },
  provisioned: {
    title: 'Provisioned concurrency',
    description: 'Twenty environments initialized ahead: no cold starts up to 20 concurrent requests, billed whether used or not.',
    scenario: {
      durationSeconds: 600,
      traffic: { pattern: 'bursty', requestsPerSecond: 100, onSeconds: 20, offSeconds: 100 },
      function: { provisionedConcurrency: 20, runtime: 'java' },
    },
  },
  'queue-absorbs-spike': {
    title: 'A queue absorbs the spike',
    description: 'Half of the requests publish to SNS and hand a job to SQS; a job takes the consumer about 50 ms. Capped at 5 concurrent batches (the event source’s maximum concurrency, set to spare the database), the consumer works through about 100 jobs a second, so the spike’s 200 a second piles up in the queue and drains afterwards, in batches of ten, while the front end stays fast.',
    scenario: {
      durationSeconds: 300,
      traffic: { pattern: 'spike', requestsPerSecond: 20, peakRequestsPerSecond: 400, spikeStartSeconds: 30, spikeDurationSeconds: 60 },
      async: { enabled: true, share: 0.5, sqs: true, sns: true, consumerConcurrency: 5, consumerDurationMs: { distribution: 'lognormal', mean: 50, p99: 200 } },
    },
  },
  'pay-per-use': {
    title: 'Traffic stops, the bill stops',
    description: 'Forty requests/s for a minute, then none: the serverless bill flattens when the traffic ends, while one always-on server keeps billing by the second.',
    scenario: {
      durationSeconds: 300,
      traffic: { pattern: 'steady', requestsPerSecond: 40, timeline: [{ atSeconds: 60, requestsPerSecond: 0 }] },
      server: { instances: 1 },
    },
  },
  'quiet-then-burst': {
    title: 'A quiet spell, then a burst',
    description: '20 requests/s for half a minute, 12 silent minutes (longer than the 10-minute idle timeout, so every environment is reclaimed), then 60 requests/s, which finds no environment left and starts on cold ones.',
    scenario: {
      durationSeconds: 900,
      traffic: {
        pattern: 'steady',
        requestsPerSecond: 20,
        timeline: [
          { atSeconds: 30, requestsPerSecond: 0 },
          { atSeconds: 750, requestsPerSecond: 60 },
        ],
      },
    },
  },
  statelessness: {
    title: 'Where does state live?',
    description: 'A visit counter kept in memory differs per environment and vanishes when one is reclaimed; the one in DynamoDB is right.',
    scenario: {
      durationSeconds: 120,
      traffic: { pattern: 'bursty', requestsPerSecond: 8, onSeconds: 5, offSeconds: 5 },
      function: { idleTimeoutSeconds: 30 },
    },
  },
  'a-day': {
    title: 'A day of traffic',
    description: 'A 24-hour cycle averaging 50 requests/s: serverless follows the curve, the fixed fleet is sized for the peak.',
    scenario: {
      durationSeconds: 86_400,
      traffic: { pattern: 'diurnal', requestsPerSecond: 50, amplitude: 0.8 },
      server: { instances: 1 },
    },
  },
} satisfies Record<string, Preset>;

/** Preset names. */
export type PresetName = keyof typeof presets;
