import { ExclamationCircleFilled } from '@ant-design/icons';
import type { RuleProblem } from './types';
import { useRuleLabels } from './useRuleLabels';

type RuleNodeProblemsProps = {
  problems: readonly RuleProblem[];
  testId: string;
  /** Words for the last part of a problem's field (`steps[1].role` → "角色"); default: an action's fields. */
  fieldLabel?: (field: string) => string;
};

/** The problems on a node, each with the field it names when there is one ("标题：is required"). */
export function RuleNodeProblems({ problems, testId, fieldLabel }: RuleNodeProblemsProps) {
  const labels = useRuleLabels();
  if (!problems.length) return null;
  const prefix = (p: RuleProblem) => {
    const field = /\.(\w+)$/.exec(p.field)?.[1];
    if (!field) return '';
    if (fieldLabel) return `${fieldLabel(field)}: `;
    return p.field.startsWith('actions[') ? `${labels.actionField(field)}: ` : '';
  };
  return (
    <ul className="rule-node__problems" data-testid={testId}>
      {problems.map((p) => (
        <li key={`${p.field}:${p.message}`}>
          <ExclamationCircleFilled />
          <span>
            {prefix(p)}
            {p.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
