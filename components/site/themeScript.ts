/**
 * Runs in <head> before first paint so the page never flashes the wrong theme. On the site the
 * stored choice is 'light', 'dark' or absent (follow the system). Embeds (/embed/…) take the
 * `theme` query parameter instead (light | dark | auto) and never read the site's storage; their
 * `skin` parameter also goes on <html data-skin>, so the poster paints in the right words.
 */
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `(function(){var d=document.documentElement;try{var m=matchMedia('(prefers-color-scheme: dark)').matches,t;if(location.pathname.indexOf('/embed/')===0){var q=new URLSearchParams(location.search);t=q.get('theme');d.dataset.skin=q.get('skin')==='kitchen'?'kitchen':'cloud';}else{t=localStorage.getItem('${THEME_STORAGE_KEY}');}d.dataset.theme=t==='dark'||(t!=='light'&&m)?'dark':'light';}catch(e){d.dataset.theme='light';}})();`;

/** The theme a choice means now: 'system' (site) and 'auto' (embeds) follow the OS setting. */
export function applyTheme(choice: 'light' | 'dark' | 'system' | 'auto'): void {
  const dark = choice === 'dark' || (choice !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
