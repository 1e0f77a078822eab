import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../ui/EChart';
import { formatMoney } from '../../ui/formatMoney';
import { monthLabel } from './monthLabel';
import type { SalesSummary } from './types';

/** Sales per month (bars, left axis) and order count (line, right axis), last 12 months. */
export function MonthlySalesChart({ summary, height }: { summary: SalesSummary; height: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo<EChartOption>(() => {
    const months = summary.monthly;
    const money = (v: unknown) => formatMoney(Number(v), summary.currency, locale);
    return {
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        // Full names, which the tooltip shows as its title.
        data: months.map((m) => monthLabel(m.month, locale)),
        axisTick: { alignWithLabel: true },
        // Every month by its short name; the year under the first one and under each January.
        axisLabel: {
          interval: 0,
          lineHeight: 16,
          formatter: (_: string, index: number) => {
            const month = months[index]?.month ?? '';
            const short = monthLabel(month, locale, true);
            return index === 0 || month.endsWith('-01') ? `${short}\n${month.slice(0, 4)}` : short;
          },
        },
      },
      yAxis: [
        {
          type: 'value',
          axisLabel: { formatter: (v: number) => formatMoney(v, summary.currency, locale, { compact: true }) },
          splitLine: { lineStyle: { type: 'dashed', color: '#eef0f3' } },
        },
        { type: 'value', splitLine: { show: false }, minInterval: 1 },
      ],
      series: [
        {
          name: t('sales.amount'),
          type: 'bar',
          data: months.map((m) => m.amount),
          barMaxWidth: 28,
          itemStyle: { borderRadius: [4, 4, 0, 0] },
          tooltip: { valueFormatter: money },
        },
        {
          name: t('sales.orderCount'),
          type: 'line',
          yAxisIndex: 1,
          data: months.map((m) => m.orders),
          smooth: true,
          symbolSize: 6,
          lineStyle: { width: 2 },
          tooltip: { valueFormatter: (v) => new Intl.NumberFormat(locale).format(Number(v)) },
        },
      ],
    };
  }, [summary, locale, t]);
  return <EChart option={option} height={height} testId="chart-monthly" label={t('sales.monthlyTitle')} />;
}
