import { request } from '../http/request';
import type { SalesSummary } from './types';

export const salesApi = {
  summary: (signal?: AbortSignal) => request<SalesSummary>('/sales/summary', { signal }),
};
