/**
 * The page's view, cloud or kitchen, shared by the simulator and the inline figures: one value on
 * `<html data-skin>`, so CSS switches every figure's words at once (see Skinned.tsx). It starts
 * from the `skin` URL parameter; the simulator's Cloud/Kitchen switch changes it.
 */
export type PageSkin = 'cloud' | 'kitchen';

const listeners = new Set<(skin: PageSkin) => void>();

/** The view now (cloud before any script has set one). */
export function pageSkin(): PageSkin {
  return typeof document !== 'undefined' && document.documentElement.dataset.skin === 'kitchen' ? 'kitchen' : 'cloud';
}

/** Change the page's view; listeners (the simulator) follow. */
export function setPageSkin(skin: PageSkin): void {
  if (pageSkin() === skin && document.documentElement.dataset.skin) return;
  document.documentElement.dataset.skin = skin;
  for (const l of listeners) l(skin);
}

export function subscribePageSkin(listener: (skin: PageSkin) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Set the view from the URL's `skin` parameter once, as the page starts. */
export function initPageSkinFromUrl(): void {
  if (typeof document === 'undefined' || document.documentElement.dataset.skin) return;
  const skin = new URLSearchParams(window.location.search).get('skin');
  document.documentElement.dataset.skin = skin === 'kitchen' ? 'kitchen' : 'cloud';
}
