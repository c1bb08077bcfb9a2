import { useEffect, useRef } from 'preact/hooks';
import { getLang } from '../../i18n';
import { init, type ChartOption } from './echarts';

/**
 * One ECharts chart. The chart is a picture for sighted users (role="img" with a label); the same figures are in the
 * table beside it, which is what screen readers and the keyboard use.
 */
export function Chart({ option, label, testId, tall }: { option: ChartOption; label: string; testId: string; tall?: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const lang = getLang();

  useEffect(() => {
    const element = host.current!;
    const instance = init(element, null, { renderer: 'canvas', locale: lang === 'es' ? 'ES' : 'EN' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [lang]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, lang]);

  return <div ref={host} class={`stats-chart${tall ? ' stats-chart-tall' : ''}`} role="img" aria-label={label} data-testid={testId} />;
}
