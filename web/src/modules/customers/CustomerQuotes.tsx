import { useState } from 'react';
import { QuoteTable } from '../quotes/QuoteTable';
import type { QuoteFilters } from '../quotes/types';
import { useQuotes } from '../quotes/useQuotes';

/** The quotes of one customer, newest first. */
export function CustomerQuotes({ customerId }: { customerId: string }) {
  const [filters, setFilters] = useState<QuoteFilters>({ customer_id: customerId, limit: 10, offset: 0, sort: '-created_at' });
  const quotes = useQuotes(filters);
  return <QuoteTable query={quotes} filters={filters} onChange={(next) => setFilters((f) => ({ ...f, ...next }))} hideCustomer size="small" />;
}
