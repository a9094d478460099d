/**
 * `<serverless-pipeline>`: the embed as a web component, served as /embed.js (built by
 * scripts/build-embed-script.mjs). A docs page adds one script tag and writes the element; no
 * script of its own (inline scripts are blocked by many sites' Content-Security-Policy).
 *
 * - Its attributes are the embed's URL parameters (rps speed seed preset skin idle memory pattern
 *   theme controls autoplay), passed on as they are: the embed checks them and shows a notice
 *   for anything it ignored. `host` (optional) is the site serving the embed, when this script is
 *   bundled or copied instead of loaded from there.
 * - It shows a sized still diagram (with alt text) at once, and puts in the iframe (titled, lazy)
 *   when it comes within a screen or so of the viewport. Several on a page each keep their own.
 * - It takes the height each embed reports, up and down, so the frame always fits its content.
 * - `theme="auto"` (the default) follows the page: the theme markers of common docs sites
 *   (`data-theme` on <html>: Docusaurus; `class="dark"` on <html>: VitePress and Tailwind sites;
 *   `data-md-color-scheme` on <body>: MkDocs Material, where "slate" is dark), else the page's
 *   background, else the reader's system setting; a change is sent to the embed as the theme
 *   message, with no reload. Other attribute changes apply at once (the frame reloads in place,
 *   without adding to the page's history).
 * - Printed, it is the still diagram and the address of the live one.
 * - Importing it where there is no browser (server-side rendering) does nothing.
 */
import { VIEWBOX } from '@/components/pipeline/graph';
import { ALL_EMBED_KEYS, EMBED_TITLE, POSTER_ALT, posterFile, readResizeMessage, THEME_MESSAGE, type EmbedSkin } from './protocol';

const TAG = 'serverless-pipeline';
/** How near the viewport (px) the iframe goes in: early enough that the embed has drawn when it is reached. */
const NEAR = '800px 0px';
/** With no word from the embed this long after its frame loaded, it is not coming (blocked, offline): say so. */
const SILENT_MS = 8000;

const CSS = `:host{display:block;position:relative;max-width:100%}
.poster{display:block;width:100%;height:auto;border:0}
iframe{display:block;width:100%;border:0;color-scheme:normal}
.loading{position:absolute;inset:0 0 auto 0;opacity:0;pointer-events:none}
.live .poster{display:none}
.note{margin:.5em 0 0;font:14px/1.4 system-ui,sans-serif}
.note[hidden],.print{display:none}
@media print{iframe{display:none!important}.poster{display:block!important}.print{display:block}}`;

type Theme = 'light' | 'dark';

