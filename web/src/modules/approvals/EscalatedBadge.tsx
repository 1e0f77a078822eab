import { RiseOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';

/** A step past its due time: the sales directors were told and may decide it too. */
export function EscalatedBadge({ at }: { at: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Tooltip title={t('approvals.escalatedHelp', { at: formatDateTime(at) })}>
      <Tag color="volcano" icon={<RiseOutlined />} data-testid="approval-escalated">
        {t('approvals.escalated')}
      </Tag>
    </Tooltip>
  );
}
