import { describe, expect, it } from 'vitest';
import { fillHeight, fullnessText } from '@/components/pipeline/cells';

describe('an instance square that takes several requests at once', () => {
  it('says how full it is in words (its hover text and the diagram\'s text alternative)', () => {
    expect(fullnessText('cloud', { id: 3, state: 'busy', requests: 12, capacity: 80 })).toBe('Instance 3: 12 of 80 requests');
    expect(fullnessText('cloud', { id: 4, state: 'idle', requests: 0, capacity: 80 })).toBe('Instance 4: 0 of 80 requests');
    expect(fullnessText('cloud', { id: 5, state: 'initializing', requests: 1, capacity: 80 })).toBe('Instance 5: 1 of 80 requests, starting');
    expect(fullnessText('kitchen', { id: 2, state: 'busy', requests: 7, capacity: 10 })).toBe('Station 2: 7 of 10 orders');
  });

  it('fills in proportion to the requests it holds, a visible sliver for one, full at capacity', () => {
    expect(fillHeight(0, 80, 10)).toBe(0);
    expect(fillHeight(1, 80, 10)).toBe(1);
    expect(fillHeight(40, 80, 10)).toBe(5);
    expect(fillHeight(60, 80, 10)).toBe(8);
    expect(fillHeight(80, 80, 10)).toBe(10);
  });
});
