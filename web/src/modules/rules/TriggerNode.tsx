import { ThunderboltOutlined } from '@ant-design/icons';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TriggerNodeData } from './ruleGraph';
import { RuleNodeProblems } from './RuleNodeProblems';
import { ruleNodeClass } from './ruleNodeClass';
import { useRuleLabels } from './useRuleLabels';

/** "When": the event (or the morning scan) that starts the rule. */
export function TriggerNode({ data, selected }: NodeProps<Node<TriggerNodeData>>) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  return (
    <div className={ruleNodeClass('trigger', selected, data.problems.length > 0)} data-testid="rule-node-trigger">
      <div className="rule-node__head">
        <ThunderboltOutlined />
        <span>{t('rules.nodes.trigger')}</span>
      </div>
      <div className="rule-node__title">{data.topic ? labels.topic(data.topic) : t('rules.trigger.none')}</div>
      {data.topic ? <code className="rule-node__code">{data.topic}</code> : null}
      <RuleNodeProblems problems={data.problems} testId="rule-node-trigger-problems" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}
