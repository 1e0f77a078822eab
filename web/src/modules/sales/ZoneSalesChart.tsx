import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../ui/EChart';
import { formatMoney } from '../../ui/formatMoney';
import type { SalesSummary } from './types';

/** This year's sales per zone, largest on top. */
export function ZoneSalesChart({ summary, height }: { summary: SalesSummary; height: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo<EChartOption>(() => {
    // ECharts draws the first category at the bottom: ascending puts the largest on top.
    const rows = [...summary.by_zone].sort((a, b) => a.amount - b.amount);
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => formatMoney(Number(v), summary.currency, locale),
      },
      xAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => formatMoney(v, summary.currency, locale, { compact: true }), hideOverlap: true },
        splitLine: { lineStyle: { type: 'dashed', color: '#eef0f3' } },
      },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.zone_name || t('sales.noZone')),
        axisTick: { show: false },
      },
      series: [
        {
          name: t('sales.amount'),
          type: 'bar',
          data: rows.map((r) => r.amount),
          barMaxWidth: 22,
          itemStyle: { borderRadius: [0, 4, 4, 0], color: '#13c2c2' },
          label: {
            show: true,
            position: 'right',
            formatter: ({ value }) => formatMoney(Number(value), summary.currency, locale, { compact: true }),
            color: '#595959',
          },
        },
      ],
    };
  }, [summary, locale, t]);
  return <EChart option={option} height={height} testId="chart-zones" label={t('sales.byZoneTitle')} />;
}
