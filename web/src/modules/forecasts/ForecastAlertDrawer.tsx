import { CheckOutlined, EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Drawer, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../auth/can';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { AlertActionModal } from './AlertActionModal';
import { AlertDirectionTag } from './AlertDirectionTag';
import { alertActions, streakDays } from './alertFilters';
import { AlertStatusTag } from './AlertStatusTag';
import { AlertWindowChart } from './AlertWindowChart';
import { ForecastDriverList } from './ForecastDriverList';
import { formatPercent } from './formatPercent';
import { formatPeriod } from './formatPeriod';
import { RootCausePanel } from './RootCausePanel';
import { keyedSeriesLabel } from './seriesLabel';
import type { ForecastAlertDetail } from './types';
import { useForecastAlert } from './useForecastAlert';
import { useMoveForecastAlert, type AlertAction } from './useMoveForecastAlert';

type ForecastAlertDrawerProps = {
  /** The alert to show; the drawer is closed without one. */
  id: string | undefined;
  onClose: () => void;
};

/** One alert: the figures, the 28 days around it, the root cause, and acknowledge / resolve. */
export function ForecastAlertDrawer({ id, onClose }: ForecastAlertDrawerProps) {
  const { t } = useTranslation();
  // The last alert stays in the drawer while it slides away.
  const [shownId, setShownId] = useState(id);
  if (id && id !== shownId) setShownId(id);
  const detail = useForecastAlert(shownId);
  const alert = detail.data;
  const label = alert ? keyedSeriesLabel({ key: alert.series_key, label: alert.label }, t) : '';

  let body;
  if (detail.error) {
    const notFound = isApiError(detail.error) && detail.error.status === 404;
    body = notFound ? (
      <Result status="404" title={t('forecasts.alerts.notFound')} subTitle={t('errors.notFound')} />
    ) : (
      <Alert
        type="error"
        showIcon
        title={t('forecasts.alerts.loadFailed')}
        description={isApiError(detail.error) ? describeApiError(detail.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void detail.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!alert) {
    body = <Skeleton active paragraph={{ rows: 12 }} />;
  } else {
    body = <AlertDetail alert={alert} label={label} />;
  }

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={880}
      title={
        alert ? (
          <Flex gap={8} align="center" wrap>
            <span data-testid="alert-title">{label}</span>
            <AlertDirectionTag direction={alert.direction} />
            <AlertStatusTag status={alert.status} />
          </Flex>
        ) : (
          t('forecasts.alerts.detailTitle')
        )
      }
      extra={alert ? <AlertActions alert={alert} onConflict={() => void detail.refetch()} /> : null}
      data-testid="alert-drawer"
    >
      {body}
    </Drawer>
  );
}

/** Acknowledge / resolve, for those with `alert:update`; a 409 means someone else got there first. */
function AlertActions({ alert, onConflict }: { alert: ForecastAlertDetail; onConflict: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const handleError = useApiErrorHandler();
  const move = useMoveForecastAlert();
  const [action, setAction] = useState<AlertAction | null>(null);
  const canUpdate = me?.user.role === 'admin' || can(me, 'alert', 'update');
  const actions = alertActions(alert.status);
  if (!canUpdate || actions.length === 0) return null;

  const handleConfirm = (note: string) =>
    action &&
    move.mutate(
      { id: alert.id, action, note },
      {
        onSuccess: () => {
          message.success(t(`forecasts.alerts.actions.${action}Done`));
          setAction(null);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            message.warning(t('forecasts.alerts.actions.conflict'));
            setAction(null);
            onConflict();
            return;
          }
          handleError(error);
        },
      },
    );

  return (
    <>
      <Space>
        {actions.includes('acknowledge') ? (
          <Button icon={<EyeOutlined />} onClick={() => setAction('acknowledge')} data-testid="alert-acknowledge">
            {t('forecasts.alerts.actions.acknowledge')}
          </Button>
        ) : null}
        {actions.includes('resolve') ? (
          <Button type="primary" icon={<CheckOutlined />} onClick={() => setAction('resolve')} data-testid="alert-resolve">
            {t('forecasts.alerts.actions.resolve')}
          </Button>
        ) : null}
      </Space>
      <AlertActionModal action={action} saving={move.isPending} onCancel={() => setAction(null)} onConfirm={handleConfirm} />
    </>
  );
}

/** The alert's figures, the window chart and the root cause. */
function AlertDetail({ alert, label }: { alert: ForecastAlertDetail; label: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const formatMoney = useFormatMoney();
  const formatDateTime = useFormatDateTime();
  const money = (minor: number) => formatMoney(minor, null, { whole: true });
  const day = (date: string) => formatPeriod(date, 'daily', locale);
  const days = streakDays(alert.first_period, alert.fired_period);
  const period =
    alert.first_period === alert.fired_period ? day(alert.fired_period) : `${day(alert.first_period)} → ${day(alert.fired_period)}`;

  return (
    <div className="alert-detail">
      <div className="alert-figures">
        <div className="alert-figures__item">
          <Typography.Text type="secondary">{t('forecasts.alerts.columns.gap')}</Typography.Text>
          <div className={`alert-figures__value num alert-gap alert-gap--${alert.direction}`} data-testid="alert-gap">
            {formatPercent(alert.gap_pct, locale, { signed: true })}
          </div>
        </div>
        <div className="alert-figures__item">
          <Typography.Text type="secondary">{t('forecasts.alerts.actualOverStreak')}</Typography.Text>
          <div className="alert-figures__value num">{money(alert.actual)}</div>
        </div>
        <div className="alert-figures__item">
          <Typography.Text type="secondary">{t('forecasts.alerts.forecastOverStreak')}</Typography.Text>
          <div className="alert-figures__value num">{money(alert.forecast)}</div>
        </div>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        className="alert-detail__facts"
        items={[
          { key: 'level', label: t('forecasts.alerts.columns.level'), children: t(`forecasts.levels.${alert.level}`, { defaultValue: alert.level }) },
          {
            key: 'period',
            label: t('forecasts.alerts.columns.period'),
            children: (
              <span>
                {period} <Typography.Text type="secondary">({t('forecasts.alerts.streak', { count: days })})</Typography.Text>
              </span>
            ),
          },
          {
            key: 'rule',
            label: t('forecasts.alerts.rule'),
            children: (
              <span>
                {t('forecasts.alerts.ruleText', { threshold: formatPercent(alert.threshold_pct, locale, { digits: 0 }), count: alert.consecutive_days })}{' '}
                <Link to="/forecasts/settings">{t('forecasts.alerts.ruleLink')}</Link>
              </span>
            ),
          },
          { key: 'created', label: t('forecasts.alerts.columns.createdAt'), children: formatDateTime(alert.created_at) },
          ...(alert.status !== 'open'
            ? [
                {
                  key: 'updated',
                  label: t(`forecasts.alerts.movedAt.${alert.status}`),
                  children: formatDateTime(alert.updated_at),
                },
              ]
            : []),
          ...(alert.note
            ? [{ key: 'note', label: t('forecasts.alerts.note'), span: 'filled' as const, children: <span className="alert-detail__note" data-testid="alert-note">{alert.note}</span> }]
            : []),
        ]}
      />
      <Card
        size="small"
        title={t('forecasts.alerts.chart.title')}
        extra={<span className="chart-card__note">{t('forecasts.alerts.chart.note')}</span>}
        className="alert-detail__section"
      >
        <AlertWindowChart alert={alert} label={label} height={280} />
      </Card>
      <div className="alert-detail__section">
        <Typography.Title level={5} style={{ marginBottom: 4 }}>
          {t('forecasts.alerts.rootCause.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('forecasts.alerts.rootCause.help', { days: alert.root_cause.baseline_days })}
        </Typography.Paragraph>
        <RootCausePanel rootCause={alert.root_cause} direction={alert.direction} />
      </div>
      {alert.root_cause.drivers.length > 0 ? (
        <div className="alert-detail__section alert-drivers">
          <Typography.Title level={5} style={{ marginBottom: 4 }}>
            {t('forecasts.alerts.drivers.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            {t('forecasts.alerts.drivers.help')}
          </Typography.Paragraph>
          <Card size="small">
            <ForecastDriverList drivers={alert.root_cause.drivers} testId="alert-drivers" />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
