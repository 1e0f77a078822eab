import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { Product, ProductFilters } from './types';

export const productsApi = {
  list: (filters: ProductFilters, signal?: AbortSignal) =>
    request<ListResponse<Product>>('/products', { query: filters, signal }),
};
