import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { User, UserCreateInput, UserFilters, UserPatchInput } from './types';

export const usersApi = {
  list: (filters: UserFilters, signal?: AbortSignal) =>
    request<ListResponse<User>>('/users', { query: filters, signal }),
  create: (input: UserCreateInput) => request<User>('/users', { method: 'POST', body: input }),
  update: (id: string, input: UserPatchInput) => request<User>(`/users/${id}`, { method: 'PATCH', body: input }),
  resetPassword: (id: string, newPassword: string) =>
    request<void>(`/users/${id}/password`, { method: 'POST', body: { new_password: newPassword } }),
  deactivate: (id: string) => request<void>(`/users/${id}`, { method: 'DELETE' }),
};
