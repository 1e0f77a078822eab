import { CheckCircleFilled, MinusCircleFilled } from '@ant-design/icons';
import { Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionOutcomeList } from './ActionOutcomeList';
import { RuleRunRecord } from './RuleRunRecord';
import type { TestRunResult as Result } from './types';
import { useRuleLabels } from './useRuleLabels';

/** A test run's answer: matched or not, the field values the condition read, and what each action would do. */
export function TestRunResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const fields = Object.entries(result.fields).map(([name, value]) => ({ name, value }));
  return (
    <div className="rule-test-result" data-testid="rule-test-result">
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        {result.matched ? (
          <Tag color="success" icon={<CheckCircleFilled />} data-testid="rule-test-matched" data-matched="true">
            {t('rules.test.matched')}
          </Tag>
        ) : (
          <Tag icon={<MinusCircleFilled />} data-testid="rule-test-matched" data-matched="false">
            {t('rules.test.notMatched')}
          </Tag>
        )}
        <RuleRunRecord object={result.object} id={result.object_id} label={result.label} />
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'value', label: t('rules.test.conditionValue'), children: <code>{result.condition_value}</code> }]}
      />
      <Typography.Title level={5} className="rule-test-result__head">
        {t('rules.test.fields')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={fields}
        locale={{ emptyText: t('rules.test.noFields') }}
        columns={[
          { title: t('rules.test.field'), dataIndex: 'name', render: (name: string) => <>{labels.field(name)} <code className="rule-test-result__code">{name}</code></> },
          { title: t('rules.test.value'), dataIndex: 'value', render: (value: string | null) => (value === null ? <Typography.Text type="secondary">null</Typography.Text> : <span className="num">{value}</span>) },
        ]}
        data-testid="rule-test-fields"
      />
      <Typography.Title level={5} className="rule-test-result__head">
        {t('rules.test.actions')}
      </Typography.Title>
      {result.matched ? (
        <ActionOutcomeList outcomes={result.actions} would testId="rule-test-actions" />
      ) : (
        <Typography.Text type="secondary">{t('rules.test.nothing')}</Typography.Text>
      )}
    </div>
  );
}
