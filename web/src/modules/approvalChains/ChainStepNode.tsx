import { ClockCircleOutlined, UserOutlined } from '@ant-design/icons';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { ConditionText } from '../rules/ConditionText';
import { ruleNodeClass } from '../rules/ruleNodeClass';
import { RuleNodeProblems } from '../rules/RuleNodeProblems';
import { useRuleLabels } from '../rules/useRuleLabels';
import { STEP_WIDTH, type ChainStepData } from './chainGraph';
import { useChainWords } from './useChainWords';

/** One approver: the seq (and whether in parallel), the role, the label, when it applies and its condition. */
export function ChainStepNode({ data, selected }: NodeProps<Node<ChainStepData>>) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const words = useChainWords();
  const { step } = data;
  const problems = Object.values(data.problems);
  const conditionProblem = data.problems.condition;
  return (
    <div
      className={ruleNodeClass('chain-step', selected, problems.length > 0)}
      style={{ width: STEP_WIDTH, minHeight: data.minHeight }}
      data-testid="chain-node-step"
      data-seq={step.seq}
      data-role={step.role}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="rule-node__head">
        <UserOutlined />
        <span>{t('approvalChain.node.seq', { seq: step.seq })}</span>
        {data.parallel ? <span className="chain-step__parallel">{t('approvalChain.node.parallel')}</span> : null}
      </div>
      <div className={`rule-node__title${step.role ? '' : ' chain-step__missing'}`}>{step.role ? labels.role(step.role) : t('approvalChain.node.noRole')}</div>
      {step.label.trim() ? <div className="chain-step__label">{step.label}</div> : null}
      <div className="chain-step__when">
        <ClockCircleOutlined />
        <span>{words.when(step.when)}</span>
      </div>
      {step.condition.trim() ? (
        <div className="chain-step__condition">
          <span className="chain-step__and">{t('approvalChain.node.and')}</span>
          <ConditionText text={step.condition} position={conditionProblem?.position} className="rule-node__expression" />
        </div>
      ) : null}
      <RuleNodeProblems problems={problems} testId="chain-node-problems" fieldLabel={words.field} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}
