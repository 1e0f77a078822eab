import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChainStartText } from './useChainStartText';

/** Under the chain: how it runs, and whether the power list's figures shown are the whole story. */
export function ChainNotes() {
  const { t } = useTranslation();
  const start = useChainStartText();
  return (
    <Typography.Paragraph type="secondary" className="chain-notes" data-testid="chain-notes">
      {t('approvalChain.notes')}
      {start.overrides > 0 ? ` ${t('approvalChain.overrides', { count: start.overrides })}` : ''}
      {start.limitsMissing ? ` ${t('approvalChain.noLimits')}` : ''}
    </Typography.Paragraph>
  );
}
