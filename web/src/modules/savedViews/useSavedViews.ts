import { useQuery } from '@tanstack/react-query';
import { savedViewsApi } from './savedViewsApi';
import type { SavedViewObject } from './types';

export const savedViewsQueryKey = (object: SavedViewObject) => ['saved-views', object] as const;

/** The signed-in user's saved views of one list. */
export function useSavedViews(object: SavedViewObject) {
  return useQuery({
    queryKey: savedViewsQueryKey(object),
    queryFn: ({ signal }) => savedViewsApi.list(object, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}
