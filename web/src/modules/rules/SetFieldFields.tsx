import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemStatus } from './problemStatus';
import type { RuleProblem, SetFieldAction } from './types';
import { useRuleLabels } from './useRuleLabels';

const STATUSES = ['lead', 'active', 'dormant', 'lost'];

type SetFieldFieldsProps = {
  action: SetFieldAction;
  problems: Record<string, RuleProblem>;
  editable: boolean;
  onChange: (action: SetFieldAction) => void;
};

/** A field change: rules may set the customer's status. */
export function SetFieldFields({ action, problems, editable, onChange }: SetFieldFieldsProps) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  return (
    <>
      <Form.Item label={t('rules.actionFields.field')} required {...problemStatus(problems.field, t('rules.action.setFieldHelp'))}>
        <Select<string>
          value={action.field}
          disabled={!editable}
          onChange={(field) => onChange({ ...action, field })}
          options={[{ value: 'customer.status', label: `${labels.field('customer.status')} · customer.status` }]}
          data-testid="rule-action-field"
        />
      </Form.Item>
      <Form.Item label={t('rules.actionFields.value')} required {...problemStatus(problems.value)}>
        <Select<string>
          value={typeof action.value === 'string' ? action.value : undefined}
          disabled={!editable}
          onChange={(value) => onChange({ ...action, value })}
          options={STATUSES.map((s) => ({ value: s, label: labels.customerStatus(s) }))}
          data-testid="rule-action-value"
        />
      </Form.Item>
    </>
  );
}
