import { useParams, useSearchParams } from 'react-router';
import { QuoteEditor } from '../modules/quotes/QuoteEditor';

/** `/quotes/new` (optionally `?customer_id=`) and `/quotes/:id`. */
export function QuotePage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  return (
    <div className="page-container" data-testid="quote-page">
      <QuoteEditor key={id ?? 'new'} id={id} customerId={params.get('customer_id') ?? undefined} />
    </div>
  );
}
