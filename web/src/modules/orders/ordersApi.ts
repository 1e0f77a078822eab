import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { Order, OrderDetail, OrderFilters, OrderStatusInput } from './types';

export const ordersApi = {
  list: (filters: OrderFilters, signal?: AbortSignal) => request<ListResponse<Order>>('/orders', { query: filters, signal }),
  get: (id: string, signal?: AbortSignal) => request<OrderDetail>(`/orders/${id}`, { signal }),
  changeStatus: (id: string, input: OrderStatusInput) =>
    request<Order | OrderDetail>(`/orders/${id}/status`, { method: 'POST', body: input }),
};
