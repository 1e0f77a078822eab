import { PlusOutlined, ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../ui/PageContainer';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { Webhook, WebhookInput } from './types';
import { useWebhookMutations } from './useWebhookMutations';
import { useWebhooks, webhooksQueryKey } from './useWebhooks';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookFormModal } from './WebhookFormModal';
import { WebhookSecretModal } from './WebhookSecretModal';
import { WebhookTable } from './WebhookTable';

type Editing = { webhook?: Webhook } | null;

/**
 * `/settings/webhooks`: subscriptions of outside systems to business events — create (the
 * signing secret shown once), change, delete, and each one's delivery log with replay.
 */
export function WebhookAdmin() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const { data: me } = useMe();
  const isAdmin = me?.user.role === 'admin';
  const may = {
    create: isAdmin || can(me, 'rule', 'create'),
    update: isAdmin || can(me, 'rule', 'update'),
    delete: isAdmin || can(me, 'rule', 'delete'),
  };
  const webhooks = useWebhooks();
  const { create, update, remove } = useWebhookMutations();
  const [editing, setEditing] = useState<Editing>(null);
  const [secret, setSecret] = useState<{ value: string; name: string } | null>(null);
  const [logOf, setLogOf] = useState<Webhook | null>(null);

  const handleSubmit = async (input: WebhookInput) => {
    const current = editing?.webhook;
    if (!current) {
      const created = await create.mutateAsync(input);
      setEditing(null);
      setSecret({ value: created.secret, name: created.name });
      return;
    }
    try {
      await update.mutateAsync({ id: current.id, version: current.version, input });
      setEditing(null);
      message.success(t('webhooks.saved'));
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        message.warning(t('webhooks.conflict'));
        setEditing(null);
        void queryClient.invalidateQueries({ queryKey: webhooksQueryKey });
      }
      throw error;
    }
  };

  const handleDelete = (webhook: Webhook) =>
    remove.mutate(webhook.id, {
      onSuccess: () => message.success(t('webhooks.deleted', { name: webhook.name })),
      onError: (error) => handleError(error),
    });

  return (
    <PageContainer
      title={t('menu.webhooks')}
      subtitle={t('webhooks.subtitle')}
      testId="webhooks-page"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void webhooks.refetch()} aria-label={t('common.refresh')} />
          {may.create ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="webhook-create">
              {t('webhooks.create')}
            </Button>
          ) : null}
        </>
      }
    >
      <Alert
        type="info"
        showIcon
        icon={<SafetyCertificateOutlined />}
        title={t('webhooks.help.title')}
        description={t('webhooks.help.body')}
        style={{ marginBottom: 16 }}
      />
      <Card styles={{ body: { padding: 0 } }}>
        {webhooks.error && !webhooks.data ? (
          <Alert
            type="error"
            showIcon
            style={{ margin: 16 }}
            title={t('webhooks.loadFailed')}
            description={isApiError(webhooks.error) ? describeApiError(webhooks.error, t) : undefined}
          />
        ) : (
          <WebhookTable
            items={webhooks.data?.items ?? []}
            loading={webhooks.isLoading}
            editable={may.update}
            deletable={may.delete}
            onDeliveries={setLogOf}
            onEdit={(webhook) => setEditing({ webhook })}
            onDelete={handleDelete}
          />
        )}
      </Card>
      <WebhookFormModal
        open={!!editing}
        webhook={editing?.webhook}
        saving={create.isPending || update.isPending}
        onSubmit={handleSubmit}
        onClose={() => setEditing(null)}
      />
      <WebhookSecretModal secret={secret?.value ?? null} name={secret?.name ?? ''} onClose={() => setSecret(null)} />
      <WebhookDeliveries webhook={logOf} mayReplay={may.update} onClose={() => setLogOf(null)} />
    </PageContainer>
  );
}
