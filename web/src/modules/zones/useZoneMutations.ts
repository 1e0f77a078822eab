import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../http/ApiError';
import type { ZoneCreateInput, ZonePatchInput } from './types';
import { zonesApi } from './zonesApi';
import { zonesQueryKey } from './useZones';

/** Create, update and delete a zone; each refreshes the zone list (also after a 409). */
export function useZoneMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: zonesQueryKey });
  const onError = (error: Error) => {
    if (isApiError(error) && error.status === 409) void refresh();
  };
  return {
    create: useMutation({ mutationFn: (input: ZoneCreateInput) => zonesApi.create(input), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ZonePatchInput }) => zonesApi.update(id, input),
      onSuccess: refresh,
      onError,
    }),
    remove: useMutation({ mutationFn: (id: string) => zonesApi.remove(id), onSuccess: refresh, onError }),
  };
}
