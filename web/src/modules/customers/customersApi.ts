import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type {
  Contact,
  ContactInput,
  Customer,
  CustomerCreateInput,
  CustomerFilters,
  CustomerPatchInput,
  GradeOverrideInput,
  TimelineItem,
} from './types';

export const customersApi = {
  list: (filters: CustomerFilters, signal?: AbortSignal) =>
    request<ListResponse<Customer>>('/customers', { query: filters, signal }),
  get: (id: string, signal?: AbortSignal) => request<Customer>(`/customers/${id}`, { signal }),
  create: (input: CustomerCreateInput) => request<Customer>('/customers', { method: 'POST', body: input }),
  update: (id: string, input: CustomerPatchInput) =>
    request<Customer>(`/customers/${id}`, { method: 'PATCH', body: input }),
  overrideGrade: (id: string, input: GradeOverrideInput) =>
    request<Customer>(`/customers/${id}/grade`, { method: 'POST', body: input }),
  timeline: (id: string, signal?: AbortSignal) =>
    request<{ items: TimelineItem[] }>(`/customers/${id}/timeline`, { signal }),
  contacts: (id: string, signal?: AbortSignal) =>
    request<{ items: Contact[] }>(`/customers/${id}/contacts`, { signal }),
  createContact: (customerId: string, input: ContactInput) =>
    request<Contact>(`/customers/${customerId}/contacts`, { method: 'POST', body: input }),
  updateContact: (id: string, input: Partial<ContactInput> & { version: number }) =>
    request<Contact>(`/contacts/${id}`, { method: 'PATCH', body: input }),
  deleteContact: (id: string) => request<void>(`/contacts/${id}`, { method: 'DELETE' }),
};
