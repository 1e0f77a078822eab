import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  login: 'default',
  logout: 'default',
  login_failed: 'orange',
};

export function AuditActionTag({ action }: { action: string }) {
  const { t } = useTranslation();
  return <Tag color={colors[action] ?? 'purple'}>{t(`audit.actions.${action}`, { defaultValue: action })}</Tag>;
}
