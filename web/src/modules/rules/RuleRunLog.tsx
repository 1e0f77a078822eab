import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { RuleRunOutcome } from './RuleRunOutcome';
import { RuleRunRecord } from './RuleRunRecord';
import { RuleRunStatusTag } from './RuleRunStatusTag';
import type { RuleRun } from './types';
import { useRuleLabels } from './useRuleLabels';
import { useRuleRuns } from './useRuleRuns';

/** The rule's runs, newest first: when, the record, status and attempts, and what the actions did. */
export function RuleRunLog({ ruleId, active }: { ruleId: string; active: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const labels = useRuleLabels();
  const runs = useRuleRuns(ruleId, active);

  const columns: ColumnsType<RuleRun> = [
    {
      title: t('rules.runs.at'),
      dataIndex: 'created_at',
      width: 170,
      render: (at: string, run) => (
        <Flex vertical>
          <span className="num">{formatDateTime(at)}</span>
          {run.finished_at ? (
            <Typography.Text type="secondary" className="num" style={{ fontSize: 12 }}>
              {t('rules.runs.finished', { at: formatDateTime(run.finished_at) })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t('rules.runs.status'), dataIndex: 'status', width: 110, render: (status: string) => <RuleRunStatusTag status={status} /> },
    {
      title: t('rules.runs.record'),
      key: 'record',
      width: 240,
      render: (_, run) => <RuleRunRecord object={run.object} id={run.object_id} label={run.object_label} />,
    },
    { title: t('rules.runs.topic'), dataIndex: 'topic', width: 150, render: (topic: string) => labels.topic(topic) },
    { title: t('rules.runs.attempts'), dataIndex: 'attempts', width: 80, align: 'right', render: (n: number) => <span className="num">{n}</span> },
    { title: t('rules.runs.outcome'), key: 'outcome', render: (_, run) => <RuleRunOutcome run={run} /> },
  ];

  if (runs.error && !runs.data) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('rules.runs.loadFailed')}
        description={isApiError(runs.error) ? describeApiError(runs.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void runs.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return (
    <div data-testid="rule-runs">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('rules.runs.help')}</Typography.Text>
        <Button size="small" icon={<ReloadOutlined />} onClick={() => void runs.refetch()} loading={runs.isFetching}>
          {t('common.refresh')}
        </Button>
      </Flex>
      <Table<RuleRun>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={runs.data ?? []}
        loading={runs.isLoading}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('rules.runs.empty')}</Typography.Text> }}
        data-testid="rule-runs-table"
      />
    </div>
  );
}
