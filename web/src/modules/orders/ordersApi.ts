import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { Order, OrderDetail, OrderFilters, OrderStatusInput } from './types';

export const ordersApi = {
  /** A page by offset, or from a `next_cursor` of the page before it. */
  list: (filters: OrderFilters, signal?: AbortSignal, cursor?: string) =>
    request<ListResponse<Order>>('/orders', { query: cursor ? { ...filters, offset: undefined, cursor } : filters, signal }),
  get: (id: string, signal?: AbortSignal) => request<OrderDetail>(`/orders/${id}`, { signal }),
  changeStatus: (id: string, input: OrderStatusInput) =>
    request<Order | OrderDetail>(`/orders/${id}/status`, { method: 'POST', body: input }),
};
