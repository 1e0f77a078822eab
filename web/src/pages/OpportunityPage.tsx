import { useParams } from 'react-router';
import { OpportunityDetailView } from '../modules/opportunities/OpportunityDetailView';

export function OpportunityPage() {
  const { id = '' } = useParams();
  return (
    <div className="page-container" data-testid="opportunity-page">
      <OpportunityDetailView key={id} id={id} />
    </div>
  );
}
