import { PartitionOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { draftFromSteps } from './chainDraft';
import { ChainFlow } from './ChainFlow';
import { ChainNotes } from './ChainNotes';
import { useQuoteApprovalChain } from './useQuoteApprovalChain';

/** The quote approval chain in force, read only, with the way to its designer (on the rules list). */
export function ApprovalChainCard() {
  const { t } = useTranslation();
  const chain = useQuoteApprovalChain();
  const steps = useMemo(() => draftFromSteps(chain.data?.steps ?? []), [chain.data]);
  let body;
  if (chain.error && !chain.data) {
    body = <Alert type="warning" showIcon title={t('approvalChain.loadFailed')} description={isApiError(chain.error) ? describeApiError(chain.error, t) : undefined} />;
  } else if (!chain.data) {
    body = <Skeleton active paragraph={{ rows: 4 }} />;
  } else {
    body = (
      <>
        <ChainFlow steps={steps} />
        <ChainNotes />
      </>
    );
  }
  return (
    <Card
      title={chain.data ? `${t('approvalChain.title')} · v${chain.data.version}` : t('approvalChain.title')}
      extra={
        <Link to="/settings/approval-chain" data-testid="chain-open-designer">
          <Button size="small" icon={<PartitionOutlined />}>
            {t('approvalChain.openDesigner')}
          </Button>
        </Link>
      }
      data-testid="quote-approval-chain"
    >
      {body}
    </Card>
  );
}
