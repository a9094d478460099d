'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Renders `children(width, height)` at the box's real size in CSS px (after the first layout). */
export function Measured({ className = 'h-full w-full', children }: { className?: string; children: (width: number, height: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setSize((s) => (s && Math.abs(s.w - width) < 1 && Math.abs(s.h - height) < 1 ? s : { w: Math.floor(width), h: Math.floor(height) }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className}>
      {size && size.w > 0 && size.h > 0 ? children(size.w, size.h) : null}
    </div>
  );
}
