import { AimOutlined } from '@ant-design/icons';
import { Button, Collapse, Flex, Form, Input, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { charOffset } from './conditionMark';
import { ConditionSyntax } from './ConditionSyntax';
import { ConditionText } from './ConditionText';
import { FieldPicker } from './FieldPicker';
import { insertText } from './insertText';
import type { RuleProblem, TopicField } from './types';

type ConditionPanelProps = {
  condition: string;
  fields: TopicField[];
  problems: RuleProblem[];
  editable: boolean;
  onChange: (condition: string) => void;
  /** Under the box while there is no error (default: the rule's "empty means always"). */
  help?: string;
  placeholder?: string;
};

/**
 * The condition as text, the server's first error under it (the spot highlighted, a button
 * puts the cursor there), the trigger's fields to insert (when they could be read) and the
 * language in brief.
 */
export function ConditionPanel({ condition, fields, problems, editable, onChange, help, placeholder }: ConditionPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<TextAreaRef>(null);
  const selection = useRef({ start: condition.length, end: condition.length });
  const problem = problems[0];

  const element = () => ref.current?.resizableTextArea?.textArea ?? null;
  const remember = () => {
    const el = element();
    if (el) selection.current = { start: el.selectionStart, end: el.selectionEnd };
  };
  const placeCaret = (start: number, end = start) => {
    requestAnimationFrame(() => {
      const el = element();
      if (!el) return;
      el.focus();
      el.setSelectionRange(start, end);
      selection.current = { start, end };
    });
  };
  const handlePick = (name: string) => {
    const { start, end } = selection.current;
    const next = insertText(condition, start, end, name);
    onChange(next.text);
    placeCaret(next.caret);
  };
  const goToError = () => {
    if (!problem?.position) return;
    const at = charOffset(condition, problem.position);
    placeCaret(at, Math.min(condition.length, at + 1));
  };

  return (
    <Form layout="vertical" data-testid="rule-condition-panel">
      <Form.Item
        label={t('rules.condition.label')}
        validateStatus={problem ? 'error' : undefined}
        help={problem ? undefined : (help ?? t('rules.condition.help'))}
        style={{ marginBottom: problem ? 8 : undefined }}
      >
        <Input.TextArea
          ref={ref}
          value={condition}
          readOnly={!editable}
          onChange={(e) => {
            onChange(e.target.value);
            selection.current = { start: e.target.selectionStart, end: e.target.selectionEnd };
          }}
          onSelect={remember}
          onKeyUp={remember}
          onClick={remember}
          autoSize={{ minRows: 3, maxRows: 8 }}
          spellCheck={false}
          className="rule-condition-input"
          placeholder={placeholder ?? 'customer.credit_used + quote.total > customer.credit_limit'}
          data-testid="rule-condition-input"
        />
      </Form.Item>
      {problem ? (
        <div className="rule-condition-error" role="alert" data-testid="rule-condition-error">
          <ConditionText text={condition} position={problem.position} />
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Text type="danger">
              {problem.position ? `${t('rules.condition.position', { position: problem.position })} · ` : ''}
              {problem.message}
            </Typography.Text>
            {problem.position && editable ? (
              <Button size="small" type="link" icon={<AimOutlined />} onClick={goToError} data-testid="rule-condition-goto">
                {t('rules.condition.goTo')}
              </Button>
            ) : null}
          </Flex>
        </div>
      ) : null}
      {fields.length ? (
        <>
          <Typography.Text strong className="rule-panel__subhead">
            {t('rules.condition.fields')}
          </Typography.Text>
          <FieldPicker fields={fields} onPick={editable ? handlePick : undefined} />
        </>
      ) : null}
      <Collapse
        size="small"
        ghost
        className="rule-panel__syntax"
        items={[{ key: 'syntax', label: t('rules.condition.syntax'), children: <ConditionSyntax /> }]}
      />
    </Form>
  );
}
