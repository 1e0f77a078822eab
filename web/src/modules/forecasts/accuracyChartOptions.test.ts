import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { horizonChartOption, levelChartOption, runChartOption } from './accuracyChartOptions';
import type { AccuracyFigures } from './types';

const figures = (n: number, wape: number | null, mase: number | null = 1, coverage95: number | null = 95): AccuracyFigures => ({
  n,
  wape,
  bias: -2,
  mase,
  coverage80: 80,
  coverage95,
});

const formatters = {
  formatPercent: (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`),
  formatNumber: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
  formatCount: (n: number) => `n=${n}`,
};

type Series = (BarSeriesOption | LineSeriesOption)[];

describe('horizonChartOption', () => {
  const option = horizonChartOption({
    ...formatters,
    rows: [
      { ...figures(15, 70, 1, 93), step: 2 },
      { ...figures(15, 60, 1, 100), step: 1 },
    ],
    text: { wape: 'WAPE', coverage95: '95% coverage' },
    stepLabel: (step) => `M${step}`,
  });

  it('puts steps in order with WAPE bars and coverage on the second axis', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['M1', 'M2']);
    const series = option.series as Series;
    expect(series[0]).toMatchObject({ type: 'bar', data: [60, 70] });
    expect(series[1]).toMatchObject({ type: 'line', yAxisIndex: 1, data: [100, 93] });
    expect((series[1].markLine as { data: unknown[] }).data).toEqual([{ yAxis: 95 }]);
    expect((option.yAxis as { max?: number }[])[1].max).toBe(100);
  });

  it('tooltips name the step, the figures and n', () => {
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 1 }]);
    expect(html).toContain('M2');
    expect(html).toContain('70.0%');
    expect(html).toContain('93.0%');
    expect(html).toContain('n=15');
    expect((option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 9 }])).toBe('');
  });
});

describe('levelChartOption', () => {
  it('orders levels coarse to fine and draws MASE on its own axis with the naive line', () => {
    const option = levelChartOption({
      ...formatters,
      rows: [
        { ...figures(30, 72, 0.9), level: 'category' },
        { ...figures(10, 50, 0.8), level: 'total' },
        { ...figures(40, 81, null), level: 'channel' },
      ],
      text: { wape: 'WAPE', mase: 'MASE' },
      levelLabel: (level) => level.toUpperCase(),
    });
    expect((option.xAxis as { data: string[] }).data).toEqual(['TOTAL', 'CATEGORY', 'CHANNEL']);
    const series = option.series as Series;
    expect(series[0].data).toEqual([50, 72, 81]);
    expect(series[1]).toMatchObject({ yAxisIndex: 1, data: [0.8, 0.9, null] });
    expect((series[1].markLine as { data: unknown[] }).data).toEqual([{ yAxis: 1 }]);
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 2 }]);
    expect(html).toContain('CHANNEL');
    expect(html).toContain('—');
  });
});

describe('runChartOption', () => {
  it('draws WAPE by as_of, oldest first', () => {
    const option = runChartOption({
      ...formatters,
      rows: [
        { ...figures(150, 82), run_id: '2', as_of: '2026-11-17' },
        { ...figures(90, 75), run_id: '1', as_of: '2026-10-17' },
      ],
      text: { wape: 'WAPE', bias: 'Bias', coverage80: '80%' },
      formatDate: (d) => d.slice(5),
    });
    expect((option.xAxis as { data: string[] }).data).toEqual(['10-17', '11-17']);
    expect((option.series as Series)[0].data).toEqual([75, 82]);
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }]);
    expect(html).toContain('10-17');
    expect(html).toContain('n=90');
  });
});
