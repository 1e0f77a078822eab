import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Someone else saved the chain first (409): the edits were not saved; load their version. */
export function ChainConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('approvalChain.conflict.title')}
      description={t('approvalChain.conflict.body')}
      action={
        <Button icon={<ReloadOutlined />} onClick={onReload} data-testid="chain-conflict-reload">
          {t('approvalChain.conflict.reload')}
        </Button>
      }
      data-testid="chain-conflict"
    />
  );
}
