import type { LineSeriesOption } from 'echarts/charts';
import type { EChartOption } from '../../ui/EChart';
import type { ForecastFrequency, ForecastSeries } from './types';

export const FORECAST_COLORS = {
  actual: '#1f6feb',
  forecast: '#722ed1',
  band80: 'rgba(114, 46, 209, 0.22)',
  band95: 'rgba(114, 46, 209, 0.10)',
  asOf: '#8c8c8c',
} as const;

/** Days of history a daily chart opens on (the slider reaches the rest). */
const DAILY_WINDOW = 120;

type Cell = number | null;

/** History and forecast on one category axis of period labels, each column aligned by index. */
export type AlignedForecast = {
  dates: string[];
  /** Actuals before the first forecast period (the data the run learnt from). */
  actual: Cell[];
  /** Actuals from the first forecast period on, which the forecast is judged against. */
  actualSince: Cell[];
  forecast: Cell[];
  /** Each band as a transparent base (lo) and a stacked height (hi − lo). */
  lo80: Cell[];
  band80: Cell[];
  lo95: Cell[];
  band95: Cell[];
  /** The period holding the run's `as_of` (where the forecast starts), or -1. */
  asOfIndex: number;
  /**
   * The last actual before the forecast, or -1: the forecast line and its bands start
   * there at the actual value, so they join the history instead of floating after it.
   */
  anchorIndex: number;
};

/** Lines up a series' actuals and forecast by period label (YYYY-MM-DD, so text order is time order). */
export function alignForecast(series: Pick<ForecastSeries, 'history' | 'forecast'>, asOf: string | null): AlignedForecast {
  const dates = [...new Set([...series.history.map((h) => h.date), ...series.forecast.map((f) => f.date)])].sort();
  const actuals = new Map(series.history.map((h) => [h.date, h.value]));
  const forecasts = new Map(series.forecast.map((f) => [f.date, f]));
  const boundary = series.forecast.length > 0 ? series.forecast.reduce((min, f) => (f.date < min ? f.date : min), series.forecast[0].date) : null;
  const empty = (): Cell[] => dates.map(() => null);
  const out: AlignedForecast = {
    dates,
    actual: empty(),
    actualSince: empty(),
    forecast: empty(),
    lo80: empty(),
    band80: empty(),
    lo95: empty(),
    band95: empty(),
    asOfIndex: asOf === null ? -1 : dates.findLastIndex((d) => d <= asOf),
    anchorIndex: boundary === null ? -1 : dates.findLastIndex((d) => d < boundary && actuals.has(d)),
  };
  dates.forEach((date, i) => {
    const actual = actuals.get(date);
    if (actual !== undefined) {
      if (boundary === null || date < boundary) out.actual[i] = actual;
      else out.actualSince[i] = actual;
    }
    const f = forecasts.get(date);
    if (f) {
      out.forecast[i] = f.point;
      out.lo80[i] = f.lo80;
      out.band80[i] = Math.max(0, f.hi80 - f.lo80);
      out.lo95[i] = f.lo95;
      out.band95[i] = Math.max(0, f.hi95 - f.lo95);
    }
  });
  if (out.anchorIndex >= 0) {
    const i = out.anchorIndex;
    const value = out.actual[i];
    out.actualSince[i] = value;
    out.forecast[i] = value;
    out.lo80[i] = value;
    out.band80[i] = 0;
    out.lo95[i] = value;
    out.band95[i] = 0;
  }
  return out;
}

/** The label of the period that contains `day` (the first of its month, or the day itself). */
export function periodOf(day: string, frequency: ForecastFrequency): string {
  return frequency === 'monthly' ? `${day.slice(0, 7)}-01` : day;
}

export type ForecastChartText = {
  actual: string;
  forecast: string;
  band80: string;
  band95: string;
  /** The label of the vertical line at the run's `as_of`. */
  asOf: string;
  /** Said of the period that is still under way (its actual is partial). */
  inProgress: string;
};

