import { useState } from 'react';
import { OpportunityTable } from '../opportunities/OpportunityTable';
import type { OpportunityFilters } from '../opportunities/types';
import { useOpportunities } from '../opportunities/useOpportunities';

/** The opportunities of one customer, by expected close date. */
export function CustomerOpportunities({ customerId }: { customerId: string }) {
  const [filters, setFilters] = useState<OpportunityFilters>({ customer_id: customerId, limit: 10, offset: 0, sort: 'expected_close_date' });
  const opportunities = useOpportunities(filters);
  return (
    <OpportunityTable
      query={opportunities}
      filters={filters}
      onChange={(next) => setFilters((f) => ({ ...f, ...next }))}
      hideCustomer
      size="small"
    />
  );
}
