import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordPath } from '../../ui/recordPath';
import type { Task } from './types';

/** The record a task is about, linked to its page ("Quote Q-2026-0012"). */
export function TaskRecordLink({ task }: { task: Pick<Task, 'object' | 'object_id' | 'object_label'> }) {
  const { t } = useTranslation();
  if (!task.object || !task.object_id) return <Typography.Text type="secondary">—</Typography.Text>;
  const kind = t(`records.${task.object}`, { defaultValue: task.object });
  const label = task.object_label || `#${task.object_id}`;
  const path = recordPath(task.object, task.object_id);
  const text = (
    <>
      <Typography.Text type="secondary">{kind} </Typography.Text>
      {label}
    </>
  );
  return path ? (
    <Link to={path} onClick={(e) => e.stopPropagation()} data-testid="task-record">
      {text}
    </Link>
  ) : (
    <span data-testid="task-record">{text}</span>
  );
}
