import { FilterOutlined } from '@ant-design/icons';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { ConditionText } from './ConditionText';
import type { ConditionNodeData } from './ruleGraph';
import { ruleNodeClass } from './ruleNodeClass';
import { RuleNodeProblems } from './RuleNodeProblems';

/** "Only if": the condition, with the spot a parse or type error names highlighted. */
export function ConditionNode({ data, selected }: NodeProps<Node<ConditionNodeData>>) {
  const { t } = useTranslation();
  const first = data.problems[0];
  return (
    <div className={ruleNodeClass('condition', selected, data.problems.length > 0)} data-testid="rule-node-condition">
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="rule-node__head">
        <FilterOutlined />
        <span>{t('rules.nodes.condition')}</span>
        {first?.position ? (
          <span className="rule-node__where" data-testid="rule-condition-position">
            {t('rules.condition.position', { position: first.position })}
          </span>
        ) : null}
      </div>
      <ConditionText text={data.condition} position={first?.position} className="rule-node__expression" />
      <RuleNodeProblems problems={data.problems} testId="rule-node-condition-problems" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}
