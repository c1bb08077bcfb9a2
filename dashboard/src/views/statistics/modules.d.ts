// ECharts ships its locale objects without declarations; they are the shape registerLocale takes.
declare module 'echarts/lib/i18n/langES.js' {
  import type { registerLocale } from 'echarts/core';
  const locale: Parameters<typeof registerLocale>[1];
  export default locale;
}
declare module 'echarts/lib/i18n/langEN.js' {
  import type { registerLocale } from 'echarts/core';
  const locale: Parameters<typeof registerLocale>[1];
  export default locale;
}
