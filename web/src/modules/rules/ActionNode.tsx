import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { ACTION_ICONS } from './actionIcons';
import { ActionSummary } from './ActionSummary';
import type { ActionNodeData } from './ruleGraph';
import { ruleNodeClass } from './ruleNodeClass';
import { RuleNodeProblems } from './RuleNodeProblems';

/** "Then": one action, numbered in order, with the problems of its fields. */
export function ActionNode({ data, selected }: NodeProps<Node<ActionNodeData>>) {
  const { t } = useTranslation();
  const problems = Object.values(data.problems);
  return (
    <div
      className={ruleNodeClass(`action rule-node--${data.action.type}`, selected, problems.length > 0)}
      data-testid={`rule-node-action-${data.index}`}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="rule-node__head">
        {ACTION_ICONS[data.action.type]}
        <span>
          {t('rules.nodes.action', { n: data.index + 1 })} · {t(`rules.actionTypes.${data.action.type}`, { defaultValue: data.action.type })}
        </span>
      </div>
      <ActionSummary action={data.action} />
      <RuleNodeProblems problems={problems} testId={`rule-node-action-${data.index}-problems`} />
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}
