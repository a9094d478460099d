'use client';

import { useEffect } from 'react';

/**
 * Marks the table-of-contents link of the section being read with aria-current="location".
 * The section being read is the last heading above a line 30% down the viewport.
 */
export function ScrollSpy() {
  useEffect(() => {
    const headings = Array.from(document.querySelectorAll<HTMLElement>('article :is(h2, h3)[id]'));
    if (headings.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight * 0.3;
      let current = headings[0].id;
      for (const h of headings) {
        if (h.getBoundingClientRect().top <= line) current = h.id;
        else break;
      }
      for (const link of document.querySelectorAll<HTMLAnchorElement>('nav[data-toc] a')) {
        if (link.hash === `#${current}`) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Figures and popovers can change the article's height, which moves headings without a scroll.
    const article = headings[0].closest('article');
    const resize = new ResizeObserver(schedule);
    if (article) resize.observe(article);
    return () => {
      resize.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
