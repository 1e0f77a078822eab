import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordPath } from '../../ui/recordPath';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { ApprovalActions } from './ApprovalActions';
import { ApprovalCurrentStep } from './ApprovalCurrentStep';
import { ApprovalReasonSummary } from './ApprovalReasonSummary';
import { ApprovalReasonTable } from './ApprovalReasonTable';
import { ApprovalStatusTag } from './ApprovalStatusTag';
import { ApprovalStepTimeline } from './ApprovalStepTimeline';
import type { Approval } from './types';
import { useApproval } from './useApproval';

type ApprovalDrawerProps = {
  /** The request to show; the drawer is closed without one. */
  id: string | undefined;
  onClose: () => void;
};

/** One approval request: the record, why, the chain step by step, and the caller's moves. */
export function ApprovalDrawer({ id, onClose }: ApprovalDrawerProps) {
  const { t } = useTranslation();
  // The last request stays in the drawer while it slides away.
  const [shownId, setShownId] = useState(id);
  if (id && id !== shownId) setShownId(id);
  const detail = useApproval(shownId);
  const approval = detail.data;

  let body;
  if (detail.error && !approval) {
    const notFound = isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 403);
    body = notFound ? (
      <Result status="404" title={t('approvals.notFound')} subTitle={t('errors.notFound')} />
    ) : (
      <Alert
        type="error"
        showIcon
        title={t('approvals.loadFailed')}
        description={isApiError(detail.error) ? describeApiError(detail.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void detail.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!approval) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else {
    body = <ApprovalDetail approval={approval} />;
  }

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={720}
      title={
        approval ? (
          <Flex gap={8} align="center" wrap>
            <span data-testid="approval-drawer-title">{approval.title}</span>
            <ApprovalStatusTag status={approval.status} />
          </Flex>
        ) : (
          t('approvals.detailTitle')
        )
      }
      extra={approval ? <ApprovalActions approval={approval} /> : null}
      data-testid="approval-drawer"
    >
      {body}
    </Drawer>
  );
}

function ApprovalDetail({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const formatDateTime = useFormatDateTime();
  const path = recordPath(approval.object, approval.object_id);
  const kind = t(`records.${approval.object}`, { defaultValue: approval.object });

  return (
    <div className="approval-detail">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'record',
            label: kind,
            children: path ? (
              <Link to={path} data-testid="approval-record-link">
                {approval.title}
              </Link>
            ) : (
              approval.title
            ),
          },
          { key: 'submitter', label: t('approvals.columns.submitter'), children: approval.submitter_name || '—' },
          {
            key: 'amount',
            label: t('approvals.columns.amount'),
            children: <span className="num">{approval.amount === null ? '—' : formatMoney(approval.amount, approval.currency)}</span>,
          },
          { key: 'step', label: t('approvals.columns.currentStep'), children: <ApprovalCurrentStep approval={approval} /> },
          { key: 'created', label: t('approvals.columns.createdAt'), children: <span className="num">{formatDateTime(approval.created_at)}</span> },
          ...(approval.decided_at
            ? [{ key: 'decided', label: t('approvals.decidedAt'), children: <span className="num">{formatDateTime(approval.decided_at)}</span> }]
            : []),
        ]}
      />
      <section className="approval-detail__section">
        <Typography.Title level={5}>{t('approvals.reasonTitle')}</Typography.Title>
        <Typography.Paragraph>
          <ApprovalReasonSummary approval={approval} />
        </Typography.Paragraph>
        <ApprovalReasonTable reason={approval.reason} currency={approval.currency} />
      </section>
      <section className="approval-detail__section">
        <Typography.Title level={5}>{t('approvals.stepsTitle')}</Typography.Title>
        <ApprovalStepTimeline steps={approval.steps ?? []} />
      </section>
    </div>
  );
}
