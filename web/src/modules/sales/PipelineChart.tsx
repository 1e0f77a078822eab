import { format } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../ui/EChart';
import { formatMoney } from '../../ui/formatMoney';
import { pipelineSeries } from './pipelineSeries';
import type { SalesSummary } from './types';

/**
 * Open opportunities per stage, first stage on top (funnel-like): the amount as a light bar
 * with the weighted amount drawn over it; the count shows in the tooltip.
 */
export function PipelineChart({ summary, height }: { summary: SalesSummary; height: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo<EChartOption>(() => {
    const rows = pipelineSeries(summary.pipeline, locale);
    const money = (v: unknown) => formatMoney(Number(v), summary.currency, locale);
    const compact = (v: unknown) => formatMoney(Number(v), summary.currency, locale, { compact: true });
    const number = new Intl.NumberFormat(locale);
    const line = (marker: string, name: string, value: string) =>
      `<div style="display:flex;justify-content:space-between;gap:24px">` +
      `<span>${marker}${format.encodeHTML(name)}</span><b>${format.encodeHTML(value)}</b></div>`;
    return {
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 8 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const list = Array.isArray(params) ? params : [params];
          const index = list[0]?.dataIndex ?? 0;
          const series = list.map((p) =>
            line(typeof p.marker === 'string' ? p.marker : '', p.seriesName ?? '', money(p.value)),
          );
          return [
            `<div style="margin-bottom:4px">${format.encodeHTML(rows.labels[index] ?? '')}</div>`,
            line('', t('sales.pipelineCount'), number.format(rows.counts[index] ?? 0)),
            ...series,
          ].join('');
        },
      },
      xAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => compact(v), hideOverlap: true },
        splitLine: { lineStyle: { type: 'dashed', color: '#eef0f3' } },
      },
      yAxis: {
        type: 'category',
        // Pipeline order from the top down.
        inverse: true,
        data: rows.labels,
        axisTick: { show: false },
      },
      series: [
        {
          name: t('sales.pipelineAmount'),
          type: 'bar',
          data: rows.amounts,
          barMaxWidth: 22,
          itemStyle: { borderRadius: [0, 4, 4, 0], color: '#bcd4fb' },
          label: { show: true, position: 'right', formatter: ({ value }) => compact(value), color: '#595959' },
        },
        {
          name: t('sales.pipelineWeighted'),
          type: 'bar',
          data: rows.weighted,
          barMaxWidth: 22,
          // Over the amount bar: the weighted part of each stage.
          barGap: '-100%',
          itemStyle: { borderRadius: [0, 4, 4, 0], color: '#1f6feb' },
        },
      ],
    };
  }, [summary, locale, t]);
  return <EChart option={option} height={height} testId="chart-pipeline" label={t('sales.pipelineTitle')} />;
}
