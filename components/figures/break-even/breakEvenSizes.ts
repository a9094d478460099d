/** The live chart's canvas height: with the chart's caption, legend and note it fills the figure's box as the poster does. */
export const BREAK_EVEN_LIVE_CHART_PX = 200;
