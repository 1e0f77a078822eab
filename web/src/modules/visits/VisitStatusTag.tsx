import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = { planned: 'processing', done: 'success', cancelled: 'default' };

/** Planned, done or cancelled, with its colour. */
export function VisitStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status] ?? 'default'} bordered={false} data-testid="visit-status">
      {t(`visits.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
