import { FieldTimeOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export type TaskTab = 'list' | 'metrics';

const PATHS: Record<TaskTab, string> = { list: '/tasks', metrics: '/tasks/metrics' };

/** The tasks section: the list and the handling time board. */
export function TaskTabs({ active }: { active: TaskTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs
      className="forecast-tabs"
      activeKey={active}
      onChange={(key) => void navigate(PATHS[key as TaskTab])}
      items={[
        { key: 'list', icon: <UnorderedListOutlined />, label: <span data-testid="task-tab-list">{t('tasks.nav.list')}</span> },
        { key: 'metrics', icon: <FieldTimeOutlined />, label: <span data-testid="task-tab-metrics">{t('tasks.nav.metrics')}</span> },
      ]}
      data-testid="task-tabs"
    />
  );
}
