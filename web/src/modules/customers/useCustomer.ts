import { useQuery } from '@tanstack/react-query';
import { customersApi } from './customersApi';
import { customersQueryKey } from './useCustomers';

export const customerQueryKey = (id: string) => [...customersQueryKey, 'one', id] as const;

/** One customer; 404 also means "outside your scope". Nothing is fetched without an id. */
export function useCustomer(id: string) {
  return useQuery({ queryKey: customerQueryKey(id), queryFn: ({ signal }) => customersApi.get(id, signal), enabled: !!id });
}
