'use client';

import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { readPalette, useThemeName, type ChartPalette } from './palette';

/** uPlot options without the size, which the wrapper owns. */
export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

export interface UPlotChartProps {
  /** Builds the options from the theme's colours; called on creation and on theme change. */
  options: (palette: ChartPalette) => ChartOptions;
  /** The chart is re-created (not re-rendered per frame) only when this key or the theme changes. */
  optionsKey: string;
  /** Columnar data: x values, then one array per series. Updated with setData. */
  data: uPlot.AlignedData;
  /** The aria-label of the chart image: a one-sentence summary of what it shows now. */
  label: string;
  /** Height of the plot area plus axes, in CSS pixels. */
  height?: number;
  /** Extra canvas drawing on top of the series (markers); redrawn when the function changes. */
  overlay?: (u: uPlot, palette: ChartPalette) => void;
  /** The hover readout for a data index (shown under the chart for pointer users). */
  readout?: (u: uPlot, idx: number) => string;
}

/**
 * A small client wrapper around uPlot: created once per options key and theme, fed with
 * setData, sized to its container with a ResizeObserver, destroyed on unmount. The canvas is
 * an image to assistive technology (role="img" with a summary); each chart also offers its data
 * as a table.
 */
export function UPlotChart({ options, optionsKey, data, label, height = 220, overlay, readout }: UPlotChartProps) {
  const theme = useThemeName();
  const wrapRef = useRef<HTMLDivElement>(null);
  const readoutRef = useRef<HTMLParagraphElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  const optionsRef = useRef(options);
  const overlayRef = useRef(overlay);
  const readoutFnRef = useRef(readout);

  // Keep the latest inputs where the (long-lived) chart can read them. Declared before the
  // creating effect so a fresh chart starts from the latest data.
  useEffect(() => {
    optionsRef.current = options;
    readoutFnRef.current = readout;
  }, [options, readout]);

  useEffect(() => {
    dataRef.current = data;
    plotRef.current?.setData(data);
  }, [data]);

  useEffect(() => {
    overlayRef.current = overlay;
    const u = plotRef.current;
    if (u) u.redraw(false, false);
  }, [overlay]);

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const palette = readPalette();
    const base = optionsRef.current(palette);
    const axisFont = `12px ${palette.font}`;
    const opts: uPlot.Options = {
      ...base,
      width: Math.max(160, Math.floor(el.clientWidth) || 320),
      height,
      legend: { show: false },
      cursor: { drag: { x: false, y: false, setScale: false }, focus: { prox: -1 }, ...base.cursor },
      axes: base.axes?.map((a) => ({
        stroke: palette.muted,
        font: axisFont,
        labelFont: axisFont,
        ...a,
        grid: { stroke: palette.grid, width: 1, ...a.grid },
        ticks: { stroke: palette.grid, width: 1, ...a.ticks },
      })),
      hooks: {
        ...base.hooks,
        draw: [...(base.hooks?.draw ?? []), (u) => overlayRef.current?.(u, palette)],
        setCursor: [
          ...(base.hooks?.setCursor ?? []),
          (u) => {
            const p = readoutRef.current;
            if (!p) return;
            const idx = u.cursor.idx;
            p.textContent = idx == null || !readoutFnRef.current ? '' : readoutFnRef.current(u, idx);
          },
        ],
      },
    };
    const u = new uPlot(opts, dataRef.current, el);
    plotRef.current = u;
    const observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== u.width) u.setSize({ width, height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      u.destroy();
      if (plotRef.current === u) plotRef.current = null;
    };
  }, [theme, optionsKey, height]);

  return (
    <>
      <div ref={wrapRef} role="img" aria-label={label} className="w-full min-w-0 overflow-hidden" style={{ minHeight: height }} />
      {readout && <p ref={readoutRef} aria-hidden="true" className="min-h-[1.25rem] text-xs tabular-nums text-[var(--muted-fg)]" />}
    </>
  );
}
