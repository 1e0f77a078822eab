import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type {
  Quote,
  QuoteAction,
  QuoteActionInput,
  QuoteConversion,
  QuoteDraftInput,
  QuoteFilters,
  QuoteLineInput,
  QuoteSubmitResult,
} from './types';

export const quotesApi = {
  list: (filters: QuoteFilters, signal?: AbortSignal) => request<ListResponse<Quote>>('/quotes', { query: filters, signal }),
  get: (id: string, signal?: AbortSignal) => request<Quote>(`/quotes/${id}`, { signal }),
  create: (input: QuoteDraftInput) => request<Quote>('/quotes', { method: 'POST', body: input }),
  preview: (input: QuoteDraftInput, signal?: AbortSignal) =>
    request<Quote>('/quotes/preview', { method: 'POST', body: input, signal }),
  replaceLines: (id: string, input: { version: number; lines: QuoteLineInput[] }) =>
    request<Quote>(`/quotes/${id}/lines`, { method: 'PUT', body: input }),
  /** Accept or cancel. */
  move: (id: string, action: Exclude<QuoteAction, 'convert' | 'submit'>, input: QuoteActionInput) =>
    request<Quote>(`/quotes/${id}/${action}`, { method: 'POST', body: input }),
  /** Approved at once, or pending approval with the chain that was started. */
  submit: (id: string, version: number) => request<QuoteSubmitResult>(`/quotes/${id}/submit`, { method: 'POST', body: { version } }),
  convert: (id: string, input: QuoteActionInput) =>
    request<QuoteConversion>(`/quotes/${id}/convert`, { method: 'POST', body: input }),
};


