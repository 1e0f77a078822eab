import { Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlaceholderPicker } from './PlaceholderPicker';
import { problemStatus } from './problemStatus';
import type { RuleProblem, TopicField } from './types';

type ActionTextFieldsProps = {
  title: string;
  /** Absent: the action has no body (an approval). */
  body?: string;
  problems: Record<string, RuleProblem>;
  fields: TopicField[];
  editable: boolean;
  onChange: (patch: { title?: string; body?: string }) => void;
};

/** An action's title and body, each with a placeholder picker. */
export function ActionTextFields({ title, body, problems, fields, editable, onChange }: ActionTextFieldsProps) {
  const { t } = useTranslation();
  const label = (text: string, field: 'title' | 'body') => (
    <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
      <span>{text}</span>
      {editable ? (
        <PlaceholderPicker
          fields={fields}
          testId={`rule-action-${field}-placeholder`}
          onPick={(p) => onChange({ [field]: `${field === 'title' ? title : (body ?? '')}${p}` })}
        />
      ) : null}
    </Flex>
  );
  return (
    <>
      <Form.Item label={label(t('rules.actionFields.title'), 'title')} required {...problemStatus(problems.title)} className="rule-panel__wide-label">
        <Input value={title} readOnly={!editable} maxLength={200} onChange={(e) => onChange({ title: e.target.value })} data-testid="rule-action-title" />
      </Form.Item>
      {body === undefined ? null : (
      <Form.Item
        label={label(t('rules.actionFields.body'), 'body')}
        {...problemStatus(problems.body, t('rules.action.placeholderHelp'))}
        className="rule-panel__wide-label"
      >
        <Input.TextArea
          value={body}
          readOnly={!editable}
          autoSize={{ minRows: 2, maxRows: 6 }}
          onChange={(e) => onChange({ body: e.target.value })}
          data-testid="rule-action-body"
        />
      </Form.Item>
      )}
    </>
  );
}