/** The host page's theme: its docs site's marker, else its background, else the reader's setting. */
export function hostTheme(doc: Document): Theme {
  const html = doc.documentElement;
  const body = doc.body;
  const marked = html.getAttribute('data-theme');
  if (marked === 'dark' || marked === 'light') return marked;
  const md = body?.getAttribute('data-md-color-scheme') ?? html.getAttribute('data-md-color-scheme');
  if (md === 'slate') return 'dark';
  if (md === 'default') return 'light';
  if (html.classList.contains('dark')) return 'dark';
  if (html.classList.contains('light')) return 'light';
  for (const el of [body, html]) {
    if (!el) continue;
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    // Relative luminance (sRGB): below the midpoint between black and white text's best contrast, dark.
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Where this script came from: the embed's site, unless an element says otherwise (`host`). */
function scriptOrigin(): string | null {
  const own = document.currentScript as HTMLScriptElement | null;
  const src = own?.src || [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => /\/embed\.js(\?|#|$)/.test(s.src))?.src;
  try {
    return src ? new URL(src, location.href).origin : null;
  } catch {
    return null;
  }
}

/** Everyone who wants to know when the page's theme may have changed; one set of observers for the page. */
const watchers = new Set<() => void>();
function watchTheme(onChange: () => void): () => void {
  if (watchers.size === 0) {
    const notify = () => watchers.forEach((w) => w());
    const observer = new MutationObserver(() => {
      notify();
      // A background that fades between themes settles later.
      setTimeout(notify, 400);
    });
    const attributeFilter = ['class', 'data-theme', 'data-md-color-scheme', 'style'];
    observer.observe(document.documentElement, { attributes: true, attributeFilter });
    if (document.body) observer.observe(document.body, { attributes: true, attributeFilter });
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', notify);
    stopWatching = () => {
      observer.disconnect();
      media.removeEventListener('change', notify);
    };
  }
  watchers.add(onChange);
  return () => {
    watchers.delete(onChange);
    if (watchers.size === 0) stopWatching();
  };
}
let stopWatching = () => {};

/** Defines <serverless-pipeline> once, in a browser; elsewhere (server-side rendering) it does nothing. */
export function defineServerlessPipeline(): void {
  if (typeof window === 'undefined' || typeof customElements === 'undefined' || customElements.get(TAG)) return;
  const origin = scriptOrigin();
  let sheet: CSSStyleSheet | null = null;

  class ServerlessPipeline extends HTMLElement {
    static observedAttributes = [...ALL_EMBED_KEYS, 'host'];
    private root = this.attachShadow({ mode: 'open' });
    private frame = document.createElement('div');
    private poster = document.createElement('img');
    private note = document.createElement('p');
    private print = document.createElement('p');
    private iframe: HTMLIFrameElement | null = null;
    private theme: Theme = 'light';
    private shownUrl = '';
    private pending = false;
    private silentTimer = 0;
    private cleanup: (() => void)[] = [];

    constructor() {
      super();
      // A constructed sheet is not inline style: a strict style-src lets it through.
      if ('adoptedStyleSheets' in this.root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
        sheet ??= new CSSStyleSheet();
        if (!sheet.cssRules.length) sheet.replaceSync(CSS);
        this.root.adoptedStyleSheets = [sheet];
      } else {
        const style = document.createElement('style');
        style.textContent = CSS;
        this.root.append(style);
      }
      this.poster.className = 'poster';
      this.poster.decoding = 'async';
      this.poster.width = VIEWBOX.wide.width + 8;
      this.poster.height = VIEWBOX.wide.height + 8;
      this.note.className = 'note';
      this.note.setAttribute('role', 'status');
      this.note.hidden = true;
      this.print.className = 'print note';
      this.frame.append(this.poster, this.note, this.print);
      this.root.append(this.frame);
    }

    /** The site serving the embed. */
    private get base(): string {
      const host = this.getAttribute('host');
      if (host) {
        try {
          const u = new URL(host, location.href);
          if (u.protocol === 'https:' || u.protocol === 'http:') return u.origin;
        } catch {
          // fall through to the script's own origin
        }
      }
      return origin ?? location.origin;
    }

    private get skin(): EmbedSkin {
      return this.getAttribute('skin') === 'kitchen' ? 'kitchen' : 'cloud';
    }

    /** The theme the embed should show: the attribute's, or the page's for auto. */
    private resolveTheme(): Theme {
      const t = this.getAttribute('theme');
      return t === 'light' || t === 'dark' ? t : hostTheme(document);
    }

    /** The embed's query: the attributes as given (the embed checks them), the theme resolved. */
    private query(withTheme: boolean): string {
      const q = new URLSearchParams();
      for (const key of ALL_EMBED_KEYS) {
        if (key === 'theme') {
          if (withTheme) q.set('theme', this.theme);
          continue;
        }
        const v = this.getAttribute(key);
        if (v !== null) q.set(key, v);
      }
      return q.toString();
    }

    private embedUrl(): string {
      return `${this.base}/embed/pipeline?${this.query(true)}`;
    }

    private liveUrl(): string {
      const q = new URLSearchParams(this.query(false));
      for (const key of ['controls', 'autoplay']) q.delete(key);
      const s = q.toString();
      return `${this.base}/playground${s ? `?${s}` : ''}`;
    }

    connectedCallback() {
      this.theme = this.resolveTheme();
      this.render();
      const near = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          near.disconnect();
          this.insertFrame();
        },
        { rootMargin: NEAR },
      );
      near.observe(this);
      const onMessage = (e: MessageEvent) => {
        if (!this.iframe || e.source !== this.iframe.contentWindow) return;
        const height = readResizeMessage(e.data);
        if (height === null) return;
        // The embed's first word means it is listening: a theme change made while it was still
        // loading would have been lost, so say the theme now.
        if (!this.frame.classList.contains('live')) this.iframe.contentWindow?.postMessage({ type: THEME_MESSAGE, theme: this.theme }, this.base);
        this.iframe.style.height = `${height}px`;
        this.iframe.classList.remove('loading');
        this.frame.classList.add('live');
        this.note.hidden = true;
        clearTimeout(this.silentTimer);
      };
      window.addEventListener('message', onMessage);
      const unwatch = watchTheme(() => this.followTheme());
      this.cleanup = [() => near.disconnect(), () => window.removeEventListener('message', onMessage), unwatch, () => clearTimeout(this.silentTimer)];
    }

    disconnectedCallback() {
      for (const c of this.cleanup) c();
      this.cleanup = [];
    }

    attributeChangedCallback(_name: string, before: string | null, after: string | null) {
      if (before === after || !this.isConnected || this.pending) return;
      // Several attributes set together (a framework re-rendering) apply once.
      this.pending = true;
      queueMicrotask(() => {
        this.pending = false;
        this.apply();
      });
    }

    private followTheme() {
      const next = this.resolveTheme();
      if (next === this.theme) return;
      this.theme = next;
      this.render();
      // Live, without a reload; the embed takes the theme message only from its parent page.
      this.iframe?.contentWindow?.postMessage({ type: THEME_MESSAGE, theme: next }, this.base);
    }

    private apply() {
      const theme = this.resolveTheme();
      const themeChanged = theme !== this.theme;
      this.theme = theme;
      this.render();
      if (!this.iframe) return;
      const url = this.embedUrl();
      if (url.replace(/([?&])theme=\w+/, '$1') === this.shownUrl.replace(/([?&])theme=\w+/, '$1')) {
        if (themeChanged) this.iframe.contentWindow?.postMessage({ type: THEME_MESSAGE, theme }, this.base);
        return;
      }
      this.shownUrl = url;
      this.iframe.title = EMBED_TITLE[this.skin];
      // In place and out of the page's history (a new src would add a Back step).
      try {
        this.iframe.contentWindow?.location.replace(url);
      } catch {
        this.iframe.src = url;
      }
    }

    private render() {
      const skin = this.skin;
      const src = `${this.base}/diagrams/${posterFile(skin, this.theme)}`;
      if (this.poster.getAttribute('src') !== src) this.poster.src = src;
      this.poster.alt = POSTER_ALT[skin];
      const live = this.liveUrl();
      this.print.textContent = 'Live simulation: ';
      const a = document.createElement('a');
      a.href = live;
      a.textContent = live;
      this.print.append(a);
    }

    private insertFrame() {
      if (this.iframe) return;
      const iframe = document.createElement('iframe');
      iframe.className = 'loading';
      iframe.title = EMBED_TITLE[this.skin];
      iframe.loading = 'lazy';
      // As tall as the poster until the embed says how tall it is.
      iframe.style.height = `${Math.max(150, Math.round(this.poster.getBoundingClientRect().height))}px`;
      this.shownUrl = this.embedUrl();
      iframe.src = this.shownUrl;
      iframe.addEventListener('load', () => {
        clearTimeout(this.silentTimer);
        this.silentTimer = window.setTimeout(() => {
          if (this.frame.classList.contains('live')) return;
          this.note.textContent = '';
          const a = document.createElement('a');
          a.href = this.liveUrl();
          a.target = '_blank';
          a.rel = 'noopener';
          a.textContent = 'Open the live simulation ↗';
          this.note.append('The live simulation did not load here. ', a);
          this.note.hidden = false;
        }, SILENT_MS);
      });
      this.iframe = iframe;
      this.frame.append(iframe);
    }
  }

  customElements.define(TAG, ServerlessPipeline);
}

defineServerlessPipeline();
