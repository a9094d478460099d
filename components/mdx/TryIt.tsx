'use client';

import type { ReactNode } from 'react';
import { SCENE_EVENT, SCENE_TARGET_ATTRIBUTE, sceneHref, type SceneEventDetail, type SceneName } from '@/components/simulator/sceneEvent';

/**
 * An inline link in the prose that runs a scene: `<TryIt scene="auto-scaling">watch a flash
 * crowd</TryIt>`. Where the page has a simulator listening (the article's side column), it sets
 * that simulator to the scene; elsewhere, and without JavaScript, it opens the playground on it.
 */
export function TryIt({ scene, children }: { scene: SceneName; children: ReactNode }) {
  return (
    <a
      href={sceneHref(scene)}
      data-scene={scene}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        if (!document.documentElement.hasAttribute(SCENE_TARGET_ATTRIBUTE)) return;
        e.preventDefault();
        window.dispatchEvent(new CustomEvent<SceneEventDetail>(SCENE_EVENT, { detail: { scene } }));
      }}
      className="inline-flex items-baseline gap-1 rounded-md bg-brand-50 px-1.5 py-0.5 font-semibold text-brand-700 no-underline ring-1 ring-brand-100 hover:bg-brand-100 dark:bg-[#13203a] dark:text-brand-300 dark:ring-[#24365a]"
    >
      <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true" fill="currentColor" className="self-center">
        <path d="M3 1.5v13l11-6.5z" />
      </svg>
      {children}
    </a>
  );
}
