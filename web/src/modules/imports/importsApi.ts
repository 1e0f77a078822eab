import { request } from '../http/request';
import type { ImportJob, ImportQueued, OrderImportOptions } from './types';

export const importsApi = {
  /** `POST /imports/orders` with the CSV file as the body: queues a background job. */
  uploadOrders: (file: Blob, options: OrderImportOptions) =>
    request<ImportQueued>('/imports/orders', {
      method: 'POST',
      query: options,
      upload: { data: file, contentType: 'text/csv' },
    }),
  get: (id: string, signal?: AbortSignal) => request<ImportJob>(`/imports/${id}`, { signal }),
};
