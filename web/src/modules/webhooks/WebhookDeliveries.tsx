import { ReloadOutlined, RedoOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { DeliveryStatusTag } from './DeliveryStatusTag';
import type { Webhook, WebhookDelivery } from './types';
import { useWebhookDeliveries } from './useWebhookDeliveries';
import { useWebhookMutations } from './useWebhookMutations';
import { WebhookTopics } from './WebhookTopics';

type WebhookDeliveriesProps = { webhook: Webhook | null; mayReplay: boolean; onClose: () => void };

/** A webhook's delivery log in a drawer: each event's status, attempts, the answer or the error, and Replay. */
export function WebhookDeliveries({ webhook, mayReplay, onClose }: WebhookDeliveriesProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const formatDateTime = useFormatDateTime();
  const deliveries = useWebhookDeliveries(webhook?.id);
  const { replay } = useWebhookMutations();

  const columns: ColumnsType<WebhookDelivery> = [
    { title: t('webhooks.log.at'), dataIndex: 'created_at', width: 150, render: (at: string) => <span className="num">{formatDateTime(at)}</span> },
    { title: t('webhooks.log.topic'), dataIndex: 'topic', width: 160, render: (topic: string) => <code>{topic}</code> },
    {
      title: t('webhooks.log.status'),
      dataIndex: 'status',
      width: 160,
      render: (_: string, d) => <DeliveryStatusTag delivery={d} />,
    },
    { title: t('webhooks.log.attempts'), dataIndex: 'attempts', width: 100, align: 'right', render: (n: number) => <span className="num">{n}</span> },
    {
      title: t('webhooks.log.response'),
      dataIndex: 'response_code',
      width: 90,
      render: (code: number | null, d) =>
        code === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Typography.Text className="num" type={code >= 200 && code < 300 ? 'success' : 'danger'} title={d.response_body ?? undefined}>
            {code}
          </Typography.Text>
        ),
    },
    {
      title: t('webhooks.log.error'),
      dataIndex: 'last_error',
      render: (error: string | null) =>
        error ? (
          <Typography.Text type="danger" ellipsis={{ tooltip: error }} className="webhook-log__error">
            {error}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('webhooks.log.times'),
      key: 'times',
      width: 200,
      render: (_, d) => (
        <Flex vertical className="webhook-log__times">
          <span>{t('webhooks.log.lastAttempt', { at: d.last_attempt_at ? formatDateTime(d.last_attempt_at) : '—' })}</span>
          {d.delivered_at ? <span>{t('webhooks.log.deliveredAt', { at: formatDateTime(d.delivered_at) })}</span> : null}
        </Flex>
      ),
    },
    ...(mayReplay
      ? [
          {
            title: '',
            key: 'replay',
            width: 90,
            render: (_: unknown, d: WebhookDelivery) => (
              <Button
                size="small"
                icon={<RedoOutlined />}
                loading={replay.isPending && replay.variables?.deliveryId === d.id}
                onClick={() =>
                  webhook &&
                  replay.mutate(
                    { id: webhook.id, deliveryId: d.id },
                    { onSuccess: () => message.success(t('webhooks.log.replayed')), onError: (error) => handleError(error) },
                  )
                }
                data-testid="delivery-replay"
              >
                {t('webhooks.log.replay')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Drawer
      open={!!webhook}
      onClose={onClose}
      size={1080}
      title={webhook ? t('webhooks.log.title', { name: webhook.name }) : ''}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void deliveries.refetch()} loading={deliveries.isFetching} aria-label={t('common.refresh')} />
      }
      data-testid="webhook-deliveries-drawer"
    >
      {webhook ? (
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          <Typography.Text className="num" copyable>
            {webhook.url}
          </Typography.Text>
          <WebhookTopics topics={webhook.topics} />
        </Flex>
      ) : null}
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={deliveries.data ?? []}
        loading={deliveries.isLoading}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('webhooks.log.empty')}</Typography.Text> }}
        data-testid="webhook-deliveries-table"
      />
    </Drawer>
  );
}
