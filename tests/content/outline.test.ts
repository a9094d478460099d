import { describe, expect, it } from 'vitest';
import { outline, readingMinutes } from '@/content/outline';

describe('outline', () => {
  it('lists ## and ### headings with rehype-slug ids, skipping code fences and h1/h4', () => {
    const source = [
      '# Title',
      '## What is it?',
      'text',
      '```js',
      '## not a heading',
      '```',
      '### Pay-per-use',
      '#### too deep',
      '## What is it?',
      '## The `INIT` phase and <Term id="cold-start">cold starts</Term>',
    ].join('\n');
    expect(outline(source)).toEqual([
      { depth: 2, text: 'What is it?', id: 'what-is-it' },
      { depth: 3, text: 'Pay-per-use', id: 'pay-per-use' },
      { depth: 2, text: 'What is it?', id: 'what-is-it-1' },
      { depth: 2, text: 'The INIT phase and cold starts', id: 'the-init-phase-and-cold-starts' },
    ]);
  });
});

describe('readingMinutes', () => {
  it('counts words at 230 a minute and never says zero', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(Array(2300).fill('word').join(' '))).toBe(10);
    expect(readingMinutes(`<Term id="x">${Array(460).fill('w').join(' ')}</Term>`)).toBe(2);
  });
});
