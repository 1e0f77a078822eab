import { LockOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Skeleton, Switch, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { orderPreferences } from './notificationKinds';
import { useNotificationPreferences } from './useNotificationPreferences';

/**
 * "Notifications": a switch per kind (approvals, tasks, forecast alerts…), each with a line
 * on what it covers; a muted kind is neither stored nor pushed. Security notices stay on.
 */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { query, save } = useNotificationPreferences();
  const [pending, setPending] = useState<Record<string, boolean>>({});

  const toggle = (kind: string, enabled: boolean) => {
    setPending((p) => ({ ...p, [kind]: enabled }));
    save.mutate([{ kind, enabled }], {
      onSuccess: () => message.success(t(enabled ? 'notificationPrefs.turnedOn' : 'notificationPrefs.turnedOff', { kind: t(`notificationPrefs.kinds.${kind}.name`, { defaultValue: kind }) })),
      onError: (error) => handleError(error),
      onSettled: () =>
        setPending((p) => {
          const { [kind]: _done, ...rest } = p;
          return rest;
        }),
    });
  };

  let body;
  if (query.isLoading) body = <Skeleton active paragraph={{ rows: 5 }} />;
  else if (query.error) {
    const missing = isApiError(query.error) && query.error.status === 404;
    body = (
      <Alert
        type={missing ? 'info' : 'error'}
        showIcon
        title={missing ? t('notificationPrefs.unavailable') : t('notificationPrefs.loadFailed')}
        description={!missing && isApiError(query.error) ? describeApiError(query.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else {
    body = (
      <List
        itemLayout="horizontal"
        dataSource={orderPreferences(query.data ?? [], pending)}
        renderItem={(p) => (
          <List.Item
            data-testid={`pref-${p.kind}`}
            actions={[
              p.locked ? (
                <Tooltip key="lock" title={t('notificationPrefs.locked')}>
                  <span className="pref-lock">
                    <LockOutlined /> <Switch checked disabled aria-label={t(`notificationPrefs.kinds.${p.kind}.name`, { defaultValue: p.kind })} />
                  </span>
                </Tooltip>
              ) : (
                <Switch
                  key="switch"
                  checked={p.enabled}
                  loading={p.kind in pending}
                  onChange={(enabled) => toggle(p.kind, enabled)}
                  aria-label={t(`notificationPrefs.kinds.${p.kind}.name`, { defaultValue: p.kind })}
                  data-testid={`pref-switch-${p.kind}`}
                />
              ),
            ]}
          >
            <List.Item.Meta
              title={t(`notificationPrefs.kinds.${p.kind}.name`, { defaultValue: p.kind })}
              description={t(`notificationPrefs.kinds.${p.kind}.help`, { defaultValue: '' })}
            />
          </List.Item>
        )}
      />
    );
  }

  return (
    <Card title={t('notificationPrefs.title')} data-testid="notification-preferences">
      <Typography.Paragraph type="secondary">{t('notificationPrefs.intro')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
