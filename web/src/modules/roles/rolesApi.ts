import { request } from '../http/request';
import type { Role, RoleCatalog, RoleSaveInput } from './types';

export const rolesApi = {
  list: () => request<RoleCatalog>('/roles'),
  save: (name: string, input: RoleSaveInput) =>
    request<Role>(`/roles/${encodeURIComponent(name)}`, { method: 'PUT', body: input }),
};
