import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../http/ApiError';
import { salesSummaryQueryKey } from '../sales/useSalesSummary';
import { customersApi } from './customersApi';
import type { Customer, CustomerCreateInput, CustomerPatchInput, GradeOverrideInput } from './types';
import { customerQueryKey } from './useCustomer';
import { customersQueryKey } from './useCustomers';

/** Writes on customers; each puts the returned record in the cache and refreshes lists. */
export function useCustomerMutations() {
  const queryClient = useQueryClient();
  const onSuccess = async (customer: Customer) => {
    queryClient.setQueryData(customerQueryKey(customer.id), customer);
    await queryClient.invalidateQueries({ queryKey: [...customersQueryKey, 'list'] });
    await queryClient.invalidateQueries({ queryKey: salesSummaryQueryKey });
  };
  // A stale version means our copy is old: fetch the current one for the next try.
  const onError = (error: Error, variables: { id: string }) => {
    if (isApiError(error) && error.status === 409) {
      void queryClient.invalidateQueries({ queryKey: customerQueryKey(variables.id), exact: true });
    }
  };
  return {
    create: useMutation({ mutationFn: (input: CustomerCreateInput) => customersApi.create(input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: CustomerPatchInput }) => customersApi.update(id, input),
      onSuccess,
      onError,
    }),
    overrideGrade: useMutation({
      mutationFn: ({ id, input }: { id: string; input: GradeOverrideInput }) => customersApi.overrideGrade(id, input),
      onSuccess,
      onError,
    }),
  };
}
