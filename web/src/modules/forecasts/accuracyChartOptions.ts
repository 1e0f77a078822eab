import type { EChartOption } from '../../ui/EChart';
import { escapeHtml, tooltipDot, tooltipRow } from './forecastChartOption';
import type { AccuracyFigures, ForecastAccuracy, ForecastLevel } from './types';

export const ACCURACY_COLORS = { wape: '#1f6feb', coverage: '#13c2c2', mase: '#722ed1', target: '#8c8c8c' } as const;

/** The order levels are listed in, coarse to fine (as the explorer's level switch). */
const LEVEL_ORDER: ForecastLevel[] = ['total', 'zone', 'category', 'zone_category', 'channel', 'segment'];

type Formatters = {
  /** A percent value (12.5 → "12.5%"). */
  formatPercent: (value: number | null) => string;
  /** A plain number such as a MASE (0.91 → "0.91"). */
  formatNumber: (value: number | null) => string;
  /** The tooltip line that counts the scored periods ("150 periods scored"). */
  formatCount: (n: number) => string;
};

const AXIS_PERCENT = { formatter: (v: number) => `${v}%` };
const SPLIT = { lineStyle: { type: 'dashed' as const, color: '#eef0f3' } };
const LEGEND = { top: 0, left: 0, itemWidth: 16, itemHeight: 8 };

function tooltipTitle(title: string): string {
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>`;
}

function tooltipCount(text: string): string {
  return `<div style="color:#8c8c8c;margin-top:2px">${escapeHtml(text)}</div>`;
}

/** The data index an axis tooltip is about. */
function indexOf(params: unknown): number {
  const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
  return first?.dataIndex ?? -1;
}

export type HorizonChartInput = Formatters & {
  rows: ForecastAccuracy['by_horizon'];
  text: { wape: string; coverage95: string };
  /** "Month 1" / "Day 1". */
  stepLabel: (step: number) => string;
};

/** Accuracy by how far ahead: WAPE as bars, 95 % coverage as a line on a 0–100 % axis with the 95 % target dashed. */
export function horizonChartOption(input: HorizonChartInput): EChartOption {
  const rows = [...input.rows].sort((a, b) => a.step - b.step);
  const { text } = input;
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 4, containLabel: true },
    legend: { ...LEGEND, data: [text.wape, text.coverage95] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const row = rows[indexOf(params)];
        if (!row) return '';
        return (
          tooltipTitle(input.stepLabel(row.step)) +
          tooltipRow(text.wape, input.formatPercent(row.wape), tooltipDot(ACCURACY_COLORS.wape)) +
          tooltipRow(text.coverage95, input.formatPercent(row.coverage95), tooltipDot(ACCURACY_COLORS.coverage)) +
          tooltipCount(input.formatCount(row.n))
        );
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => input.stepLabel(r.step)), axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', min: 0, axisLabel: AXIS_PERCENT, splitLine: SPLIT },
      { type: 'value', min: 0, max: 100, axisLabel: AXIS_PERCENT, splitLine: { show: false } },
    ],
    series: [
      {
        name: text.wape,
        type: 'bar',
        data: rows.map((r) => r.wape),
        color: ACCURACY_COLORS.wape,
        barMaxWidth: 28,
        itemStyle: { borderRadius: [4, 4, 0, 0] },
      },
      {
        name: text.coverage95,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => r.coverage95),
        color: ACCURACY_COLORS.coverage,
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { width: 2 },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: ACCURACY_COLORS.target, type: 'dashed', width: 1 },
          label: { show: false },
          data: [{ yAxis: 95 }],
        },
      },
    ],
  };
}

export type LevelChartInput = Formatters & {
  rows: ForecastAccuracy['by_level'];
  text: { wape: string; mase: string };
  levelLabel: (level: ForecastLevel) => string;
};

/** Accuracy by level: WAPE (left, %) and MASE (right, with the seasonal-naive level 1 dashed) side by side. */
export function levelChartOption(input: LevelChartInput): EChartOption {
  const rank = (level: ForecastLevel) => {
    const i = LEVEL_ORDER.indexOf(level);
    return i < 0 ? LEVEL_ORDER.length : i;
  };
  const rows = [...input.rows].sort((a, b) => rank(a.level) - rank(b.level));
  const { text } = input;
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 4, containLabel: true },
    legend: { ...LEGEND, data: [text.wape, text.mase] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const row = rows[indexOf(params)];
        if (!row) return '';
        return (
          tooltipTitle(input.levelLabel(row.level)) +
          tooltipRow(text.wape, input.formatPercent(row.wape), tooltipDot(ACCURACY_COLORS.wape)) +
          tooltipRow(text.mase, input.formatNumber(row.mase), tooltipDot(ACCURACY_COLORS.mase)) +
          tooltipCount(input.formatCount(row.n))
        );
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => input.levelLabel(r.level)),
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, hideOverlap: true },
    },
    yAxis: [
      { type: 'value', min: 0, axisLabel: AXIS_PERCENT, splitLine: SPLIT },
      { type: 'value', min: 0, splitLine: { show: false } },
    ],
    series: [
      {
        name: text.wape,
        type: 'bar',
        data: rows.map((r) => r.wape),
        color: ACCURACY_COLORS.wape,
        barMaxWidth: 24,
        itemStyle: { borderRadius: [4, 4, 0, 0] },
      },
      {
        name: text.mase,
        type: 'bar',
        yAxisIndex: 1,
        data: rows.map((r) => r.mase),
        color: ACCURACY_COLORS.mase,
        barMaxWidth: 24,
        itemStyle: { borderRadius: [4, 4, 0, 0] },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: ACCURACY_COLORS.target, type: 'dashed', width: 1 },
          label: { show: false },
          data: [{ yAxis: 1 }],
        },
      },
    ],
  };
}

export type RunChartInput = Formatters & {
  rows: ForecastAccuracy['by_run'];
  text: { wape: string; bias: string; coverage80: string };
  formatDate: (date: string) => string;
};

/** WAPE of each run's forecasts, by the run's `as_of`, oldest first. */
export function runChartOption(input: RunChartInput): EChartOption {
  const rows = [...input.rows].sort((a, b) => a.as_of.localeCompare(b.as_of));
  const { text } = input;
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 4, containLabel: true },
    legend: { ...LEGEND, data: [text.wape] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'line', lineStyle: { color: '#bfbfbf' } },
      formatter: (params: unknown) => {
        const row: (AccuracyFigures & { as_of: string }) | undefined = rows[indexOf(params)];
        if (!row) return '';
        return (
          tooltipTitle(input.formatDate(row.as_of)) +
          tooltipRow(text.wape, input.formatPercent(row.wape), tooltipDot(ACCURACY_COLORS.wape)) +
          tooltipRow(text.bias, input.formatPercent(row.bias)) +
          tooltipRow(text.coverage80, input.formatPercent(row.coverage80)) +
          tooltipCount(input.formatCount(row.n))
        );
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => input.formatDate(r.as_of)),
      boundaryGap: rows.length < 2,
      axisTick: { alignWithLabel: true },
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', min: 0, axisLabel: AXIS_PERCENT, splitLine: SPLIT },
    series: [
      {
        name: text.wape,
        type: 'line',
        data: rows.map((r) => r.wape),
        color: ACCURACY_COLORS.wape,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 2 },
        areaStyle: { color: 'rgba(31, 111, 235, 0.08)' },
      },
    ],
  };
}
