import { useId, type ReactNode } from 'react';
import { glossary, type TermId } from '@/content/glossary';

/**
 * An inline definition: the term is a button that opens a native popover (no JavaScript, works
 * with the keyboard, Escape and a click outside close it). Chromium anchors it to the term.
 */
export function Term({ id, children }: { id: TermId; children: ReactNode }) {
  const entry = glossary[id] as { term: string; definition: string } | undefined;
  const popoverId = `term-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (!entry) {
    throw new Error(`<Term id="${String(id)}">: no such glossary entry. Add it to content/glossary.ts.`);
  }
  return (
    <>
      <button type="button" popoverTarget={popoverId} className="term" aria-label={`${textOf(children)}: show definition`}>
        {children}
      </button>
      <span popover="auto" id={popoverId} className="term-popover">
        <strong className="block">{entry.term}</strong>
        <span className="block">{entry.definition}</span>
      </span>
    </>
  );
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return '';
}
