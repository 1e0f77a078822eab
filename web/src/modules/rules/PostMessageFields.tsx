import { Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlaceholderPicker } from './PlaceholderPicker';
import { problemStatus } from './problemStatus';
import type { PostMessageAction, RuleProblem, TopicField } from './types';

type PostMessageFieldsProps = {
  action: PostMessageAction;
  problems: Record<string, RuleProblem>;
  fields: TopicField[];
  editable: boolean;
  onChange: (action: PostMessageAction) => void;
};

/** A message on the record's thread (written by "Salient"), with placeholders. */
export function PostMessageFields({ action, problems, fields, editable, onChange }: PostMessageFieldsProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      className="rule-panel__wide-label"
      required
      label={
        <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
          <span>{t('rules.actionFields.message')}</span>
          {editable ? <PlaceholderPicker fields={fields} onPick={(p) => onChange({ ...action, body: `${action.body}${p}` })} /> : null}
        </Flex>
      }
      {...problemStatus(problems.body, t('rules.action.messageHelp'))}
    >
      <Input.TextArea
        value={action.body}
        readOnly={!editable}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={4000}
        onChange={(e) => onChange({ ...action, body: e.target.value })}
        data-testid="rule-action-message"
      />
    </Form.Item>
  );
}
