import { DeleteOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import type { Webhook } from './types';
import { WebhookTopics } from './WebhookTopics';

type WebhookTableProps = {
  items: Webhook[];
  loading: boolean;
  editable: boolean;
  deletable: boolean;
  onDeliveries: (webhook: Webhook) => void;
  onEdit: (webhook: Webhook) => void;
  onDelete: (webhook: Webhook) => void;
};

/** The subscriptions: name and address, topics, on/off, the secret's hint; deliveries, edit and delete. */
export function WebhookTable({ items, loading, editable, deletable, onDeliveries, onEdit, onDelete }: WebhookTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: ColumnsType<Webhook> = [
    {
      title: t('webhooks.columns.name'),
      dataIndex: 'name',
      render: (name: string, w) => (
        <div className="webhook-table__name">
          <Typography.Text strong data-testid="webhook-name">
            {name}
          </Typography.Text>
          <Typography.Text type="secondary" className="num webhook-table__url" ellipsis={{ tooltip: w.url }}>
            {w.url}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('webhooks.columns.topics'), dataIndex: 'topics', width: 260, render: (topics: string[]) => <WebhookTopics topics={topics} /> },
    {
      title: t('webhooks.columns.active'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (active ? <Tag color="success">{t('webhooks.active')}</Tag> : <Tag>{t('webhooks.paused')}</Tag>),
    },
    {
      title: t('webhooks.columns.secret'),
      dataIndex: 'secret_hint',
      width: 110,
      render: (hint: string) => <code className="num">{hint}</code>,
    },
    { title: t('webhooks.columns.updated'), dataIndex: 'updated_at', width: 170, render: (at: string) => <span className="num">{formatDateTime(at)}</span> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, w) => (
        <Space size={4}>
          <Button size="small" icon={<HistoryOutlined />} onClick={() => onDeliveries(w)} data-testid="webhook-deliveries">
            {t('webhooks.deliveries')}
          </Button>
          {editable ? (
            <Tooltip title={t('common.edit')}>
              <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(w)} aria-label={t('common.edit')} data-testid="webhook-edit" />
            </Tooltip>
          ) : null}
          {deletable ? (
            <Popconfirm
              title={t('webhooks.deleteConfirm', { name: w.name })}
              description={t('webhooks.deleteHint')}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => onDelete(w)}
            >
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="webhook-delete" />
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<Webhook>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 980 }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('webhooks.empty')}</Typography.Text> }}
      data-testid="webhooks-table"
    />
  );
}
