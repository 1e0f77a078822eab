import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { SavedView, SavedViewCreateInput, SavedViewObject, SavedViewPatchInput } from './types';

export const savedViewsApi = {
  list: (object: SavedViewObject, signal?: AbortSignal) =>
    request<ListResponse<SavedView>>('/saved-views', { query: { object }, signal }),
  create: (input: SavedViewCreateInput) => request<SavedView>('/saved-views', { method: 'POST', body: input }),
  update: (id: string, input: SavedViewPatchInput) =>
    request<SavedView>(`/saved-views/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => request<void>(`/saved-views/${id}`, { method: 'DELETE' }),
};
