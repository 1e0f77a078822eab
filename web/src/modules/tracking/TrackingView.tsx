import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/formatDate';
import { TrackingItems } from './TrackingItems';
import { TrackingSteps } from './TrackingSteps';
import { TrackingTimeline } from './TrackingTimeline';
import { trackingPosition } from './trackingSteps';
import type { TrackedOrder } from './types';

const SHIPPED = new Set(['shipped', 'delivered', 'closed']);

/** The customer's view of an order: number and status, the steps, dates and ship mode, history and items. */
export function TrackingView({ order }: { order: TrackedOrder }) {
  const { t, i18n } = useTranslation();
  const { cancelled, done } = trackingPosition(order.status, order.timeline);
  const color = cancelled ? 'red' : done ? 'green' : 'blue';
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div className="tracking-view" data-testid="tracking-view">
      <Card className="tracking-summary">
        <Flex justify="space-between" align="center" gap={12} wrap>
          <div>
            <Typography.Text type="secondary">{t('tracking.orderNumber')}</Typography.Text>
            <Typography.Title level={3} className="num tracking-summary__number" data-testid="tracking-number">
              {order.number}
            </Typography.Title>
          </div>
          <Tag color={color} className="tracking-summary__status" data-testid="tracking-status">
            {t(`tracking.statuses.${order.status}`, { defaultValue: order.status })}
          </Tag>
        </Flex>
        <div className="tracking-summary__steps">
          <TrackingSteps order={order} />
        </div>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }} className="tracking-summary__facts">
          <Descriptions.Item label={t('tracking.orderDate')}>
            <span className="num">{formatDate(order.order_date, i18n.language)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={SHIPPED.has(order.status) ? t('tracking.shipDate') : t('tracking.expectedShipDate')}>
            {order.ship_date ? <span className="num">{formatDate(order.ship_date, i18n.language)}</span> : dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('tracking.shipMode')}>
            {order.ship_mode ? t(`orders.shipModes.${order.ship_mode}`, { defaultValue: order.ship_mode }) : dash}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} md={14}>
          <Card title={t('tracking.items', { count: order.items.length })} styles={{ body: { padding: 0 } }}>
            <TrackingItems items={order.items} />
          </Card>
        </Col>
        <Col xs={24} md={10}>
          <Card title={t('tracking.history')}>
            <TrackingTimeline timeline={order.timeline} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
