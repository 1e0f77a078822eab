import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { useEffect, useRef, type CSSProperties } from 'react';

// Only what the app draws, so the chart chunk stays small.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type EChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | DataZoomComponentOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

const FONT =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif";

/** The app's palette: the brand blue first, then calm distinct hues. */
export const CHART_COLORS = ['#1f6feb', '#13c2c2', '#faad14', '#722ed1', '#52c41a', '#eb2f96', '#fa8c16', '#2f54eb'];

type EChartProps = {
  option: EChartOption;
  /** Pixels, or a CSS height ('100%' fills a parent that has a height). */
  height?: number | string;
  className?: string;
  style?: CSSProperties;
  testId?: string;
  /** Accessible name of the chart (the canvas says nothing to a screen reader). */
  label?: string;
};

/**
 * A thin ECharts host: created once on its div, `setOption` whenever `option` changes,
 * resized with its box, disposed on unmount.
 */
export function EChart({ option, height = 300, className, style, testId, label }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { color: CHART_COLORS, textStyle: { fontFamily: FONT }, animationDuration: 400, ...option },
      { notMerge: true },
    );
  }, [option]);

  return (
    <div
      ref={ref}
      className={className}
      style={{ width: '100%', height, ...style }}
      data-testid={testId}
      role="img"
      aria-label={label}
    />
  );
}
