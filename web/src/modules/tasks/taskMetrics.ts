import type { EChartOption } from '../../ui/EChart';
import { escapeHtml, tooltipDot, tooltipRow } from '../forecasts/forecastChartOption';
import type { TaskMetrics } from './types';

/** "2026-W46" → { year: 2026, week: 46 }; null when it is not an ISO week. */
export function parseIsoWeek(value: string): { year: number; week: number } | null {
  const m = /^(\d{4})-W(\d{1,2})$/.exec(value);
  return m ? { year: Number(m[1]), week: Number(m[2]) } : null;
}

export type DepartmentMetricsRow = {
  department: string;
  open: number;
  overdue: number;
  /** Tasks done over the weeks shown. */
  handled: number;
  /** Average hours from created to done over those weeks (weighted by tasks done), null when none was done. */
  avgHours: number | null;
};

/** The table under the chart: per department open / overdue now, and done / average hours over the period. */
export function metricsRows(metrics: TaskMetrics): DepartmentMetricsRow[] {
  return metrics.departments.map((d) => {
    let done = 0;
    // Weeks with an average count towards it by how many tasks were done in them.
    let timed = 0;
    let hours = 0;
    d.handled.forEach((n, week) => {
      if (!(n > 0)) return;
      done += n;
      const avg = d.avg_hours[week];
      if (avg === null || avg === undefined || !Number.isFinite(avg)) return;
      timed += n;
      hours += avg * n;
    });
    return {
      department: d.department,
      open: d.open,
      overdue: d.overdue,
      handled: done,
      avgHours: timed > 0 ? hours / timed : null,
    };
  });
}

export type MetricsChartInput = {
  metrics: TaskMetrics;
  departmentLabel: (department: string) => string;
  /** Axis label of a week ("W46"). */
  weekLabel: (week: string) => string;
  /** "12.5 h". */
  formatHours: (hours: number) => string;
  /** "3 done". */
  formatHandled: (n: number) => string;
};

/** One line per department: average handling hours per week; weeks with nothing done are gaps. */
export function metricsChartOption(input: MetricsChartInput): EChartOption {
  const { metrics } = input;
  const names = metrics.departments.map((d) => input.departmentLabel(d.department));
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 4, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 16, itemHeight: 8, data: names },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as { dataIndex: number; seriesIndex: number; color?: string }[];
        const index = list[0]?.dataIndex ?? -1;
        const week = metrics.weeks[index];
        if (week === undefined) return '';
        const rows = list
          .map((p) => {
            const d = metrics.departments[p.seriesIndex];
            const avg = d?.avg_hours[index];
            if (!d || avg === null || avg === undefined) return '';
            const value = `${input.formatHours(avg)} · ${input.formatHandled(d.handled[index] ?? 0)}`;
            return tooltipRow(names[p.seriesIndex], value, tooltipDot(p.color ?? '#8c8c8c'));
          })
          .join('');
        return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(week)}</div>${rows}`;
      },
    },
    xAxis: { type: 'category', data: metrics.weeks.map(input.weekLabel), boundaryGap: false },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { formatter: (v: number) => input.formatHours(v) },
      splitLine: { lineStyle: { type: 'dashed', color: '#eef0f3' } },
    },
    series: metrics.departments.map((d, i) => ({
      name: names[i],
      type: 'line' as const,
      data: metrics.weeks.map((_, w) => {
        const v = d.avg_hours[w];
        return v === undefined || v === null || !Number.isFinite(v) ? null : v;
      }),
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 6,
      lineStyle: { width: 2 },
    })),
  };
}
