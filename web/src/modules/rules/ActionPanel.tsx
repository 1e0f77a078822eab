import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Popconfirm, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTION_ICONS } from './actionIcons';
import { CallWebhookFields } from './CallWebhookFields';
import { CreateTaskFields } from './CreateTaskFields';
import { NotifyFields } from './NotifyFields';
import { PostMessageFields } from './PostMessageFields';
import { ACTION_TYPES, newAction } from './ruleDraft';
import { SetFieldFields } from './SetFieldFields';
import { StartApprovalFields } from './StartApprovalFields';
import type { RuleAction, RuleActionType, RuleProblem, TopicField } from './types';

/** Fields each kind's form shows itself; problems on any other field are listed below the form. */
const SHOWN = ['', 'type', 'task_type', 'department', 'queue_role', 'assignee', 'title', 'body', 'due_hours', 'to', 'field', 'value', 'webhook_id', 'steps'];

type ActionPanelProps = {
  action: RuleAction;
  index: number;
  count: number;
  problems: Record<string, RuleProblem>;
  fields: TopicField[];
  editable: boolean;
  onChange: (action: RuleAction) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
};

/** Keeps the words already written when the kind changes (a task's title becomes the notification's). */
function switchType(action: RuleAction, type: RuleActionType): RuleAction {
  const next = newAction(type) as RuleAction & { title?: string; body?: string };
  const old = action as RuleAction & { title?: string; body?: string };
  if ('title' in next && old.title) next.title = old.title;
  if ('body' in next && old.body) next.body = old.body;
  return next;
}

/** One action's form: its kind, its fields (errors on them), and move up / down / remove. */
export function ActionPanel({ action, index, count, problems, fields, editable, onChange, onMove, onRemove }: ActionPanelProps) {
  const { t } = useTranslation();
  const whole = problems[''] ?? problems.type;
  const other = Object.entries(problems).filter(([field]) => !SHOWN.includes(field) && !field.startsWith('steps['));
  const props = { problems, editable };
  let form;
  switch (action.type) {
    case 'create_task':
      form = <CreateTaskFields action={action} fields={fields} onChange={onChange} {...props} />;
      break;
    case 'notify':
      form = <NotifyFields action={action} fields={fields} onChange={onChange} {...props} />;
      break;
    case 'set_field':
      form = <SetFieldFields action={action} onChange={onChange} {...props} />;
      break;
    case 'post_message':
      form = <PostMessageFields action={action} fields={fields} onChange={onChange} {...props} />;
      break;
    case 'call_webhook':
      form = <CallWebhookFields action={action} onChange={onChange} {...props} />;
      break;
    case 'start_approval':
      form = <StartApprovalFields action={action} fields={fields} onChange={onChange} {...props} />;
      break;
    default:
      form = <pre className="rule-action-raw">{JSON.stringify(action, null, 2)}</pre>;
  }
  return (
    <Form layout="vertical" data-testid="rule-action-panel">
      <Flex justify="space-between" align="flex-end" gap={8} style={{ marginBottom: 16 }}>
        <Form.Item label={t('rules.actionFields.type')} style={{ marginBottom: 0, flex: 1 }}>
          <Select<RuleActionType>
            value={action.type}
            disabled={!editable}
            onChange={(type) => type !== action.type && onChange(switchType(action, type))}
            options={ACTION_TYPES.map((type) => ({
              value: type,
              label: (
                <span data-testid={`rule-action-type-${type}`}>
                  {ACTION_ICONS[type]} {t(`rules.actionTypes.${type}`)}
                </span>
              ),
            }))}
            data-testid="rule-action-type"
          />
        </Form.Item>
        {editable ? (
          <Flex gap={4}>
            <Tooltip title={t('rules.action.moveUp')}>
              <Button icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('rules.action.moveUp')} data-testid="rule-action-up" />
            </Tooltip>
            <Tooltip title={t('rules.action.moveDown')}>
              <Button
                icon={<ArrowDownOutlined />}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
                aria-label={t('rules.action.moveDown')}
                data-testid="rule-action-down"
              />
            </Tooltip>
            <Popconfirm title={t('rules.action.removeConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={onRemove}>
              <Button danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="rule-action-remove" />
            </Popconfirm>
          </Flex>
        ) : null}
      </Flex>
      {whole ? <Alert type="error" showIcon title={whole.message} style={{ marginBottom: 12 }} /> : null}
      {form}
      {other.map(([field, p]) => (
        <Alert key={field} type="error" showIcon title={`${field}: ${p.message}`} style={{ marginTop: 8 }} />
      ))}
    </Form>
  );
}
