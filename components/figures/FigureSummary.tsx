'use client';

import { useEffect, useRef, useState } from 'react';

/** How often, at most, the summary is rewritten (a screen reader announces each change). */
const EVERY_MS = 4000;

/**
 * A live figure's state in one sentence, for screen readers: rewritten when the sentence changes,
 * at most every few seconds, and announced politely. It stays off screen; the figure's own numbers
 * and picture are the visual version.
 */
export function FigureSummary({ text }: { text: string }) {
  const [shown, setShown] = useState(text);
  const last = useRef(0);
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
    if (text === shown) return;
    const wait = Math.max(0, last.current + EVERY_MS - performance.now());
    const timer = window.setTimeout(() => {
      last.current = performance.now();
      setShown(latest.current);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [text, shown]);
  return (
    <p className="sr-only" aria-live="polite" data-figure-summary>
      {shown}
    </p>
  );
}
