import { PlusOutlined } from '@ant-design/icons';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { AddNodeData } from './ruleGraph';
import { ruleNodeClass } from './ruleNodeClass';
import { RuleNodeProblems } from './RuleNodeProblems';

/** The end of the flow: a click adds another action. */
export function AddActionNode({ data, selected }: NodeProps<Node<AddNodeData>>) {
  const { t } = useTranslation();
  return (
    <div className={ruleNodeClass('add', selected, data.problems.length > 0)} data-testid="rule-node-add">
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <PlusOutlined /> {t('rules.nodes.add')}
      <RuleNodeProblems problems={data.problems} testId="rule-node-add-problems" />
    </div>
  );
}
