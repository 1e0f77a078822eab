import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { RecordSelect } from './RecordSelect';
import { RunNowButton } from './RunNowButton';
import { TestRunResult } from './TestRunResult';
import type { Rule, RuleTopic } from './types';
import { useRuleActions } from './useRuleActions';

type RuleTestRunProps = {
  rule: Rule;
  topics: RuleTopic[] | undefined;
  /** Unsaved edits are not part of a test run (it runs the saved rule). */
  dirty: boolean;
  editable: boolean;
  onRunNow: () => void;
};

/** Tries the saved rule on one record (nothing is written); daily rules can also scan now. */
export function RuleTestRun({ rule, topics, dirty, editable, onRunNow }: RuleTestRunProps) {
  const { t } = useTranslation();
  const handleError = useApiErrorHandler();
  const { testRun } = useRuleActions(rule.id);
  const [objectId, setObjectId] = useState<string>();
  const object = topics?.find((x) => x.topic === rule.trigger_topic)?.object ?? rule.trigger_topic.split('.').pop() ?? '';
  const daily = rule.trigger_topic.startsWith('daily.');

  return (
    <div data-testid="rule-test">
      <Typography.Paragraph type="secondary">{t('rules.test.help', { version: rule.version })}</Typography.Paragraph>
      {dirty ? <Alert type="warning" showIcon title={t('rules.test.dirty')} style={{ marginBottom: 12 }} /> : null}
      <Flex gap={8} wrap align="center">
        <RecordSelect
          object={object}
          value={objectId}
          onChange={setObjectId}
          placeholder={t('rules.test.pick', { object: t(`records.${object}`, { defaultValue: object }) })}
        />
        <Button
          type="primary"
          icon={<ExperimentOutlined />}
          disabled={!objectId}
          loading={testRun.isPending}
          onClick={() => objectId && testRun.mutate(objectId, { onError: (error) => handleError(error) })}
          data-testid="rule-test-run"
        >
          {t('rules.test.run')}
        </Button>
        {daily && editable ? <RunNowButton ruleId={rule.id} onQueued={onRunNow} /> : null}
      </Flex>
      {daily ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('rules.runNow.help')}
        </Typography.Paragraph>
      ) : null}
      {testRun.data ? (
        <>
          <Divider />
          <TestRunResult result={testRun.data} />
        </>
      ) : null}
    </div>
  );
}
