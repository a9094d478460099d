'use client';

import { useId, useRef, useState } from 'react';
import { PipelineSvg } from '@/components/pipeline/PipelineSvg';
import { darkPalette, lightPalette } from '@/components/pipeline/palette';
import { useSimulator } from '@/components/simulator/SimulatorContext';
import { serializeParams } from '@/components/simulator/urlState';
import { serializeEmbedParams, type EmbedControls, type EmbedTheme } from './embedParams';
import { SANDBOX_FLAGS } from './SandboxedEmbed';
import { elementSnippet, embedUrl, iframeSnippet, markdownSnippet, reactSnippet, readmeSnippet, type SnippetInput } from './snippets';

const fieldClass = 'mt-0.5 h-9 w-full rounded-md border border-[var(--border)] bg-[var(--page-bg)] px-2 text-sm';

function download(name: string, blob: Blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** "Embed": snippets built from the simulator's current state, each with copy and a live preview. */
export function EmbedDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const drawing = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const params = useSimulator((s) => s.params);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [controls, setControls] = useState<EmbedControls>('traffic');
  const [autoplay, setAutoplay] = useState(params.rps !== undefined);
  const [copied, setCopied] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const input: SnippetInput = {
    origin,
    query: serializeEmbedParams(params, { theme, controls, autoplay }),
    viewQuery: serializeParams(params),
    skin: params.skin,
    theme,
  };
  const snippets = [
    { id: 'element', label: 'Web component (any page that can load a script: Docusaurus, VitePress, MkDocs, Astro…)', code: elementSnippet(input), rows: 4 },
    { id: 'iframe', label: 'HTML (iframe)', code: iframeSnippet(input), rows: 2 },
    { id: 'react', label: 'React / MDX', code: reactSnippet(input), rows: 8 },
    { id: 'readme', label: 'GitHub README (animated SVG of a sample run; links to this state)', code: readmeSnippet(input), rows: 6 },
    { id: 'markdown', label: 'Markdown image (no iframe)', code: markdownSnippet(input), rows: 2 },
  ];

  const copy = async (id: string, code: string) => {
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      const area = document.getElementById(`${titleId}-${id}`) as HTMLTextAreaElement | null;
      area?.select();
      document.execCommand('copy');
    }
    setCopied(id);
    setTimeout(() => setCopied((c) => (c === id ? null : c)), 2000);
  };

  const svgText = () => {
    const svg = drawing.current?.querySelector('svg');
    return svg ? `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}` : '';
  };
  const dark = theme === 'dark' || (theme === 'auto' && document.documentElement.dataset.theme === 'dark');
  const fileBase = `pipeline${params.skin === 'kitchen' ? '-kitchen' : ''}${dark ? '-dark' : ''}`;
  const downloadSvg = () => download(`${fileBase}.svg`, new Blob([svgText()], { type: 'image/svg+xml' }));
  const downloadPng = () => {
    const svg = drawing.current?.querySelector('svg');
    if (!svg) return;
    const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 800 260').split(' ').map(Number);
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = w * scale;
      canvas.height = h * scale;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => blob && download(`${fileBase}.png`, blob), 'image/png');
    };
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText())}`;
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
        className="rounded-md border border-[var(--border)] px-2 py-1 text-xs hover:border-[var(--pipe-stroke)]"
      >
        Embed
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="m-auto max-h-[92vh] w-[min(56rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-[var(--border)] bg-[var(--page-bg)] p-0 text-[var(--page-fg)] backdrop:bg-black/50"
      >
        <div className="space-y-4 p-4 sm:p-6">
          <div className="flex items-start justify-between gap-4">
            <div>
              <h2 id={titleId} className="text-lg font-semibold">
                Embed this simulation
              </h2>
              <p className="text-sm text-[var(--muted-fg)]">
                Built from what you see now: scene, traffic, speed, seed, view, memory and idle timeout.{' '}
                <a href="/docs/embedding#recipes" className="underline">
                  Recipes for docs sites
                </a>
              </p>
            </div>
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-[var(--border)] px-3 py-1 text-sm">
              Close
            </button>
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            <label className="block text-sm">
              <span className="font-semibold">Theme</span>
              <select className={fieldClass} value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
                <option value="auto">Follow the reader’s system</option>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </select>
            </label>
            <label className="block text-sm">
              <span className="font-semibold">Controls</span>
              <select className={fieldClass} value={controls} onChange={(e) => setControls(e.target.value as EmbedControls)}>
                <option value="none">None (diagram and numbers)</option>
                <option value="traffic">Traffic slider and play</option>
                <option value="full">Full</option>
              </select>
            </label>
            <label className="flex items-center gap-2 self-end pb-2 text-sm">
              <input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} />
              <span className="font-semibold">Start playing on load</span>
            </label>
          </div>
          {snippets.map((s) => (
            <div key={s.id}>
              <div className="flex items-center justify-between">
                <label htmlFor={`${titleId}-${s.id}`} className="text-sm font-semibold">
                  {s.label}
                </label>
                <button type="button" onClick={() => copy(s.id, s.code)} className="rounded-md border border-[var(--border)] px-2 py-0.5 text-xs">
                  {copied === s.id ? 'Copied' : 'Copy'}
                </button>
              </div>
              <textarea
                id={`${titleId}-${s.id}`}
                readOnly
                value={s.code}
                rows={s.rows}
                data-snippet={s.id}
                className="mt-1 w-full resize-y rounded-md border border-[var(--border)] bg-[var(--surface)] p-2 font-mono text-xs"
              />
            </div>
          ))}
          <p className="text-sm text-[var(--muted-fg)]">
            If your site sandboxes iframes, the embed needs <code>sandbox=&quot;{SANDBOX_FLAGS}&quot;</code> (the simulation runs in a Web Worker).
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm font-semibold">This diagram as a file:</span>
            <button type="button" onClick={downloadSvg} className="rounded-md border border-[var(--border)] px-2 py-1 text-sm">
              Download SVG
            </button>
            <button type="button" onClick={downloadPng} className="rounded-md border border-[var(--border)] px-2 py-1 text-sm">
              Download PNG
            </button>
          </div>
          <div ref={drawing} className="overflow-hidden rounded-md border border-[var(--border)]">
            <PipelineSvg layout="wide" skin={params.skin} palette={dark ? darkPalette : lightPalette} idPrefix={`${titleId}-file`} standalone className="h-auto w-full" />
          </div>
          <div>
            <p className="text-sm font-semibold">Live preview</p>
            {open && (
              <iframe src={embedUrl({ ...input, origin: '' })} title="Preview of the embedded simulation" loading="lazy" className="mt-1 h-[520px] w-full rounded-md border border-[var(--border)]" />
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
