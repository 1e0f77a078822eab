import { useTranslation } from 'react-i18next';
import { AuditLog } from '../../modules/audit/AuditLog';
import { PageContainer } from '../../ui/PageContainer';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.audit')} subtitle={t('audit.subtitle')} testId="audit-page">
      <AuditLog />
    </PageContainer>
  );
}
