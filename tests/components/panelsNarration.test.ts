import { describe, expect, it } from 'vitest';
import type { EngineEvent, Snapshot } from '@/simulations/types';
import {
  causeWords,
  describeEvent,
  eventSentence,
  formatDuration,
  recentEvents,
  summarize,
  summaryKey,
} from '@/components/simulator/panels/narration';
import { formatUsd, plural } from '@/components/simulator/format';

const ev = (e: Partial<EngineEvent> & Pick<EngineEvent, 'kind'>): EngineEvent => ({ seq: 1, timeMs: 42_000, ...e });

describe('describeEvent', () => {
  it('cold start, both skins, with the clock', () => {
    const e = ev({ kind: 'coldStart', envId: 7, ms: 140.4 });
    expect(describeEvent(e, 'cloud')).toBe('0:42 cold start: environment 7 initializing, 140 ms');
    expect(describeEvent(e, 'kitchen')).toBe('0:42 station 7 being set up, 140 ms');
  });

  it('cold start rounds small durations to 0.1 ms and omits a missing one', () => {
    expect(eventSentence(ev({ kind: 'coldStart', envId: 1, ms: 14.36 }), 'cloud')).toBe('cold start: environment 1 initializing, 14 ms');
    expect(eventSentence(ev({ kind: 'coldStart', envId: 1, ms: 4.36 }), 'cloud')).toBe('cold start: environment 1 initializing, 4.4 ms');
    expect(eventSentence(ev({ kind: 'coldStart' }), 'cloud')).toBe('cold start: an environment initializing');
    expect(eventSentence(ev({ kind: 'coldStart' }), 'kitchen')).toBe('a station being set up');
  });

  it('reclaimed after idle time, rounded to minutes', () => {
    const e = ev({ kind: 'reclaimed', envId: 3, ms: 600_400, timeMs: 725_000 });
    expect(describeEvent(e, 'cloud')).toBe('12:05 environment 3 reclaimed after 10 min idle');
    expect(describeEvent(e, 'kitchen')).toBe('12:05 station 3 packed away after 10 min without orders');
    expect(eventSentence(ev({ kind: 'reclaimed', envId: 2, ms: 30_000 }), 'cloud')).toBe('environment 2 reclaimed after 30 s idle');
  });

  it('throttles: count and cause in words', () => {
    const e = ev({ kind: 'throttled', count: 37, cause: 'concurrency', timeMs: 31_000 });
    expect(describeEvent(e, 'cloud')).toBe('0:31 37 requests throttled (concurrency limit)');
    expect(describeEvent(e, 'kitchen')).toBe('0:31 37 customers turned away: station limit reached');
    expect(eventSentence(ev({ kind: 'throttled', count: 1, cause: 'gateway' }), 'cloud')).toBe('1 request throttled (API Gateway rate limit)');
    expect(eventSentence(ev({ kind: 'throttled', count: 2, cause: 'scalingRate' }), 'cloud')).toBe('2 requests throttled (scaling-rate limit)');
    expect(eventSentence(ev({ kind: 'throttled', count: 1, cause: 'database' }), 'kitchen')).toBe('1 order failed: the pantry cannot keep up');
    expect(eventSentence(ev({ kind: 'throttled', count: 1234, cause: 'database' }), 'cloud')).toBe('1,234 requests throttled (DynamoDB capacity)');
  });

  it('every cause has words in both skins', () => {
    for (const cause of ['gateway', 'concurrency', 'scalingRate', 'database'] as const) {
      expect(causeWords(cause, 'cloud').length).toBeGreaterThan(3);
      expect(causeWords(cause, 'kitchen').length).toBeGreaterThan(3);
      expect(causeWords(cause, 'kitchen')).not.toBe(causeWords(cause, 'cloud'));
    }
  });

  it('scale up and scale to zero', () => {
    expect(eventSentence(ev({ kind: 'scaleUp', count: 100 }), 'cloud')).toBe('scaled up to 100 environments');
    expect(eventSentence(ev({ kind: 'scaleUp', count: 100 }), 'kitchen')).toBe('rush: 100 stations open');
    expect(eventSentence(ev({ kind: 'scaleToZero' }), 'cloud')).toMatch(/^scaled to zero/);
    expect(eventSentence(ev({ kind: 'scaleToZero' }), 'kitchen')).toMatch(/^every station packed away/);
  });

  it('traffic changes in requests or orders', () => {
    expect(eventSentence(ev({ kind: 'trafficChange', count: 120 }), 'cloud')).toBe('traffic now 120 requests per second');
    expect(eventSentence(ev({ kind: 'trafficChange', count: 120 }), 'kitchen')).toBe('orders now: 120 per second');
    expect(eventSentence(ev({ kind: 'trafficChange', count: 1 }), 'kitchen')).toBe('orders now: 1 per second');
    expect(eventSentence(ev({ kind: 'trafficChange', count: 1 / 300 }), 'kitchen')).toBe('orders now: one every 5 minutes');
    expect(eventSentence(ev({ kind: 'trafficChange', count: 0 }), 'cloud')).toBe('traffic now no traffic');
    expect(eventSentence(ev({ kind: 'trafficChange', count: 0 }), 'kitchen')).toBe('orders now: none');
  });

  it('provisioned environments and the server fleet', () => {
    expect(eventSentence(ev({ kind: 'provisionedReady', envId: 4 }), 'cloud')).toBe('provisioned environment 4 ready, initialized ahead of traffic');
    expect(eventSentence(ev({ kind: 'provisionedReady', envId: 4 }), 'kitchen')).toBe('station 4 set up ahead of time, kept ready');
    expect(eventSentence(ev({ kind: 'serverScaleOut', count: 3 }), 'cloud')).toBe('always-on fleet scaled out to 3 instances');
    expect(eventSentence(ev({ kind: 'serverScaleIn', count: 1 }), 'cloud')).toBe('always-on fleet scaled in to 1 instance');
    expect(eventSentence(ev({ kind: 'serverScaleOut' }), 'kitchen')).toBe('the rented restaurant adds a kitchen');
    expect(eventSentence(ev({ kind: 'serverScaleIn', count: 2 }), 'kitchen')).toBe('the rented restaurant shrinks to 2 rented kitchens');
  });

  it('long clocks', () => {
    expect(describeEvent(ev({ kind: 'scaleToZero', timeMs: 3_725_000 }), 'cloud')).toMatch(/^1:02:05 /);
  });
});

