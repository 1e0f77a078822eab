import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { ApprovalChainDesignerBody } from './ApprovalChainDesignerBody';
import { useQuoteApprovalChain } from './useQuoteApprovalChain';

/** `/settings/approval-chain`: a fresh designer for every saved version of the quote approval chain. */
export function ApprovalChainDesigner() {
  const { t } = useTranslation();
  const chain = useQuoteApprovalChain();
  if (chain.error && !chain.data) {
    return (
      <Result
        status="warning"
        title={t('approvalChain.loadFailed')}
        subTitle={isApiError(chain.error) ? describeApiError(chain.error, t) : undefined}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void chain.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!chain.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  return <ApprovalChainDesignerBody key={chain.data.version} chain={chain.data} />;
}
