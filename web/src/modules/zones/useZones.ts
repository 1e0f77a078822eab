import { useQuery } from '@tanstack/react-query';
import { zonesApi } from './zonesApi';

export const zonesQueryKey = ['zones'] as const;

/** The whole organisation as a flat list (small: tens to hundreds of nodes). */
export function useZones() {
  return useQuery({ queryKey: zonesQueryKey, queryFn: zonesApi.list, select: (data) => data.items });
}
