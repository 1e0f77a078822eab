import { TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../roles/useRoleLabel';
import type { Task } from './types';

/** Who has the task: its assignee, else the role queue it waits in. */
export function TaskOwner({ task }: { task: Pick<Task, 'assignee_name' | 'queue_role'> }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  if (task.assignee_name) {
    return (
      <span className="nowrap" data-testid="task-assignee">
        <UserOutlined className="text-muted" /> {task.assignee_name}
      </span>
    );
  }
  if (task.queue_role) {
    return (
      <Tag icon={<TeamOutlined />} bordered={false} data-testid="task-queue">
        {t('tasks.queue', { role: roleLabel(task.queue_role) })}
      </Tag>
    );
  }
  return <Typography.Text type="secondary">—</Typography.Text>;
}
