import { useMutation, useQueryClient } from '@tanstack/react-query';
import { savedViewsApi } from './savedViewsApi';
import type { SavedViewCreateInput, SavedViewObject, SavedViewPatchInput } from './types';
import { savedViewsQueryKey } from './useSavedViews';

/** Save, change and delete views of one list; each refreshes the list of views. */
export function useSavedViewMutations(object: SavedViewObject) {
  const queryClient = useQueryClient();
  // One default per list: changing one may change another, so always refetch them all.
  const onSettled = () => queryClient.invalidateQueries({ queryKey: savedViewsQueryKey(object) });
  return {
    create: useMutation({ mutationFn: (input: SavedViewCreateInput) => savedViewsApi.create(input), onSettled }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: SavedViewPatchInput }) => savedViewsApi.update(id, input),
      onSettled,
    }),
    remove: useMutation({ mutationFn: (id: string) => savedViewsApi.remove(id), onSettled }),
  };
}
