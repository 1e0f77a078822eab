import { describe, expect, it } from 'vitest';
import { metricsChartOption, metricsRows, parseIsoWeek } from './taskMetrics';
import type { TaskMetrics } from './types';

const metrics: TaskMetrics = {
  weeks: ['2026-W45', '2026-W46', '2026-W47'],
  departments: [
    { department: 'finance', handled: [2, 0, 3], avg_hours: [10, null, 20], open: 4, overdue: 1 },
    { department: 'warehouse', handled: [0, 0, 0], avg_hours: [null, null, null], open: 0, overdue: 0 },
  ],
};

describe('parseIsoWeek', () => {
  it('reads ISO weeks only', () => {
    expect(parseIsoWeek('2026-W46')).toEqual({ year: 2026, week: 46 });
    expect(parseIsoWeek('2026-W1')).toEqual({ year: 2026, week: 1 });
    expect(parseIsoWeek('2026-11')).toBeNull();
  });
});

describe('metricsRows', () => {
  it('sums what was done and weights the average by it', () => {
    expect(metricsRows(metrics)).toEqual([
      { department: 'finance', open: 4, overdue: 1, handled: 5, avgHours: 16 },
      { department: 'warehouse', open: 0, overdue: 0, handled: 0, avgHours: null },
    ]);
  });

  it('copes with short or odd arrays', () => {
    const odd: TaskMetrics = { weeks: ['2026-W46'], departments: [{ department: 'sales', handled: [3, 1], avg_hours: [5], open: 1, overdue: 0 }] };
    expect(metricsRows(odd)[0]).toEqual({ department: 'sales', open: 1, overdue: 0, handled: 4, avgHours: 5 });
  });
});

describe('metricsChartOption', () => {
  const option = metricsChartOption({
    metrics,
    departmentLabel: (d) => ({ finance: '财务', warehouse: '仓库' })[d] ?? d,
    weekLabel: (w) => w.slice(5),
    formatHours: (h) => `${h} h`,
    formatHandled: (n) => `${n} done`,
  });

  it('draws one line per department over the weeks, with gaps for weeks without an average', () => {
    const series = option.series as { name: string; type: string; data: (number | null)[]; connectNulls: boolean }[];
    expect(series.map((s) => s.name)).toEqual(['财务', '仓库']);
    expect(series[0]).toMatchObject({ type: 'line', data: [10, null, 20], connectNulls: false });
    expect(series[1].data).toEqual([null, null, null]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['W45', 'W46', 'W47']);
  });

  it('lists each department with an average in the tooltip', () => {
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter([
      { dataIndex: 2, seriesIndex: 0, color: '#1f6feb' },
      { dataIndex: 2, seriesIndex: 1, color: '#13c2c2' },
    ]);
    expect(html).toContain('2026-W47');
    expect(html).toContain('20 h · 3 done');
    expect(html).not.toContain('仓库');
    expect(tooltip.formatter([{ dataIndex: 9, seriesIndex: 0 }])).toBe('');
  });
});
