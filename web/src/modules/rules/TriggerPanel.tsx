import { Alert, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemStatus } from './problemStatus';
import type { RuleProblem, RuleTopic } from './types';
import { useRuleLabels } from './useRuleLabels';

type TriggerPanelProps = {
  topic: string;
  topics: RuleTopic[] | undefined;
  problems: RuleProblem[];
  editable: boolean;
  onChange: (topic: string) => void;
};

/** Which event starts the rule, and what kind of record it carries. */
export function TriggerPanel({ topic, topics, problems, editable, onChange }: TriggerPanelProps) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const current = topics?.find((x) => x.topic === topic);
  const daily = topic.startsWith('daily.');
  return (
    <Form layout="vertical" data-testid="rule-trigger-panel">
      <Form.Item label={t('rules.trigger.topic')} {...problemStatus(problems[0])}>
        <Select<string>
          value={topic || undefined}
          onChange={onChange}
          disabled={!editable}
          loading={!topics}
          showSearch={{ optionFilterProp: 'search' }}
          data-testid="rule-trigger-select"
          options={(topics ?? []).map((x) => ({
            value: x.topic,
            search: `${labels.topic(x.topic)} ${x.topic}`,
            label: (
              <span className="select-option">
                <span className="select-option__label">{labels.topic(x.topic)}</span>
                <span className="select-option__extra num">{x.topic}</span>
              </span>
            ),
          }))}
        />
      </Form.Item>
      {current ? (
        <Typography.Paragraph type="secondary">
          {t('rules.trigger.carries', { object: t(`records.${current.object}`, { defaultValue: current.object }), count: current.fields.length })}
        </Typography.Paragraph>
      ) : null}
      {daily ? <Alert type="info" showIcon title={t('rules.trigger.dailyHelp')} /> : null}
    </Form>
  );
}
