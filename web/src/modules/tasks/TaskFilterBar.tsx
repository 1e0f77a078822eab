import { Flex, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { TASK_DEPARTMENTS, TASK_STATUSES, TASK_TYPES, type TaskView } from './taskFilters';

type TaskFilterBarProps = {
  view: TaskView;
  onChange: (view: TaskView) => void;
};

/** "Mine" (mine and my role's queue) plus status, kind and department filters. */
export function TaskFilterBar({ view, onChange }: TaskFilterBarProps) {
  const { t } = useTranslation();
  const patch = (next: Partial<TaskView>) => onChange({ ...view, ...next });
  return (
    <Flex gap={12} wrap align="center">
      <label className="task-mine">
        <Switch checked={view.mine} onChange={(mine) => patch({ mine })} size="small" data-testid="tasks-mine" />
        <span>{t('tasks.filters.mine')}</span>
      </label>
      <Select<string>
        allowClear
        placeholder={t('tasks.filters.status')}
        style={{ width: 130 }}
        value={view.status}
        onChange={(status) => patch({ status })}
        options={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.statuses.${s}`) }))}
        data-testid="tasks-status-filter"
      />
      <Select<string>
        allowClear
        placeholder={t('tasks.filters.type')}
        style={{ width: 150 }}
        value={view.type}
        onChange={(type) => patch({ type })}
        options={TASK_TYPES.map((s) => ({ value: s, label: t(`tasks.types.${s}`) }))}
        data-testid="tasks-type-filter"
      />
      <Select<string>
        allowClear
        placeholder={t('tasks.filters.department')}
        style={{ width: 130 }}
        value={view.department}
        onChange={(department) => patch({ department })}
        options={TASK_DEPARTMENTS.map((s) => ({ value: s, label: t(`tasks.departments.${s}`) }))}
        data-testid="tasks-department-filter"
      />
    </Flex>
  );
}
