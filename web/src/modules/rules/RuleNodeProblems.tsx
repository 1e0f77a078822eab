import { ExclamationCircleFilled } from '@ant-design/icons';
import type { RuleProblem } from './types';
import { useRuleLabels } from './useRuleLabels';

/** The problems on a node, each with the field it names when there is one ("标题：is required"). */
export function RuleNodeProblems({ problems, testId }: { problems: readonly RuleProblem[]; testId: string }) {
  const labels = useRuleLabels();
  if (!problems.length) return null;
  return (
    <ul className="rule-node__problems" data-testid={testId}>
      {problems.map((p) => {
        const field = /\.(\w+)$/.exec(p.field)?.[1];
        return (
          <li key={`${p.field}:${p.message}`}>
            <ExclamationCircleFilled />
            <span>
              {field && p.field.startsWith('actions[') ? `${labels.actionField(field)}: ` : ''}
              {p.message}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
