import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BUILTIN_ROLES } from '../roles/builtinRoles';
import { useRoles } from '../roles/useRoles';
import { ActionTextFields } from './ActionTextFields';
import { problemStatus } from './problemStatus';
import type { NotifyAction, RuleProblem, TopicField } from './types';
import { useRuleLabels } from './useRuleLabels';

type NotifyFieldsProps = {
  action: NotifyAction;
  problems: Record<string, RuleProblem>;
  fields: TopicField[];
  editable: boolean;
  onChange: (action: NotifyAction) => void;
};

/** A notification: to the record's owner, their zone manager or everyone of a role. */
export function NotifyFields({ action, problems, fields, editable, onChange }: NotifyFieldsProps) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const { data: roles } = useRoles();
  const names = roles?.items.map((r) => r.name) ?? [...BUILTIN_ROLES];
  const options = ['owner', 'zone_manager', ...names.map((n) => `role:${n}`)].map((to) => ({ value: to, label: labels.recipient(to) }));
  if (action.to && !options.some((o) => o.value === action.to)) options.push({ value: action.to, label: action.to });
  return (
    <>
      <Form.Item label={t('rules.actionFields.to')} required {...problemStatus(problems.to)}>
        <Select<string>
          value={action.to}
          disabled={!editable}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(to) => onChange({ ...action, to })}
          options={options}
          data-testid="rule-action-to"
        />
      </Form.Item>
      <ActionTextFields
        title={action.title}
        body={action.body ?? ''}
        problems={problems}
        fields={fields}
        editable={editable}
        onChange={(p) => onChange({ ...action, ...p })}
      />
    </>
  );
}
