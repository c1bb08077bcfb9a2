import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, registerLocale, registerMap, use as registerParts, type ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption, AriaComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import langES from 'echarts/lib/i18n/langES.js';
import langEN from 'echarts/lib/i18n/langEN.js';
import svgMexico from '@svg-maps/mexico';

// Only the ECharts parts the statistics view draws (tree-shaken through echarts/core): line, stacked bars, the map of
// Mexico. The canvas renderer, because the SVG renderer writes inline style attributes the host's
// Content-Security-Policy refuses; tooltips are drawn on the canvas (renderMode 'richText') for the same reason.

registerParts([LineChart, BarChart, MapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, AriaComponent, CanvasRenderer]);
registerLocale('ES', langES);
registerLocale('EN', langEN);

export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | MapSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption |
  VisualMapComponentOption | AriaComponentOption
>;

/** The state names of @svg-maps/mexico that differ from the API's (MexicanState). */
const RENAMED: Record<string, string> = { 'Mexico City': 'Ciudad de México', 'México': 'Estado de México' };

export const MEXICO_MAP = 'mexico-states';

// The package declares its shape through a types package it does not depend on.
const mexico = svgMexico as unknown as { viewBox: string; locations: { name: string; path: string }[] };

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

// The 32 states' outlines (@svg-maps/mexico, CC BY 4.0, after MapSVG), as the SVG map ECharts reads: a region is a
// <path name="…">, named as the API names the state.
registerMap(MEXICO_MAP, {
  svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${mexico.viewBox}">${mexico.locations
    .map((l) => `<path name="${escapeXml(RENAMED[l.name] ?? l.name)}" d="${escapeXml(l.path)}"/>`)
    .join('')}</svg>`,
});

export { init };
