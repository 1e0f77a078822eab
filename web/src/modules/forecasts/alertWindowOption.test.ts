import type { LineSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { alertWindowOption, alignWindow, STREAK_COLORS, type AlertWindowInput } from './alertWindowOption';
import type { AlertWindowDay } from './types';

const day = (date: string, actual: number, forecast: number, lo80: number | null, hi80: number | null): AlertWindowDay => ({
  date,
  actual,
  forecast,
  lo80,
  hi80,
});

// Two days before the first forecast (the server sends zeros there), a day inside the
// window without a forecast (11-18), and the streak 11-19..11-20.
const window: AlertWindowDay[] = [
  day('2026-11-15', 0, 0, null, null),
  day('2026-11-16', 0, 0, null, null),
  day('2026-11-17', 900, 1000, 800, 1300),
  day('2026-11-18', 0, 0, null, null),
  day('2026-11-19', 200, 1000, 800, 1300),
  day('2026-11-20', 100, 1000, 800, 1300),
];

const input = (overrides: Partial<AlertWindowInput> = {}): AlertWindowInput => ({
  window,
  firstPeriod: '2026-11-19',
  firedPeriod: '2026-11-20',
  direction: 'below',
  text: { actual: 'Actual', forecast: 'Forecast', band80: '80%', streak: '2 days below <band>', noForecast: 'No forecast' },
  formatMoney: (minor) => `¥${minor / 100}`,
  formatAxisMoney: (minor) => `${minor / 100}`,
  formatDay: (date, short) => (short ? date.slice(5) : date),
  ...overrides,
});

const seriesOf = (option: ReturnType<typeof alertWindowOption>) => option.series as LineSeriesOption[];

describe('alignWindow', () => {
  it('leaves out the days before the first forecast and leaves later uncovered days empty, not zero', () => {
    const aligned = alignWindow(window, '2026-11-19', '2026-11-20');
    expect(aligned.skipped).toBe(2);
    expect(aligned.dates).toEqual(['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
    expect(aligned.covered).toEqual([true, false, true, true]);
    expect(aligned.actual).toEqual([
      [0, 900],
      [1, null],
      [2, 200],
      [3, 100],
    ]);
    expect(aligned.forecast.map((p) => p[1])).toEqual([1000, null, 1000, 1000]);
    expect(aligned.lo80.map((p) => p[1])).toEqual([800, null, 800, 800]);
    expect(aligned.band80.map((p) => p[1])).toEqual([500, null, 500, 500]);
  });

  it('finds the streak by day, in any input order', () => {
    expect(alignWindow([...window].reverse(), '2026-11-19', '2026-11-20').streak).toEqual([2, 3]);
    expect(alignWindow(window, '2026-11-17', '2026-11-17').streak).toEqual([0, 0]);
    expect(alignWindow(window, '2026-12-01', '2026-12-02').streak).toBeNull();
  });

  it('keeps a window no forecast covered as it is', () => {
    const aligned = alignWindow(window.slice(0, 2), '2026-11-16', '2026-11-16');
    expect(aligned.skipped).toBe(0);
    expect(aligned.dates).toHaveLength(2);
  });
});

describe('alertWindowOption', () => {
  it('draws the band, the dashed forecast, the actuals and a legend entry for the streak', () => {
    const option = alertWindowOption(input());
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['80%', '80%', 'Forecast', 'Actual', '2 days below <band>']);
    expect(series[1].areaStyle).toBeDefined();
    expect(series[2].lineStyle?.type).toBe('dashed');
    expect(series[4].data).toEqual([]);
    const legend = option.legend as { data: { name: string }[] };
    expect(legend.data.map((d) => d.name)).toContain('2 days below <band>');
  });

  it('shades the streak by whole days in the direction colour and marks its points', () => {
    const actual = seriesOf(alertWindowOption(input()))[3];
    const area = actual.markArea as { data: { xAxis: number }[][]; itemStyle: { color: string } };
    expect(area.data).toEqual([[{ xAxis: 1.5 }, { xAxis: 3.5 }]]);
    expect(area.itemStyle.color).toBe(STREAK_COLORS.below.area);
    // The legend names the shading: a label inside a one-day area would be cut off.
    expect((actual.markArea as { label: { show: boolean } }).label.show).toBe(false);
    const points = actual.data as unknown[];
    expect(points[0]).toEqual([0, 900]);
    expect(points[2]).toMatchObject({ value: [2, 200], itemStyle: { color: STREAK_COLORS.below.text } });
  });

  it('shades a one-day streak a whole day wide, orange when above', () => {
    const actual = seriesOf(alertWindowOption(input({ firstPeriod: '2026-11-17', firedPeriod: '2026-11-17', direction: 'above' })))[3];
    const area = actual.markArea as { data: { xAxis: number }[][]; itemStyle: { color: string } };
    expect(area.data).toEqual([[{ xAxis: -0.5 }, { xAxis: 0.5 }]]);
    expect(area.itemStyle.color).toBe(STREAK_COLORS.above.area);
  });

  it('has no streak legend entry without a streak in the window', () => {
    const option = alertWindowOption(input({ firstPeriod: '2026-12-01', firedPeriod: '2026-12-01' }));
    expect(seriesOf(option)).toHaveLength(4);
    expect(seriesOf(option)[3].markArea).toBeUndefined();
  });

  it('labels each day under its point and escapes the tooltip', () => {
    const option = alertWindowOption(input());
    const xAxis = option.xAxis as { axisLabel: { formatter: (v: number) => string; customValues: number[] }; min: number; max: number };
    expect(xAxis.axisLabel.customValues).toEqual([0, 1, 2, 3]);
    expect(xAxis.axisLabel.formatter(0)).toBe('11-17');
    expect([xAxis.min, xAxis.max]).toEqual([-0.5, 3.5]);
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter([{ value: [2, 200] }]);
    expect(html).toContain('2026-11-19');
    expect(html).toContain('¥2');
    expect(html).toContain('¥8 – ¥13');
    expect(html).toContain('2 days below &lt;band&gt;');
    expect(tooltip.formatter([{ value: [1, null] }])).toContain('No forecast');
    expect(tooltip.formatter([{ value: [99, 1] }])).toBe('');
  });
});
