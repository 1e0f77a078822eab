import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customersApi } from './customersApi';
import type { ContactInput } from './types';
import { contactsQueryKey } from './useContacts';

/** Add, edit and delete the contacts of one customer. */
export function useContactMutations(customerId: string) {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(customerId) });
  return {
    create: useMutation({ mutationFn: (input: ContactInput) => customersApi.createContact(customerId, input), onSettled }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: Partial<ContactInput> & { version: number } }) =>
        customersApi.updateContact(id, input),
      onSettled,
    }),
    remove: useMutation({ mutationFn: (id: string) => customersApi.deleteContact(id), onSettled }),
  };
}