export type ForecastChartInput = {
  series: Pick<ForecastSeries, 'history' | 'forecast'>;
  asOf: string | null;
  frequency: ForecastFrequency;
  /** Today (YYYY-MM-DD): the actual of its period is not complete yet. */
  today: string;
  text: ForecastChartText;
  formatMoney: (minor: number) => string;
  formatAxisMoney: (minor: number) => string;
  /** A period label in words: long for the tooltip, short for the axis. */
  formatPeriod: (date: string, short: boolean) => string;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** The tooltip is HTML: every text that goes in is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A coloured dot before a tooltip row (hollow: a partial value). */
export function tooltipDot(color: string, hollow = false): string {
  const fill = hollow ? `border:2px solid ${color};background:#fff` : `background:${color}`;
  return `<span style="display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;box-sizing:border-box;${fill}"></span>`;
}

/** One tooltip line: label left, value right; both escaped. */
export function tooltipRow(label: string, value: string, marker = ''): string {
  return (
    `<div style="display:flex;justify-content:space-between;gap:24px;line-height:22px">` +
    `<span>${marker}${escapeHtml(label)}</span><span style="font-weight:600;font-variant-numeric:tabular-nums">${escapeHtml(value)}</span></div>`
  );
}

/**
 * An interval drawn as a transparent base series of lo with a stacked area of hi − lo
 * (one legend entry: both carry `name`).
 */
export function bandSeries(
  name: string,
  base: LineSeriesOption['data'],
  height: LineSeriesOption['data'],
  color: string,
  stack: string,
): LineSeriesOption[] {
  return [
    {
      name,
      type: 'line',
      data: base,
      stack,
      stackStrategy: 'all',
      symbol: 'none',
      lineStyle: { opacity: 0 },
      silent: true,
      z: 1,
    },
    {
      name,
      type: 'line',
      data: height,
      stack,
      stackStrategy: 'all',
      symbol: 'none',
      lineStyle: { opacity: 0 },
      areaStyle: { color, opacity: 1 },
      silent: true,
      z: 1,
    },
  ];
}

/**
 * The ECharts option of one series: actuals (solid), the forecast (dashed) inside its
 * 80 % and 95 % bands — each a transparent base series of lo with a stacked area of
 * hi − lo — a vertical line at the run's `as_of`, and the actuals since `as_of` drawn
 * with dots over the forecast. Daily charts get a zoom slider.
 */
export function forecastChartOption(input: ForecastChartInput): EChartOption {
  const { text, formatMoney, formatPeriod, frequency } = input;
  const aligned = alignForecast(input.series, input.asOf);
  const { dates } = aligned;
  const current = periodOf(input.today, frequency);
  const partial = (i: number) => dates[i] === current;
  const daily = frequency === 'daily';
  const firstForecast = aligned.forecast.findIndex((v, i) => v !== null && i !== aligned.anchorIndex);
  // Points of the period under way are hollow: its actual is still growing. The anchor
  // (the last actual the run saw) carries no dot of its own on the "since" line.
  const actualData = (cells: Cell[], since = false) =>
    cells.map((value, i) => {
      if (value === null) return null;
      if (since && i === aligned.anchorIndex) return { value, symbol: 'none' };
      return partial(i) ? { value, symbol: 'emptyCircle', symbolSize: 8 } : value;
    });

  const tooltipFormatter = (params: unknown): string => {
    const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
    const i = first?.dataIndex ?? -1;
    const date = dates[i];
    if (date === undefined) return '';
    const f = input.series.forecast.find((p) => p.date === date);
    const actual = input.series.history.find((h) => h.date === date);
    const title = formatPeriod(date, false) + (partial(i) && actual ? ` · ${text.inProgress}` : '');
    const lines = [`<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>`];
    if (actual) lines.push(tooltipRow(text.actual, formatMoney(actual.value), tooltipDot(FORECAST_COLORS.actual, partial(i))));
    if (f) {
      lines.push(tooltipRow(text.forecast, formatMoney(f.point), tooltipDot(FORECAST_COLORS.forecast)));
      lines.push(tooltipRow(text.band80, `${formatMoney(f.lo80)} – ${formatMoney(f.hi80)}`, tooltipDot(FORECAST_COLORS.band80)));
      lines.push(tooltipRow(text.band95, `${formatMoney(f.lo95)} – ${formatMoney(f.hi95)}`, tooltipDot(FORECAST_COLORS.band95)));
    }
    return lines.join('');
  };

  return {
    grid: { left: 8, right: 24, top: 44, bottom: daily ? 48 : 8, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      itemWidth: 16,
      itemHeight: 8,
      data: [
        { name: text.actual },
        { name: text.forecast },
        { name: text.band80, icon: 'roundRect', itemStyle: { color: FORECAST_COLORS.band80 } },
        { name: text.band95, icon: 'roundRect', itemStyle: { color: FORECAST_COLORS.band95 } },
      ],
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'line', lineStyle: { color: '#bfbfbf' } },
      formatter: tooltipFormatter,
    },
    xAxis: {
      type: 'category',
      data: dates,
      boundaryGap: false,
      axisTick: { alignWithLabel: true },
      axisLabel: {
        hideOverlap: true,
        lineHeight: 16,
        formatter: (value: string, index: number) => {
          const short = formatPeriod(value, true);
          if (daily) return short;
          return index === 0 || value.slice(5, 7) === '01' ? `${short}\n${value.slice(0, 4)}` : short;
        },
      },
    },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => input.formatAxisMoney(v) },
      splitLine: { lineStyle: { type: 'dashed', color: '#eef0f3' } },
    },
    dataZoom: daily
      ? [
          {
            type: 'slider',
            startValue: Math.max(0, (firstForecast >= 0 ? firstForecast : dates.length) - DAILY_WINDOW),
            endValue: Math.max(0, dates.length - 1),
            bottom: 8,
            height: 22,
            labelFormatter: (index: number) => (dates[index] ? formatPeriod(dates[index], true) : ''),
          },
          { type: 'inside' },
        ]
      : [],
    series: [
      ...bandSeries(text.band95, aligned.lo95, aligned.band95, FORECAST_COLORS.band95, 'band95'),
      ...bandSeries(text.band80, aligned.lo80, aligned.band80, FORECAST_COLORS.band80, 'band80'),
      {
        name: text.actual,
        type: 'line',
        data: actualData(aligned.actual),
        color: FORECAST_COLORS.actual,
        symbol: 'none',
        lineStyle: { width: 2 },
        z: 3,
        markLine:
          aligned.asOfIndex >= 0
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { color: FORECAST_COLORS.asOf, type: 'dashed', width: 1 },
                label: { formatter: text.asOf, position: 'end', color: '#595959', fontSize: 11 },
                data: [{ xAxis: aligned.asOfIndex }],
              }
            : undefined,
      },
      {
        name: text.forecast,
        type: 'line',
        data: aligned.forecast,
        color: FORECAST_COLORS.forecast,
        symbol: daily ? 'none' : 'circle',
        symbolSize: 5,
        lineStyle: { width: 2, type: 'dashed' },
        z: 3,
      },
      {
        // The same name as the history: one legend entry, one colour, dots where it meets the forecast.
        name: text.actual,
        type: 'line',
        data: actualData(aligned.actualSince, true),
        color: FORECAST_COLORS.actual,
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { width: 2 },
        z: 4,
      },
    ],
  };
}
