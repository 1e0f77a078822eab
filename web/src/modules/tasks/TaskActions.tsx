import { CheckOutlined, StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { taskActions } from './taskFilters';
import { TaskOutcomeModal } from './TaskOutcomeModal';
import type { Task } from './types';
import { useTaskErrorHandler } from './useTaskErrorHandler';
import { useTaskMutations } from './useTaskMutations';

/** Claim (unclaimed queue work), complete and cancel, each with the task's version. */
export function TaskActions({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { claim } = useTaskMutations();
  const handleError = useTaskErrorHandler();
  const [closing, setClosing] = useState<'complete' | 'cancel' | null>(null);
  const actions = taskActions(task, {
    id: me?.user.id ?? '',
    role: me?.user.role ?? '',
    update: me?.user.role === 'admin' || can(me, 'task', 'update'),
  });
  if (actions.length === 0) return null;

  const handleClaim = () =>
    claim.mutate(
      { id: task.id, version: task.version },
      { onSuccess: () => message.success(t('tasks.done.claim')), onError: (error) => handleError(error) },
    );

  return (
    <>
      <Space wrap>
        {actions.includes('claim') ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={handleClaim} loading={claim.isPending} data-testid="task-claim">
            {t('tasks.actions.claim')}
          </Button>
        ) : null}
        {actions.includes('complete') ? (
          <Button
            type={actions.includes('claim') ? 'default' : 'primary'}
            icon={<CheckOutlined />}
            onClick={() => setClosing('complete')}
            data-testid="task-complete"
          >
            {t('tasks.actions.complete')}
          </Button>
        ) : null}
        {actions.includes('cancel') ? (
          <Button danger type="text" icon={<StopOutlined />} onClick={() => setClosing('cancel')} data-testid="task-cancel">
            {t('tasks.actions.cancel')}
          </Button>
        ) : null}
      </Space>
      <TaskOutcomeModal task={task} action={closing} onClose={() => setClosing(null)} />
    </>
  );
}
