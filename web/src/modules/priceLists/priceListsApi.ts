import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { PriceList, PriceListInput, PriceListPatchInput } from './types';

export const priceListsApi = {
  list: (signal?: AbortSignal) => request<ListResponse<PriceList>>('/price-lists', { signal }),
  get: (id: string, signal?: AbortSignal) => request<PriceList>(`/price-lists/${id}`, { signal }),
  create: (input: PriceListInput) => request<PriceList>('/price-lists', { method: 'POST', body: input }),
  update: (id: string, input: PriceListPatchInput) =>
    request<PriceList>(`/price-lists/${id}`, { method: 'PATCH', body: input }),
};
