import { DollarOutlined, ShoppingCartOutlined, TagsOutlined, TeamOutlined, TrophyOutlined } from '@ant-design/icons';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { KpiCard } from '../../ui/KpiCard';
import { percentChange } from '../../ui/percentChange';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { formatWinRate } from './formatWinRate';
import type { SalesSummary } from './types';

/**
 * This month against the same stretch of last month (a month-to-date figure against a whole
 * month would read as a slump early in every month): sales, orders, average order value;
 * customer count; 12-month win rate.
 */
export function SalesKpis({ summary, loading }: { summary: SalesSummary | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const s = summary;
  const average = (amount: number, orders: number) => (orders > 0 ? Math.round(amount / orders) : 0);
  const avgThis = s ? average(s.this_month, s.orders_this_month) : 0;
  const avgLast = s ? average(s.last_month_to_date, s.orders_last_month_to_date) : 0;
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const vsLast = t('sales.vsSamePeriodLastMonth');
  // Five cards in one row on wide screens; minWidth 0 lets a long note shrink (ellipsis) instead of wrapping the row.
  const xl = { flex: '20%' };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} lg={8} xl={xl} style={{ minWidth: 0 }}>
        <KpiCard
          testId="kpi-sales"
          title={t('sales.thisMonth')}
          icon={<DollarOutlined />}
          loading={loading}
          value={s ? formatMoney(s.this_month, s.currency) : ''}
          change={s ? percentChange(s.this_month, s.last_month_to_date) : null}
          changeLabel={vsLast}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={xl} style={{ minWidth: 0 }}>
        <KpiCard
          testId="kpi-orders"
          title={t('sales.ordersThisMonth')}
          icon={<ShoppingCartOutlined />}
          loading={loading}
          value={s ? count(s.orders_this_month) : ''}
          change={s ? percentChange(s.orders_this_month, s.orders_last_month_to_date) : null}
          changeLabel={vsLast}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={xl} style={{ minWidth: 0 }}>
        <KpiCard
          testId="kpi-average"
          title={t('sales.averageOrder')}
          icon={<TagsOutlined />}
          loading={loading}
          value={s ? formatMoney(avgThis, s.currency) : ''}
          change={s ? percentChange(avgThis, avgLast) : null}
          changeLabel={vsLast}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={xl} style={{ minWidth: 0 }}>
        <KpiCard
          testId="kpi-customers"
          title={t('sales.customers')}
          icon={<TeamOutlined />}
          loading={loading}
          value={s ? count(s.customers) : ''}
          changeLabel={t('sales.customersNote')}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={xl} style={{ minWidth: 0 }}>
        <KpiCard
          testId="kpi-win-rate"
          title={t('sales.winRate')}
          icon={<TrophyOutlined />}
          loading={loading}
          value={s ? formatWinRate(s.win_rate, i18n.language) : ''}
          changeLabel={s ? t('sales.winRateNote', { won: count(s.won_12m), lost: count(s.lost_12m) }) : undefined}
        />
      </Col>
    </Row>
  );
}
