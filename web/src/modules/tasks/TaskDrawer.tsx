import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { TaskActions } from './TaskActions';
import { TaskComments } from './TaskComments';
import { TaskDue } from './TaskDue';
import { TaskOwner } from './TaskOwner';
import { TaskRecordLink } from './TaskRecordLink';
import { TaskStatusTag } from './TaskStatusTag';
import { TaskTypeTag } from './TaskTypeTag';
import type { Task } from './types';
import { useTask } from './useTask';

type TaskDrawerProps = {
  /** The task to show; the drawer is closed without one. */
  id: string | undefined;
  onClose: () => void;
};

/** One task: what to do (the body as written), the record, who has it, comments, and claim / complete / cancel. */
export function TaskDrawer({ id, onClose }: TaskDrawerProps) {
  const { t } = useTranslation();
  const [shownId, setShownId] = useState(id);
  if (id && id !== shownId) setShownId(id);
  const detail = useTask(shownId);
  const task = detail.data;

  let body;
  if (detail.error && !task) {
    const notFound = isApiError(detail.error) && detail.error.status === 404;
    body = notFound ? (
      <Result status="404" title={t('tasks.notFound')} subTitle={t('errors.notFound')} />
    ) : (
      <Alert
        type="error"
        showIcon
        title={t('tasks.loadFailed')}
        description={isApiError(detail.error) ? describeApiError(detail.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void detail.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!task) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else {
    body = <TaskDetail task={task} />;
  }

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={680}
      title={
        task ? (
          <Flex gap={8} align="center" wrap>
            <TaskTypeTag type={task.type} />
            <span data-testid="task-drawer-title">{task.title}</span>
            <TaskStatusTag status={task.status} />
          </Flex>
        ) : (
          t('tasks.detailTitle')
        )
      }
      // Three buttons beside a long title would squeeze it: the moves sit at the bottom.
      footer={
        task ? (
          <Flex justify="flex-end">
            <TaskActions task={task} />
          </Flex>
        ) : null
      }
      data-testid="task-drawer"
    >
      {body}
    </Drawer>
  );
}

function TaskDetail({ task }: { task: Task }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const at = (iso: string | null) => (iso ? <span className="num">{formatDateTime(iso)}</span> : '—');

  return (
    <div className="task-detail">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'record', label: t('tasks.columns.record'), children: <TaskRecordLink task={task} /> },
          { key: 'department', label: t('tasks.columns.department'), children: t(`tasks.departments.${task.department}`, { defaultValue: task.department }) },
          { key: 'owner', label: t('tasks.columns.owner'), children: <TaskOwner task={task} /> },
          { key: 'due', label: t('tasks.columns.due'), children: <TaskDue task={task} /> },
          { key: 'created', label: t('tasks.createdAt'), children: at(task.created_at) },
          ...(task.claimed_at ? [{ key: 'claimed', label: t('tasks.claimedAt'), children: at(task.claimed_at) }] : []),
          ...(task.completed_at ? [{ key: 'completed', label: t('tasks.completedAt'), children: at(task.completed_at) }] : []),
          ...(task.outcome
            ? [{ key: 'outcome', label: t('tasks.outcome'), span: 'filled' as const, children: <span className="task-text" data-testid="task-outcome-text">{task.outcome}</span> }]
            : []),
        ]}
      />
      <section className="task-detail__section">
        <Typography.Title level={5}>{t('tasks.body')}</Typography.Title>
        {task.body ? (
          <div className="task-text task-body" data-testid="task-body">
            {task.body}
          </div>
        ) : (
          <Typography.Text type="secondary">{t('tasks.noBody')}</Typography.Text>
        )}
      </section>
      <section className="task-detail__section">
        <Typography.Title level={5}>{t('tasks.comments')}</Typography.Title>
        <TaskComments task={task} />
      </section>
    </div>
  );
}
