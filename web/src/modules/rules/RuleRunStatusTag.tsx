import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  queued: 'processing',
  done: 'success',
  skipped: 'default',
  failed: 'error',
  loop_stopped: 'warning',
};

/** The status of one rule run. */
export function RuleRunStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="rule-run-status" data-status={status}>
      {t(`rules.runStatuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
