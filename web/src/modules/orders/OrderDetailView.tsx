import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { can } from '../auth/can';
import { useFormatDate } from '../auth/useFormatDate';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { RecordThread } from '../messages/RecordThread';
import { useLiveRecord } from '../realtime/useLiveRecord';
import { TrackingLinkButton } from '../tracking/TrackingLinkButton';
import { OrderLinesTable } from './OrderLinesTable';
import { OrderStatusActions } from './OrderStatusActions';
import { OrderStatusSteps } from './OrderStatusSteps';
import { OrderStatusTag } from './OrderStatusTag';
import { OrderStatusTimeline } from './OrderStatusTimeline';
import { orderQueryKey, useOrder } from './useOrder';

/** One order: header, lifecycle steps, lines with totals, status history and the next moves. */
export function OrderDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const formatMoney = useFormatMoney();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const query = useOrder(id);
  useLiveRecord('order', id, [orderQueryKey(id)]);
  const order = query.data;

  if (query.error && !order) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('orders.notFound') : t('errors.loadFailed')}
        subTitle={notFound || !isApiError(query.error) ? undefined : describeApiError(query.error, t)}
        extra={
          <Link to="/orders">
            <Button type="primary">{t('orders.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  if (!order) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  const canUpdate = me?.user.role === 'admin' || can(me, 'order', 'update');
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <div data-testid="order-detail">
      <Card className="detail-header">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div>
            <Flex align="center" gap={10} wrap>
              <Link to="/orders" aria-label={t('orders.backToList')} className="detail-header__back">
                <ArrowLeftOutlined />
              </Link>
              <Typography.Title level={4} style={{ margin: 0 }} className="num" data-testid="order-number">
                {order.number}
              </Typography.Title>
              <OrderStatusTag status={order.status} />
            </Flex>
            <Typography.Text type="secondary" className="detail-header__sub">
              <Link to={`/customers/${order.customer_id}`}>{order.customer_name}</Link>
              {' · '}
              {t('orders.placedOn', { date: formatDate(order.order_date) })}
            </Typography.Text>
          </div>
          <Flex vertical align="flex-end" gap={8}>
            <div className="detail-header__amount num">{formatMoney(order.total, order.currency)}</div>
            <Flex gap={8} wrap justify="flex-end">
              <TrackingLinkButton orderId={order.id} />
              {canUpdate ? <OrderStatusActions order={order} /> : null}
            </Flex>
          </Flex>
        </Flex>
        <div className="detail-header__steps">
          <OrderStatusSteps status={order.status} timeline={order.timeline ?? []} />
        </div>
      </Card>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={16}>
          <Card title={t('orders.lines', { count: order.lines?.length ?? order.line_count })} styles={{ body: { padding: 0 } }}>
            <OrderLinesTable order={{ ...order, lines: order.lines ?? [] }} />
          </Card>
          <RecordThread object="order" objectId={order.id} />
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('orders.info')}>
            <Descriptions column={1} size="small" className="order-info">
              <Descriptions.Item label={t('orders.customer')}>
                <Link to={`/customers/${order.customer_id}`}>{order.customer_name}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('orders.owner')}>{order.owner_name || dash}</Descriptions.Item>
              <Descriptions.Item label={t('orders.zone')}>{order.zone_name || dash}</Descriptions.Item>
              <Descriptions.Item label={t('orders.channel')}>
                {order.channel ? t(`channels.${order.channel}`, { defaultValue: order.channel }) : dash}
              </Descriptions.Item>
              <Descriptions.Item label={t('orders.orderDate')}>{formatDate(order.order_date)}</Descriptions.Item>
              <Descriptions.Item label={t('orders.shipDate')}>{order.ship_date ? formatDate(order.ship_date) : dash}</Descriptions.Item>
              <Descriptions.Item label={t('orders.shipMode')}>
                {order.ship_mode ? t(`orders.shipModes.${order.ship_mode}`, { defaultValue: order.ship_mode }) : dash}
              </Descriptions.Item>
              <Descriptions.Item label={t('common.updatedAt')}>{formatDateTime(order.updated_at)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('orders.history')} style={{ marginTop: 16 }}>
            <OrderStatusTimeline timeline={order.timeline ?? []} />
          </Card>
        </Col>
      </Row>
      {query.error ? <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t('errors.loadFailed')} /> : null}
    </div>
  );
}
