import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { useRuleActions } from './useRuleActions';

/** A daily (reminder) rule's morning scan, now: every live record of its kind is checked once today. */
export function RunNowButton({ ruleId, onQueued }: { ruleId: string; onQueued: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { runNow } = useRuleActions(ruleId);
  return (
    <Popconfirm
      title={t('rules.runNow.confirm')}
      okText={t('rules.runNow.button')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        runNow.mutate(undefined, {
          onSuccess: ({ queued }) => {
            message.success(t('rules.runNow.queued', { count: queued }));
            onQueued();
          },
          onError: (error) => handleError(error),
        })
      }
    >
      <Button icon={<PlayCircleOutlined />} loading={runNow.isPending} data-testid="rule-run-now">
        {t('rules.runNow.button')}
      </Button>
    </Popconfirm>
  );
}
