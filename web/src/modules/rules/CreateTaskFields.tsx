import { AutoComplete, Form, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleSelect } from '../roles/RoleSelect';
import { ActionTextFields } from './ActionTextFields';
import { problemStatus } from './problemStatus';
import type { CreateTaskAction, RuleProblem, TopicField } from './types';
import { useRuleLabels } from './useRuleLabels';

const TASK_TYPES = ['credit_check', 'stocking', 'logistics_booking', 'follow_up'];
const DEPARTMENTS = ['finance', 'warehouse', 'logistics', 'sales', 'service'];
const PEOPLE = ['owner', 'zone_manager'] as const;

type CreateTaskFieldsProps = {
  action: CreateTaskAction;
  problems: Record<string, RuleProblem>;
  fields: TopicField[];
  editable: boolean;
  onChange: (action: CreateTaskAction) => void;
};

/** A task: its kind and department, a role's queue or a person of the record, text and due time. */
export function CreateTaskFields({ action, problems, fields, editable, onChange }: CreateTaskFieldsProps) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const patch = (p: Partial<CreateTaskAction>) => onChange({ ...action, ...p });
  const toQueue = action.queue_role !== undefined;
  const setTarget = (queue: boolean) => {
    const { queue_role: _q, assignee: _a, ...rest } = action;
    onChange(queue ? { ...rest, queue_role: 'finance' } : { ...rest, assignee: 'owner' });
  };
  return (
    <>
      <Form.Item label={t('rules.actionFields.task_type')} required {...problemStatus(problems.task_type, t('rules.action.taskTypeHelp'))}>
        <AutoComplete
          value={action.task_type}
          disabled={!editable}
          onChange={(value: string) => patch({ task_type: value })}
          options={TASK_TYPES.map((type) => ({ value: type, label: `${labels.taskType(type)} · ${type}` }))}
          data-testid="rule-action-task-type"
        />
      </Form.Item>
      <Form.Item label={t('rules.actionFields.department')} required {...problemStatus(problems.department)}>
        <Select<string>
          value={action.department}
          disabled={!editable}
          onChange={(department) => patch({ department })}
          options={DEPARTMENTS.map((d) => ({ value: d, label: labels.department(d) }))}
          data-testid="rule-action-department"
        />
      </Form.Item>
      <Form.Item label={t('rules.action.target')} required {...problemStatus(problems.queue_role ?? problems.assignee)}>
        <Radio.Group
          value={toQueue ? 'queue' : 'person'}
          disabled={!editable}
          onChange={(e) => setTarget(e.target.value === 'queue')}
          optionType="button"
          options={[
            { value: 'queue', label: t('rules.action.toQueue') },
            { value: 'person', label: t('rules.action.toPerson') },
          ]}
          style={{ marginBottom: 8 }}
        />
        {toQueue ? (
          <RoleSelect value={action.queue_role} disabled={!editable} onChange={(role) => patch({ queue_role: role })} data-testid="rule-action-queue-role" />
        ) : (
          <Select<string>
            value={action.assignee}
            disabled={!editable}
            onChange={(assignee) => patch({ assignee: assignee as CreateTaskAction['assignee'] })}
            options={PEOPLE.map((p) => ({ value: p, label: labels.recipient(p) }))}
            data-testid="rule-action-assignee"
          />
        )}
      </Form.Item>
      <ActionTextFields
        title={action.title}
        body={action.body ?? ''}
        problems={problems}
        fields={fields}
        editable={editable}
        onChange={(p) => patch(p)}
      />
      <Form.Item label={t('rules.actionFields.due_hours')} {...problemStatus(problems.due_hours, t('rules.action.dueHelp'))}>
        <InputNumber<number>
          value={action.due_hours ?? null}
          disabled={!editable}
          min={0}
          max={2160}
          step={1}
          suffix={t('rules.action.hours')}
          style={{ width: 180 }}
          onChange={(value) => patch({ due_hours: value ?? undefined })}
          data-testid="rule-action-due-hours"
        />
      </Form.Item>
    </>
  );
}
