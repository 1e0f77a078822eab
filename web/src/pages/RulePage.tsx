import { useParams } from 'react-router';
import { RuleDesigner } from '../modules/rules/RuleDesigner';

/** `/settings/rules/new` and `/settings/rules/:id`. */
export function RulePage() {
  const { id } = useParams();
  return <RuleDesigner key={id ?? 'new'} id={id} />;
}
