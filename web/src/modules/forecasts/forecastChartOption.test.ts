import type { LineSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { alignForecast, escapeHtml, forecastChartOption, periodOf, type ForecastChartInput } from './forecastChartOption';
import type { ForecastPoint, ForecastSeries } from './types';

const point = (date: string, p: number, lo80: number, hi80: number, lo95: number, hi95: number): ForecastPoint => ({
  date,
  point: p,
  lo80,
  hi80,
  lo95,
  hi95,
});

// A run as of 2026-03-05: actuals Jan..Mar (March still under way on 03-20), forecast Mar..May.
const series: Pick<ForecastSeries, 'history' | 'forecast'> = {
  history: [
    { date: '2026-01-01', value: 1000 },
    { date: '2026-02-01', value: 1200 },
    { date: '2026-03-01', value: 700 },
  ],
  forecast: [
    point('2026-03-01', 1100, 900, 1300, 800, 1400),
    point('2026-04-01', 1150, 920, 1380, -50, 1500),
    point('2026-05-01', 1180, 930, 1430, 700, 1660),
  ],
};

const input = (overrides: Partial<ForecastChartInput> = {}): ForecastChartInput => ({
  series,
  asOf: '2026-03-05',
  frequency: 'monthly',
  today: '2026-03-20',
  text: { actual: 'Actual', forecast: 'Forecast', band80: '80%', band95: '95%', asOf: 'as of 2026-03-05', inProgress: 'in progress' },
  formatMoney: (minor) => `¥${minor / 100}`,
  formatAxisMoney: (minor) => `${minor / 100}`,
  formatPeriod: (date, short) => (short ? date.slice(5, 7) : date.slice(0, 7)),
  ...overrides,
});

const lines = (option: ReturnType<typeof forecastChartOption>) => option.series as LineSeriesOption[];
const values = (s: LineSeriesOption) =>
  (s.data ?? []).map((d) => (d !== null && typeof d === 'object' && 'value' in d ? d.value : d));

describe('alignForecast', () => {
  it('puts history and forecast on one axis of dates, aligned by index', () => {
    const a = alignForecast(series, '2026-03-05');
    expect(a.dates).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']);
    expect(a.actual).toEqual([1000, 1200, null, null, null]);
    // The actual that came after as_of overlaps the forecast of the same period.
    expect(a.actualSince).toEqual([null, 1200, 700, null, null]);
    expect(a.forecast).toEqual([null, 1200, 1100, 1150, 1180]);
  });

  it('builds each band as base = lo and height = hi − lo, starting at the last actual', () => {
    const a = alignForecast(series, '2026-03-05');
    expect(a.anchorIndex).toBe(1);
    expect(a.lo80).toEqual([null, 1200, 900, 920, 930]);
    expect(a.band80).toEqual([null, 0, 400, 460, 500]);
    expect(a.lo95).toEqual([null, 1200, 800, -50, 700]);
    expect(a.band95).toEqual([null, 0, 600, 1550, 960]);
  });

  it('finds the period of as_of, or none without a run', () => {
    expect(alignForecast(series, '2026-03-05').asOfIndex).toBe(2);
    expect(alignForecast(series, null).asOfIndex).toBe(-1);
  });

  it('keeps a series without a forecast as plain history', () => {
    const a = alignForecast({ history: series.history, forecast: [] }, null);
    expect(a.actual).toEqual([1000, 1200, 700]);
    expect(a.forecast).toEqual([null, null, null]);
    expect(a.anchorIndex).toBe(-1);
  });
});

describe('forecastChartOption', () => {
  it('stacks a transparent lo series and an hi − lo area per band', () => {
    const s = lines(forecastChartOption(input()));
    const band95 = s.filter((x) => x.name === '95%');
    const band80 = s.filter((x) => x.name === '80%');
    expect(band95).toHaveLength(2);
    expect(band80).toHaveLength(2);
    for (const [base, area] of [band95, band80]) {
      expect(base.stack).toBe(area.stack);
      // Negative lows must stack too (ECharts stacks only same-sign values by default).
      expect(base.stackStrategy).toBe('all');
      expect(area.stackStrategy).toBe('all');
      expect(base.areaStyle).toBeUndefined();
      expect(base.lineStyle?.opacity).toBe(0);
      expect(area.areaStyle).toBeDefined();
    }
    expect(values(band80[0])).toEqual([null, 1200, 900, 920, 930]);
    expect(values(band80[1])).toEqual([null, 0, 400, 460, 500]);
    expect(values(band95[1])).toEqual([null, 0, 600, 1550, 960]);
    // Bands before the lines, so the lines draw on top.
    expect(s.findIndex((x) => x.name === 'Forecast')).toBeGreaterThan(s.lastIndexOf(band80[1]));
  });

  it('draws a vertical line at the period of as_of', () => {
    const actual = lines(forecastChartOption(input())).find((x) => x.name === 'Actual');
    expect(actual?.markLine?.data).toEqual([{ xAxis: 2 }]);
    expect(actual?.markLine?.label?.formatter).toBe('as of 2026-03-05');
    const none = lines(forecastChartOption(input({ asOf: null }))).find((x) => x.name === 'Actual');
    expect(none?.markLine).toBeUndefined();
  });

  it('draws the forecast dashed and the actuals since as_of over it, the partial period hollow', () => {
    const s = lines(forecastChartOption(input()));
    const forecast = s.find((x) => x.name === 'Forecast');
    expect(forecast?.lineStyle?.type).toBe('dashed');
    const since = s.filter((x) => x.name === 'Actual')[1];
    expect(values(since)).toEqual([null, 1200, 700, null, null]);
    expect(since.data?.[2]).toEqual({ value: 700, symbol: 'emptyCircle', symbolSize: 8 });
  });

  it('uses one category axis of the dates, with a zoom slider for daily series only', () => {
    const monthly = forecastChartOption(input());
    expect((monthly.xAxis as { type: string; data: string[] }).data).toEqual(alignForecast(series, '2026-03-05').dates);
    expect(monthly.dataZoom).toEqual([]);
    const daily = forecastChartOption(
      input({
        frequency: 'daily',
        series: { history: [{ date: '2026-03-01', value: 5 }], forecast: [point('2026-03-02', 6, 5, 7, 4, 8)] },
        asOf: '2026-03-02',
      }),
    );
    const zoom = daily.dataZoom as { type: string; startValue?: number; endValue?: number }[];
    expect(zoom.map((z) => z.type)).toEqual(['slider', 'inside']);
    expect(zoom[0].startValue).toBe(0);
    expect(zoom[0].endValue).toBe(1);
  });

  it('lists the legend once per meaning, in the given language', () => {
    const legend = forecastChartOption(input()).legend as { data: { name: string }[] };
    expect(legend.data.map((d) => d.name)).toEqual(['Actual', 'Forecast', '80%', '95%']);
  });

  it('formats the tooltip in money, with both ranges, escaped', () => {
    const option = forecastChartOption(input({ formatPeriod: (date) => `<b>${date}</b>` }));
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 2 }]);
    expect(html).toContain('&lt;b&gt;2026-03-01&lt;/b&gt; · in progress');
    expect(html).toContain('¥7');
    expect(html).toContain('¥11');
    expect(html).toContain('¥9 – ¥13');
    expect(html).toContain('¥8 – ¥14');
    expect(html).not.toContain('<b>');
    // At the anchor only the actual shows: the forecast starts one period later.
    expect(formatter([{ dataIndex: 1 }])).not.toContain('Forecast');
  });
});

describe('helpers', () => {
  it('periodOf labels a day by its month or itself', () => {
    expect(periodOf('2026-03-20', 'monthly')).toBe('2026-03-01');
    expect(periodOf('2026-03-20', 'daily')).toBe('2026-03-20');
  });

  it('escapeHtml escapes markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
