import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageContainer } from '../../ui/PageContainer';
import { pathFromIdQuery } from '../../ui/pathFromIdQuery';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { TaskDrawer } from './TaskDrawer';
import { TaskFilterBar } from './TaskFilterBar';
import { parseTaskView, taskViewParams, type TaskView } from './taskFilters';
import { TaskTable } from './TaskTable';
import { TaskTabs } from './TaskTabs';
import { useTasks } from './useTasks';

const PAGE = 20;

/**
 * Tasks: mine (and my role's queue) by default, filtered by status, kind and department
 * (kept in the address), with the task in the address (`/tasks/:id`) open in a drawer.
 */
export function TaskBoard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const view = parseTaskView(params);
  const viewKey = taskViewParams(view).toString();
  const [page, setPage] = useState({ viewKey, offset: 0, limit: PAGE });
  // A new filter starts again on the first page.
  const position = page.viewKey === viewKey ? page : { viewKey, offset: 0, limit: page.limit };
  const tasks = useTasks({
    ...(view.mine ? { mine: true } : {}),
    status: view.status,
    type: view.type,
    department: view.department,
    limit: position.limit,
    offset: position.offset,
  });
  const search = viewKey ? `?${viewKey}` : '';

  // Notifications link to /tasks?id=…: open that task in the drawer.
  const fromQuery = pathFromIdQuery('/tasks', params);
  useEffect(() => {
    if (fromQuery) void navigate(fromQuery, { replace: true });
  }, [fromQuery, navigate]);

  const handleView = (next: TaskView) => setParams(taskViewParams(next), { replace: true });

  return (
    <PageContainer title={t('menu.tasks')} subtitle={t('tasks.subtitle')} testId="tasks-page">
      <TaskTabs active="list" />
      <Card>
        <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
          <TaskFilterBar view={view} onChange={handleView} />
          <Button icon={<ReloadOutlined />} onClick={() => void tasks.refetch()} aria-label={t('common.refresh')} />
        </Flex>
        {tasks.error && !tasks.data ? (
          <Alert
            type="error"
            showIcon
            title={t('tasks.loadFailed')}
            description={isApiError(tasks.error) ? describeApiError(tasks.error, t) : undefined}
          />
        ) : (
          <TaskTable
            items={tasks.data?.items ?? []}
            total={tasks.data?.total ?? 0}
            loading={tasks.isFetching}
            offset={position.offset}
            limit={position.limit}
            onPage={(offset, limit) => setPage({ viewKey, offset, limit })}
            selectedId={id}
            onSelect={(taskId) => void navigate(`/tasks/${taskId}${search}`)}
          />
        )}
      </Card>
      <TaskDrawer id={id} onClose={() => void navigate(`/tasks${search}`)} />
    </PageContainer>
  );
}
