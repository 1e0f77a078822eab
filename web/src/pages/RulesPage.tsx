import { RuleList } from '../modules/rules/RuleList';

export function RulesPage() {
  return <RuleList />;
}