describe('formatting helpers', () => {
  it('formatDuration picks a unit and rounds', () => {
    expect(formatDuration(140.4)).toBe('140 ms');
    expect(formatDuration(4500)).toBe('4.5 s');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(119_000)).toBe('119 s');
    expect(formatDuration(150_000)).toBe('2.5 min');
    expect(formatDuration(600_000)).toBe('10 min');
    expect(formatDuration(599_700)).toBe('10 min');
    expect(formatDuration(3 * 3_600_000)).toBe('3 h');
    expect(formatDuration(3 * 86_400_000)).toBe('3 d');
    expect(formatDuration(-1)).toBe('–');
  });

  it('formatUsd never uses exponent notation', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(0.0000021)).toBe('$0.0000021');
    expect(formatUsd(2e-7)).toBe('$0.0000002');
    expect(formatUsd(0.00000123456)).toBe('$0.0000012');
    expect(formatUsd(0.0031)).toBe('$0.0031');
    expect(formatUsd(0.0315)).toBe('$0.032');
    expect(formatUsd(12.3)).toBe('$12.30');
    expect(formatUsd(1234.5)).toBe('$1,235');
    expect(formatUsd(1e-12)).toBe('$0.000000000001');
  });

  it('plural', () => {
    expect(plural(1, 'request')).toBe('1 request');
    expect(plural(0, 'request')).toBe('0 requests');
    expect(plural(2, 'set-up')).toBe('2 set-ups');
  });
});

function snap(over: { live?: number; initializing?: number; coldStarts?: number; throttled?: number; cost?: number; rps?: number } = {}): Snapshot {
  return {
    timeMs: 60_000,
    requestsPerSecond: over.rps ?? 12,
    counts: { live: over.live ?? 12, busy: 5, idle: 4, initializing: over.initializing ?? 3, reclaimedTotal: 0, provisioned: 0 },
    totals: {
      arrivals: 100,
      completed: 90,
      throttled: over.throttled ?? 0,
      throttledBy: { gateway: 0, concurrency: 0, scalingRate: 0, database: 0 },
      coldStarts: over.coldStarts ?? 2,
      inFlight: 3,
    },
    cost: { gateway: 0, functionRequests: 0, functionCompute: 0, provisionedConcurrency: 0, database: 0, other: 0, total: over.cost ?? 0.0031, perMillionRequests: 0 },
  } as unknown as Snapshot;
}

describe('summarize', () => {
  it('cloud words', () => {
    expect(summarize(snap(), 'cloud')).toBe('Traffic: 12 requests per second. 12 environments, 3 starting. 2 cold starts so far. Throttled: 0. Cost so far $0.0031.');
  });

  it('kitchen words', () => {
    expect(summarize(snap({ coldStarts: 1, throttled: 5 }), 'kitchen')).toBe(
      'Orders: 12 per second. 12 stations open, 3 being set up. 1 set-up so far. Orders not served (turned away or failed): 5. Bill so far $0.0031.',
    );
  });

  it('singulars, rounding and tiny costs', () => {
    const s = summarize(snap({ live: 1, initializing: 0, coldStarts: 1, cost: 0.00000214, rps: 0.04 }), 'cloud');
    expect(s).toBe('Traffic: one request every 25 seconds. 1 environment, 0 starting. 1 cold start so far. Throttled: 0. Cost so far $0.0000021.');
  });

  it('before the first frame', () => {
    expect(summarize(null, 'cloud')).toMatch(/not started/);
    expect(summaryKey(null, 'cloud')).toBe('');
  });

  it('the key ignores cost but notices counts, cold starts, 429s, traffic and skin', () => {
    const base = summaryKey(snap(), 'cloud');
    expect(summaryKey(snap({ cost: 9 }), 'cloud')).toBe(base);
    expect(summaryKey(snap({ rps: 12.01 }), 'cloud')).toBe(base);
    expect(summaryKey(snap({ live: 13 }), 'cloud')).not.toBe(base);
    expect(summaryKey(snap({ initializing: 0 }), 'cloud')).not.toBe(base);
    expect(summaryKey(snap({ coldStarts: 3 }), 'cloud')).not.toBe(base);
    expect(summaryKey(snap({ throttled: 1 }), 'cloud')).not.toBe(base);
    expect(summaryKey(snap({ rps: 20 }), 'cloud')).not.toBe(base);
    expect(summaryKey(snap(), 'kitchen')).not.toBe(base);
  });
});

describe('recentEvents', () => {
  it('newest first, capped, without touching the input', () => {
    const events = [3, 1, 4, 0, 2].map((seq) => ev({ kind: 'coldStart', seq, timeMs: seq * 1000 }));
    const copy = [...events];
    expect(recentEvents(events, 3).map((e) => e.seq)).toEqual([4, 3, 2]);
    expect(events).toEqual(copy);
    expect(recentEvents(undefined)).toEqual([]);
  });
});
