import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  open: 'blue',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'default',
};

export function TaskStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="task-status" data-status={status}>
      {t(`tasks.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
