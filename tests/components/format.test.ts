import { describe, expect, it } from 'vitest';
import { formatClock, formatMs, formatPercent, formatUsd, rateInWords } from '@/components/simulator/format';

describe('formatting for readers', () => {
  it('says a rate in words', () => {
    expect(rateInWords(0)).toBe('no traffic');
    expect(rateInWords(1)).toBe('1 request per second');
    expect(rateInWords(1.5)).toBe('1.5 requests per second');
    expect(rateInWords(2.96)).toBe('3 requests per second');
    expect(rateInWords(10_000)).toBe('10,000 requests per second');
    expect(rateInWords(1 / 300)).toBe('one request every 5 minutes');
    expect(rateInWords(0.1)).toBe('one request every 10 seconds');
    // Within about 10%: 100 s is not "2 minutes", 1.5 h is not "2 hours".
    expect(rateInWords(0.01)).toBe('one request every 100 seconds');
    expect(rateInWords(1 / 5400)).toBe('one request every 1.5 hours');
    expect(rateInWords(1 / 86_400)).toBe('one request every 24 hours');
  });

  it('formats money, durations and the simulated clock', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(0.0000021)).toBe('$0.0000021');
    expect(formatUsd(2.734)).toBe('$2.73');
    expect(formatUsd(1234.5)).toBe('$1,235');
    // Cents alone would hide the difference between a serverless and an always-on bill of a cent or two.
    expect(formatUsd(0.0122)).toBe('$0.012');
    expect(formatUsd(0.05)).toBe('$0.05');
    expect(formatUsd(0.5)).toBe('$0.50');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1000 / 20e6)).toBe('0.0050%');
    expect(formatPercent(0.0123)).toBe('1.2%');
    expect(formatPercent(0.42)).toBe('42%');
    expect(formatMs(4.26)).toBe('4.3 ms');
    expect(formatMs(1430)).toBe('1.4 s');
    expect(formatClock(42_000)).toBe('0:42');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(86_400_000 + 1000)).toBe('1 d 0:00:01');
  });
});
