import { CalendarOutlined, CreditCardOutlined, RiseOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { KpiCard } from '../../ui/KpiCard';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDate } from '../auth/useFormatDate';
import type { Customer } from './types';

/** Revenue of the last 12 months, credit used against the limit, and the last order. */
export function CustomerKpis({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const formatDate = useFormatDate();
  const limit = customer.credit_limit ?? 0;
  const used = customer.credit_used ?? 0;
  const percent = limit > 0 ? Math.round((used / limit) * 1000) / 10 : 0;

  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} md={8}>
        <KpiCard
          testId="kpi-revenue"
          title={t('customers.revenue12mLong')}
          icon={<RiseOutlined />}
          value={formatMoney(customer.revenue_12m ?? 0, customer.currency)}
          footer={<Typography.Text type="secondary">{t('customers.revenueNote')}</Typography.Text>}
        />
      </Col>
      <Col xs={24} md={8}>
        <Card className="kpi-card" data-testid="kpi-credit" styles={{ body: { padding: '18px 20px' } }}>
          <Flex justify="space-between" align="flex-start">
            <Typography.Text type="secondary" className="kpi-card__title">
              {t('customers.credit')}
            </Typography.Text>
            <span className="kpi-card__icon">
              <CreditCardOutlined />
            </span>
          </Flex>
          <div className="kpi-card__value num">
            {formatMoney(used, customer.currency)}
            <span className="kpi-card__of"> / {limit > 0 ? formatMoney(limit, customer.currency) : t('customers.noLimit')}</span>
          </div>
          <Progress
            percent={Math.min(100, percent)}
            size="small"
            status={percent >= 100 ? 'exception' : 'normal'}
            strokeColor={percent >= 90 ? '#fa541c' : percent >= 70 ? '#faad14' : '#1f6feb'}
            format={() => (limit > 0 ? `${percent}%` : '—')}
          />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <KpiCard
          testId="kpi-last-order"
          title={t('customers.lastOrder')}
          icon={<CalendarOutlined />}
          value={customer.last_order_at ? formatDate(customer.last_order_at) : t('customers.noOrders')}
          footer={
            <Typography.Text type="secondary">
              {t('customers.lastVisit')}{t('common.colon')}{customer.last_visit_at ? formatDate(customer.last_visit_at) : '—'}
            </Typography.Text>
          }
        />
      </Col>
    </Row>
  );
}
