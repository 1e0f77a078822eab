import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ZoneCreateInput, ZonePatchInput } from './types';
import { zonesApi } from './zonesApi';
import { zonesQueryKey } from './useZones';

/** Create, update and delete a zone; each refreshes the zone list. */
export function useZoneMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: zonesQueryKey });
  return {
    create: useMutation({ mutationFn: (input: ZoneCreateInput) => zonesApi.create(input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ZonePatchInput }) => zonesApi.update(id, input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => zonesApi.remove(id), onSuccess }),
  };
}
