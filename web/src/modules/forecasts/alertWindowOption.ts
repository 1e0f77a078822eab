import type { LineSeriesOption } from 'echarts/charts';
import type { EChartOption } from '../../ui/EChart';
import { bandSeries, escapeHtml, FORECAST_COLORS, tooltipDot, tooltipRow } from './forecastChartOption';
import type { AlertDirection, AlertWindowDay } from './types';

/** The streak's shading and text: orange above the forecast, red below (as the direction tags). */
export const STREAK_COLORS: Record<AlertDirection, { area: string; text: string }> = {
  above: { area: 'rgba(250, 140, 22, 0.14)', text: '#d46b08' },
  below: { area: 'rgba(245, 34, 45, 0.10)', text: '#cf1322' },
};

/** `[day index, value]`: the x axis counts days, so a one-day streak still shades a whole day. */
type Point = [number, number | null];

export type AlignedWindow = {
  dates: string[];
  /** Whether a forecast covered the day (the server sends no forecast and no band for a day none did). */
  covered: boolean[];
  actual: Point[];
  forecast: Point[];
  /** The 80 % band as a base (lo) and a stacked height (hi − lo). */
  lo80: Point[];
  band80: Point[];
  /** Indexes of the streak's first and last day, or null when outside the window. */
  streak: [number, number] | null;
  /** Days at the start of the window that no forecast covered (not drawn). */
  skipped: number;
};

/**
 * Lines up the window by day. The days before the first forecast (a young install, a
 * backfill) are left out; later days without a forecast are gaps, not zeros.
 */
export function alignWindow(window: readonly AlertWindowDay[], first: string, fired: string): AlignedWindow {
  const all = [...window].sort((a, b) => a.date.localeCompare(b.date));
  const isCovered = (d: AlertWindowDay) => d.lo80 !== null && d.hi80 !== null;
  const skipped = Math.max(0, all.findIndex(isCovered));
  const days = all.findIndex(isCovered) < 0 ? all : all.slice(skipped);
  const covered = days.map(isCovered);
  const start = days.findIndex((d) => d.date >= first);
  const end = days.findLastIndex((d) => d.date <= fired);
  return {
    dates: days.map((d) => d.date),
    covered,
    actual: days.map((d, i) => [i, covered[i] ? d.actual : null]),
    forecast: days.map((d, i) => [i, covered[i] ? d.forecast : null]),
    lo80: days.map((d, i) => [i, covered[i] ? d.lo80 : null]),
    band80: days.map((d, i) => [i, covered[i] && d.lo80 !== null && d.hi80 !== null ? Math.max(0, d.hi80 - d.lo80) : null]),
    streak: start >= 0 && end >= start ? [start, end] : null,
    skipped: days === all ? 0 : skipped,
  };
}

export type AlertWindowText = {
  actual: string;
  forecast: string;
  band80: string;
  /** The legend entry of the shaded streak ("3-day streak below the band"). */
  streak: string;
  /** Said in the tooltip of a day no forecast covered. */
  noForecast: string;
};

export type AlertWindowInput = {
  window: readonly AlertWindowDay[];
  firstPeriod: string;
  firedPeriod: string;
  direction: AlertDirection;
  text: AlertWindowText;
  formatMoney: (minor: number) => string;
  formatAxisMoney: (minor: number) => string;
  /** A day in words: long for the tooltip, short for the axis. */
  formatDay: (date: string, short: boolean) => string;
};

/**
 * The 28 days an alert was judged on: daily actuals (solid, the streak's days marked),
 * the forecast made for each day (dashed) inside its 80 % band, and the streak shaded.
 */
