/**
 * Runs in <head> before first paint so the page never flashes the wrong theme. The stored
 * choice is 'light', 'dark' or absent (follow the system).
 */
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `(function(){try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');var d=s==='dark'||(s!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.dataset.theme=d?'dark':'light';}catch(e){document.documentElement.dataset.theme='light';}})();`;
