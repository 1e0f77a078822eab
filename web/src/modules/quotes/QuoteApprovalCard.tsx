import { Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { ApprovalActions } from '../approvals/ApprovalActions';
import { ApprovalReasonSummary } from '../approvals/ApprovalReasonSummary';
import { ApprovalStatusTag } from '../approvals/ApprovalStatusTag';
import { latestApproval } from '../approvals/approvalSteps';
import { ApprovalStepTimeline } from '../approvals/ApprovalStepTimeline';
import type { Approval } from '../approvals/types';

/**
 * "Approval": the quote's latest approval request — why, its steps and the caller's moves
 * (decide, delegate, recall) — and links to the earlier ones. Nothing without requests.
 */
export function QuoteApprovalCard({ approvals }: { approvals: Approval[] | undefined }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const latest = latestApproval(approvals ?? []);
  if (!latest) return null;
  const earlier = (approvals ?? []).filter((a) => a.id !== latest.id).sort((a, b) => b.created_at.localeCompare(a.created_at));

  return (
    <Card
      title={t('quotes.approval.title')}
      extra={
        <Link to={`/approvals/${latest.id}`} data-testid="quote-approval-open">
          {t('quotes.approval.open')}
        </Link>
      }
      style={{ marginTop: 16 }}
      data-testid="quote-approval-card"
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <ApprovalStatusTag status={latest.status} />
          <Typography.Text type="secondary" className="num">
            {formatDateTime(latest.created_at)}
          </Typography.Text>
        </Flex>
        <ApprovalReasonSummary approval={latest} />
        <ApprovalStepTimeline steps={latest.steps ?? []} />
        <ApprovalActions approval={latest} size="small" />
        {earlier.length ? (
          <div>
            <Typography.Text type="secondary">{t('quotes.approval.earlier')}</Typography.Text>
            <ul className="quote-approval-earlier">
              {earlier.map((a) => (
                <li key={a.id}>
                  <Space size={6}>
                    <Link to={`/approvals/${a.id}`}>{formatDateTime(a.created_at)}</Link>
                    <ApprovalStatusTag status={a.status} />
                  </Space>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}
