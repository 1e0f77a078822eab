import { request } from '../http/request';
import type { Zone, ZoneCreateInput, ZonePatchInput } from './types';

export const zonesApi = {
  list: () => request<{ items: Zone[] }>('/zones'),
  create: (input: ZoneCreateInput) => request<Zone>('/zones', { method: 'POST', body: input }),
  update: (id: string, input: ZonePatchInput) => request<Zone>(`/zones/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => request<void>(`/zones/${id}`, { method: 'DELETE' }),
};
