import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customersQueryKey } from '../customers/useCustomers';
import type { CheckInInput, VisitCreateInput, VisitPatchInput } from './types';
import { visitsApi } from './visitsApi';
import { visitsQueryKey } from './useVisits';

/** Plan, edit, cancel and check in visits; visit lists and customers (last visit, timeline) refresh after. */
export function useVisitMutations() {
  const queryClient = useQueryClient();
  const onSettled = async () => {
    await queryClient.invalidateQueries({ queryKey: visitsQueryKey });
    void queryClient.invalidateQueries({ queryKey: customersQueryKey });
  };
  return {
    create: useMutation({ mutationFn: (input: VisitCreateInput) => visitsApi.create(input), onSettled }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: VisitPatchInput }) => visitsApi.update(id, input),
      onSettled,
    }),
    checkIn: useMutation({
      mutationFn: ({ id, input }: { id: string; input: CheckInInput }) => visitsApi.checkIn(id, input),
      onSettled,
    }),
  };
}
