import { useQuery } from '@tanstack/react-query';
import { customersApi } from './customersApi';
import { customerQueryKey } from './useCustomer';

export const contactsQueryKey = (customerId: string) => [...customerQueryKey(customerId), 'contacts'] as const;

/** The contacts of one customer, primary first. */
export function useContacts(customerId: string) {
  return useQuery({
    queryKey: contactsQueryKey(customerId),
    queryFn: ({ signal }) => customersApi.contacts(customerId, signal),
    select: (data) => [...data.items].sort((a, b) => Number(b.is_primary) - Number(a.is_primary)),
  });
}