export function alertWindowOption(input: AlertWindowInput): EChartOption {
  const { text, formatMoney, formatDay } = input;
  const aligned = alignWindow(input.window, input.firstPeriod, input.firedPeriod);
  const { dates, streak } = aligned;
  const colors = STREAK_COLORS[input.direction];
  const inStreak = (i: number) => streak !== null && i >= streak[0] && i <= streak[1];
  const byDate = new Map(input.window.map((d) => [d.date, d]));
  const dayIndexes = dates.map((_, i) => i);

  const tooltipFormatter = (params: unknown): string => {
    const first = (Array.isArray(params) ? params[0] : params) as { value?: unknown } | undefined;
    const x = Array.isArray(first?.value) ? Number(first.value[0]) : Number.NaN;
    const date = dates[Math.round(x)];
    const day = date === undefined ? undefined : byDate.get(date);
    if (!day) return '';
    const i = Math.round(x);
    const lines = [`<div style="font-weight:600;margin-bottom:4px">${escapeHtml(formatDay(day.date, false))}</div>`];
    if (!aligned.covered[i]) {
      lines.push(`<div style="color:#8c8c8c">${escapeHtml(text.noForecast)}</div>`);
      return lines.join('');
    }
    lines.push(tooltipRow(text.actual, formatMoney(day.actual), tooltipDot(inStreak(i) ? colors.text : FORECAST_COLORS.actual)));
    if (day.forecast !== null) lines.push(tooltipRow(text.forecast, formatMoney(day.forecast), tooltipDot(FORECAST_COLORS.forecast)));
    if (day.lo80 !== null && day.hi80 !== null) {
      lines.push(tooltipRow(text.band80, `${formatMoney(day.lo80)} – ${formatMoney(day.hi80)}`, tooltipDot(FORECAST_COLORS.band80)));
    }
    if (inStreak(i)) lines.push(`<div style="color:${colors.text};margin-top:2px">${escapeHtml(text.streak)}</div>`);
    return lines.join('');
  };

  const actual: LineSeriesOption = {
    name: text.actual,
    type: 'line',
    data: aligned.actual.map((point, i) =>
      inStreak(i) && point[1] !== null ? { value: point, symbolSize: 8, itemStyle: { color: colors.text } } : point,
    ),
    color: FORECAST_COLORS.actual,
    symbol: 'circle',
    symbolSize: 5,
    lineStyle: { width: 2 },
    z: 4,
    markArea: streak
      ? {
          silent: true,
          itemStyle: { color: colors.area },
          label: { show: false },
          data: [[{ xAxis: streak[0] - 0.5 }, { xAxis: streak[1] + 0.5 }]],
        }
      : undefined,
  };

  return {
    grid: { left: 8, right: 16, top: 40, bottom: 4, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      itemWidth: 16,
      itemHeight: 8,
      data: [
        { name: text.actual },
        { name: text.forecast },
        { name: text.band80, icon: 'roundRect', itemStyle: { color: FORECAST_COLORS.band80 } },
        ...(streak ? [{ name: text.streak, icon: 'rect', itemStyle: { color: colors.area } }] : []),
      ],
      // The streak's entry names the shading; it hides nothing.
      selectedMode: false,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'line', lineStyle: { color: '#bfbfbf' } },
      formatter: tooltipFormatter,
    },
    xAxis: {
      type: 'value',
      min: -0.5,
      max: Math.max(0, dates.length - 1) + 0.5,
      splitLine: { show: false },
      axisLine: { show: true, lineStyle: { color: '#d9d9d9' } },
      axisTick: { show: true, customValues: dayIndexes, lineStyle: { color: '#d9d9d9' } },
      axisLabel: {
        customValues: dayIndexes,
        hideOverlap: true,
        color: '#595959',
        formatter: (value: number) => (dates[value] ? formatDay(dates[value], true) : ''),
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { formatter: (v: number) => input.formatAxisMoney(v) },
      splitLine: { lineStyle: { type: 'dashed', color: '#eef0f3' } },
    },
    series: [
      ...bandSeries(text.band80, aligned.lo80, aligned.band80, FORECAST_COLORS.band80, 'band80'),
      {
        name: text.forecast,
        type: 'line',
        data: aligned.forecast,
        color: FORECAST_COLORS.forecast,
        symbol: 'none',
        lineStyle: { width: 2, type: 'dashed' },
        z: 3,
      },
      actual,
      // Only a legend entry for the shaded streak.
      ...(streak ? [{ name: text.streak, type: 'line' as const, data: [], color: colors.area, silent: true }] : []),
    ],
  };
}
