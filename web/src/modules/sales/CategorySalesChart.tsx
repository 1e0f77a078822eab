import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../ui/EChart';
import { formatMoney } from '../../ui/formatMoney';
import type { SalesSummary } from './types';

/** This year's sales split by product category (donut). */
export function CategorySalesChart({ summary, height }: { summary: SalesSummary; height: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo<EChartOption>(() => {
    const label = (name: string) => t(`sales.categories.${name}`, { defaultValue: name });
    const data = summary.by_category.map((c) => ({ name: label(c.category), value: c.amount }));
    const total = data.reduce((sum, d) => sum + d.value, 0);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      tooltip: {
        trigger: 'item',
        valueFormatter: (v) => formatMoney(Number(v), summary.currency, locale),
      },
      legend: {
        bottom: 0,
        left: 'center',
        itemWidth: 10,
        itemHeight: 10,
        icon: 'circle',
        formatter: (name: string) => {
          const value = data.find((d) => d.name === name)?.value ?? 0;
          return total > 0 ? `${name} ${percent.format(value / total)}` : name;
        },
      },
      series: [
        {
          name: t('sales.byCategoryTitle'),
          type: 'pie',
          radius: ['50%', '74%'],
          center: ['50%', '44%'],
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          // The share sits in the legend; the hovered slice names itself in the hole.
          label: { show: false, position: 'center' },
          emphasis: {
            label: { show: true, fontSize: 15, fontWeight: 'bold', color: '#262626', formatter: '{b}\n{d}%', lineHeight: 22 },
          },
          data,
        },
      ],
    };
  }, [summary, locale, t]);
  return <EChart option={option} height={height} testId="chart-categories" label={t('sales.byCategoryTitle')} />;
}
