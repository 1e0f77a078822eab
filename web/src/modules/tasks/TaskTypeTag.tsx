import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  credit_check: 'gold',
  stocking: 'cyan',
  logistics_booking: 'purple',
  follow_up: 'blue',
};

/** A task's kind (credit check, stocking, logistics booking, follow-up; others as named). */
export function TaskTypeTag({ type }: { type: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[type] ?? 'default'} data-testid="task-type" data-type={type}>
      {t(`tasks.types.${type}`, { defaultValue: type })}
    </Tag>
  );
}
