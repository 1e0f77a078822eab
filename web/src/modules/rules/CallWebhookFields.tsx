import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWebhooks } from '../webhooks/useWebhooks';
import { problemStatus } from './problemStatus';
import type { CallWebhookAction, RuleProblem } from './types';

type CallWebhookFieldsProps = {
  action: CallWebhookAction;
  problems: Record<string, RuleProblem>;
  editable: boolean;
  onChange: (action: CallWebhookAction) => void;
};

/** One signed delivery to a webhook (only active ones are called). */
export function CallWebhookFields({ action, problems, editable, onChange }: CallWebhookFieldsProps) {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const options = (webhooks.data?.items ?? []).map((w) => ({
    value: w.id,
    label: (
      <span className="select-option">
        <span className="select-option__label">{w.name}</span>
        <span className="select-option__extra">{w.active ? w.url : t('webhooks.paused')}</span>
      </span>
    ),
  }));
  return (
    <>
      <Form.Item label={t('rules.actionFields.webhook_id')} required {...problemStatus(problems.webhook_id, t('rules.action.webhookHelp'))}>
        <Select<string>
          value={action.webhook_id || undefined}
          disabled={!editable}
          loading={webhooks.isLoading}
          onChange={(webhook_id) => onChange({ ...action, webhook_id })}
          options={options}
          notFoundContent={t('rules.action.noWebhooks')}
          data-testid="rule-action-webhook"
        />
      </Form.Item>
      <Typography.Paragraph type="secondary">
        <Link to="/settings/webhooks">{t('rules.action.manageWebhooks')}</Link>
      </Typography.Paragraph>
    </>
  );
}
