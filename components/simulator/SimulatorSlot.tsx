'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { SimulatorPlaceholder } from './SimulatorPlaceholder';
import { isSceneName, OPEN_SIMULATOR_EVENT, SCENE_EVENT, SCENE_TARGET_ATTRIBUTE, type SceneEventDetail, type SceneName } from './sceneEvent';

function Placeholder() {
  return <SimulatorPlaceholder variant="side" />;
}

const Simulator = dynamic(() => import('./Simulator').then((m) => m.Simulator), { ssr: false, loading: Placeholder });

const WIDE = '(min-width: 1024px)';
function subscribeWide(cb: () => void) {
  const m = matchMedia(WIDE);
  m.addEventListener('change', cb);
  return () => m.removeEventListener('change', cb);
}

/**
 * Where the article's simulator lives. On wide screens it loads once the article has painted
 * and the browser is idle, in the sticky side column. On phones it waits behind the article
 * header's button (OpenSimulatorButton) and opens as a bottom sheet, so a reader who never asks
 * for it never downloads it; nothing floats over the text. TryIt links in the prose load it,
 * open it and start their scene.
 */
export function SimulatorSlot() {
  const wide = useSyncExternalStore(subscribeWide, () => matchMedia(WIDE).matches, () => true);
  const [load, setLoad] = useState(false);
  const [open, setOpen] = useState(false);
  const [pendingScene, setPendingScene] = useState<SceneName | undefined>();
  // The phone sheet is a dialog: focus moves into it, Escape closes it, and focus goes back to
  // what opened it (the floating button, or a TryIt in the prose).
  const closer = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (wide) return;
    if (open) closer.current?.focus();
    else if (wasOpen.current) {
      const target = returnTo.current;
      if (target?.isConnected) target.focus();
    }
    wasOpen.current = open;
  }, [open, wide]);

  useEffect(() => {
    if (!wide || load) return;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setLoad(true), { timeout: 2500 });
    return () => cancel(handle);
  }, [wide, load]);

  useEffect(() => {
    const onScene = (e: Event) => {
      const detail = (e as CustomEvent<SceneEventDetail>).detail;
      if (!detail || !isSceneName(detail.scene)) return;
      if (!load) setPendingScene(detail.scene);
      if (document.activeElement instanceof HTMLElement) returnTo.current = document.activeElement;
      setLoad(true);
      setOpen(true);
    };
    const onOpen = () => {
      if (document.activeElement instanceof HTMLElement) returnTo.current = document.activeElement;
      setLoad(true);
      setOpen(true);
    };
    window.addEventListener(SCENE_EVENT, onScene);
    window.addEventListener(OPEN_SIMULATOR_EVENT, onOpen);
    // TryIt links run their scene here rather than opening the playground.
    document.documentElement.setAttribute(SCENE_TARGET_ATTRIBUTE, 'side');
    return () => {
      window.removeEventListener(SCENE_EVENT, onScene);
      window.removeEventListener(OPEN_SIMULATOR_EVENT, onOpen);
      document.documentElement.removeAttribute(SCENE_TARGET_ATTRIBUTE);
    };
  }, [load]);

  const shown = wide || open;
  return (
    <>
      <div
        className={
          wide
            ? ''
            : `fixed inset-x-0 bottom-0 z-30 max-h-[82vh] overflow-y-auto rounded-t-2xl border-t border-[var(--border)] bg-[var(--page-bg)] p-4 shadow-[0_-8px_30px_rgb(0_0_0/0.2)] ${open ? '' : 'hidden'}`
        }
        role={wide ? undefined : 'dialog'}
        aria-modal={wide ? undefined : false}
        aria-label={wide ? undefined : 'Live simulator'}
        onKeyDown={
          wide
            ? undefined
            : (e) => {
                // A dialog inside the sheet (the Embed dialog) takes its own Escape.
                if (e.key === 'Escape' && !e.defaultPrevented && !(e.target as Element).closest('dialog[open]')) setOpen(false);
              }
        }
      >
        {!wide && (
          <div className="mb-2 flex justify-end">
            <button ref={closer} type="button" onClick={() => setOpen(false)} className="rounded-md border border-[var(--border)] px-3 py-1 text-sm">
              Close simulator
            </button>
          </div>
        )}
        {load ? <Simulator variant="side" urlSync listenForScenes initialScene={pendingScene} /> : shown && <Placeholder />}
      </div>
    </>
  );
}
