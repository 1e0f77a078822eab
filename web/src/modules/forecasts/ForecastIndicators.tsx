import { DeleteOutlined, InfoCircleOutlined, QuestionCircleOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/formatDate';
import { PageContainer } from '../../ui/PageContainer';
import { can } from '../auth/can';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { ForecastTabs } from './ForecastTabs';
import { IndicatorUploadModal } from './IndicatorUploadModal';
import type { ForecastIndicator } from './types';
import { useDeleteIndicator } from './useDeleteIndicator';
import { useForecastIndicators } from './useForecastIndicators';

/**
 * External indicators for the global model: everyone who sees forecasts sees the list;
 * `forecast:update` uploads (replaces) and deletes them.
 */
export function ForecastIndicators() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { message } = App.useApp();
  const { data: me } = useMe();
  const canUpdate = me?.user.role === 'admin' || can(me, 'forecast', 'update');
  const handleError = useApiErrorHandler();
  const formatDateTime = useFormatDateTime();
  const indicators = useForecastIndicators();
  const remove = useDeleteIndicator();
  const [uploading, setUploading] = useState(false);
  const items = indicators.data?.items ?? [];

  const handleDelete = (name: string) =>
    remove.mutate(name, {
      onSuccess: () => message.success(t('forecasts.indicators.deleted', { name })),
      onError: (error) => handleError(error),
    });

  const columns: TableColumnsType<ForecastIndicator> = [
    {
      key: 'name',
      title: t('forecasts.indicators.columns.name'),
      render: (_, row) => (
        <div className="indicator-name">
          <Typography.Text strong>{row.name}</Typography.Text>
          <Typography.Text type="secondary" className="indicator-name__feature">
            indicator:{row.name}
          </Typography.Text>
        </div>
      ),
    },
    { key: 'rows', title: t('forecasts.indicators.columns.rows'), dataIndex: 'rows', align: 'right', className: 'num' },
    {
      key: 'dates',
      title: t('forecasts.indicators.columns.dates'),
      className: 'num',
      render: (_, row) => `${formatDate(row.first, locale)} – ${formatDate(row.last, locale)}`,
    },
    {
      key: 'members',
      title: (
        <span>
          {t('forecasts.indicators.columns.members')}{' '}
          <Tooltip title={t('forecasts.indicators.columns.membersHelp')}>
            <QuestionCircleOutlined className="kpi-card__help" aria-label={t('forecasts.indicators.columns.membersHelp')} />
          </Tooltip>
        </span>
      ),
      dataIndex: 'members',
      align: 'right',
      className: 'num',
    },
    {
      key: 'uploaded',
      title: t('forecasts.indicators.columns.uploadedAt'),
      render: (_, row) => formatDateTime(row.uploaded_at),
    },
    ...(canUpdate
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 100,
            render: (_: unknown, row: ForecastIndicator) => (
              <Popconfirm
                title={t('forecasts.indicators.deleteConfirm', { name: row.name })}
                description={t('forecasts.indicators.deleteHelp')}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => handleDelete(row.name)}
              >
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  loading={remove.isPending && remove.variables === row.name}
                  data-testid={`indicator-delete-${row.name}`}
                >
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  let body;
  if (indicators.error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('forecasts.indicators.loadFailed')}
        description={isApiError(indicators.error) ? describeApiError(indicators.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void indicators.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else {
    body = (
      <Card
        title={t('forecasts.indicators.title')}
        extra={
          canUpdate ? (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)} data-testid="indicator-upload">
              {t('forecasts.indicators.upload.open')}
            </Button>
          ) : null
        }
        styles={{ body: { paddingTop: 8 } }}
      >
        <Table<ForecastIndicator>
          rowKey="name"
          columns={columns}
          dataSource={items}
          loading={indicators.isLoading}
          pagination={false}
          size="middle"
          locale={{ emptyText: t('forecasts.indicators.empty') }}
          data-testid="indicators-table"
        />
        {canUpdate ? null : (
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} data-testid="indicators-readonly">
            {t('forecasts.indicators.readOnly')}
          </Typography.Paragraph>
        )}
      </Card>
    );
  }

  return (
    <PageContainer title={t('menu.forecasts')} subtitle={t('forecasts.indicators.subtitle')} testId="forecast-indicators-page">
      <ForecastTabs active="indicators" />
      <Alert
        type="info"
        showIcon
        icon={<InfoCircleOutlined />}
        className="rules-help"
        title={t('forecasts.indicators.help')}
      />
      {body}
      <IndicatorUploadModal open={uploading} existing={items.map((i) => i.name)} onClose={() => setUploading(false)} />
    </PageContainer>
  );
}
