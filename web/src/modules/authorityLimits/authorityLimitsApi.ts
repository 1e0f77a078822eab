import { request } from '../http/request';
import type { AuthorityLimit, AuthorityLimitInput } from './types';

export const authorityLimitsApi = {
  list: (signal?: AbortSignal) => request<{ items: AuthorityLimit[] }>('/authority-limits', { signal }),
  /** Replaces every row. */
  save: (items: AuthorityLimitInput[]) => request<{ items: AuthorityLimit[] }>('/authority-limits', { method: 'PUT', body: { items } }),
};
