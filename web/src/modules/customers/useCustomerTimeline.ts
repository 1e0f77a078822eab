import { useQuery } from '@tanstack/react-query';
import { customersApi } from './customersApi';
import { customerQueryKey } from './useCustomer';

/** Orders, visits, opportunities and quotes of one customer, newest first. */
export function useCustomerTimeline(id: string) {
  return useQuery({
    queryKey: [...customerQueryKey(id), 'timeline'],
    queryFn: ({ signal }) => customersApi.timeline(id, signal),
    select: (data) => data.items,
  });
}
