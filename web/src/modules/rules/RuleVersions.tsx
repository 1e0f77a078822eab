import { HistoryOutlined } from '@ant-design/icons';
import { Button, Col, Descriptions, Empty, Flex, Row, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftFromDefinition } from './ruleDraft';
import { buildRuleGraph } from './ruleGraph';
import { RuleFlow } from './RuleFlow';
import { NO_PROBLEMS } from './ruleProblems';
import type { Rule, RuleDefinition } from './types';
import { useRuleLabels } from './useRuleLabels';
import { VersionList } from './VersionList';

type RuleVersionsProps = { rule: Rule; editable: boolean; onLoad: (definition: RuleDefinition) => void };

/** Every saved version, newest first; the one picked is drawn read only and may be loaded into the editor. */
export function RuleVersions({ rule, editable, onLoad }: RuleVersionsProps) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const versions = rule.versions ?? [];
  const [picked, setPicked] = useState(versions[0]?.version);
  const current = versions.find((v) => v.version === picked);
  const edgeLabels = useMemo(() => ({ check: t('rules.edges.check'), holds: t('rules.edges.holds'), next: t('rules.edges.next') }), [t]);
  const graph = useMemo(
    () => (current ? buildRuleGraph(draftFromDefinition(current.definition), NO_PROBLEMS, { editable: false, labels: edgeLabels }) : null),
    [current, edgeLabels],
  );

  if (!versions.length) return <Empty description={t('rules.versions.empty')} />;
  return (
    <Row gutter={16} data-testid="rule-versions">
      <Col xs={24} md={7}>
        <VersionList versions={versions} current={rule.version} picked={picked} onPick={setPicked} testIdPrefix="rule-version" />
      </Col>
      <Col xs={24} md={17}>
        {current && graph ? (
          <div data-testid="rule-version-view">
            <Flex justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 12 }}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'name', label: t('rules.columns.name'), children: current.definition.name },
                  {
                    key: 'enabled',
                    label: t('rules.columns.enabled'),
                    children: current.definition.enabled ? <Tag color="success">{t('rules.on')}</Tag> : <Tag>{t('rules.off')}</Tag>,
                  },
                  { key: 'topic', label: t('rules.columns.trigger'), children: labels.topic(current.definition.trigger_topic) },
                  ...(current.definition.description
                    ? [{ key: 'description', label: t('rules.description'), children: <Typography.Text>{current.definition.description}</Typography.Text> }]
                    : []),
                ]}
              />
              {editable && current.version !== rule.version ? (
                <Button icon={<HistoryOutlined />} onClick={() => onLoad(current.definition)} data-testid="rule-version-load">
                  {t('rules.versions.load')}
                </Button>
              ) : null}
            </Flex>
            <RuleFlow nodes={graph.nodes} edges={graph.edges} height={460} testId="rule-version-flow" />
          </div>
        ) : null}
      </Col>
    </Row>
  );
}
