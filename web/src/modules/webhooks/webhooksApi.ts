import { request } from '../http/request';
import type { CreatedWebhook, Webhook, WebhookDelivery, WebhookInput } from './types';

export const webhooksApi = {
  list: (signal?: AbortSignal) => request<{ items: Webhook[] }>('/webhooks', { signal }),
  create: (input: WebhookInput) => request<CreatedWebhook>('/webhooks', { method: 'POST', body: input }),
  update: (id: string, version: number, input: WebhookInput) =>
    request<Webhook>(`/webhooks/${id}`, { method: 'PUT', body: { version, ...input } }),
  remove: (id: string) => request<void>(`/webhooks/${id}`, { method: 'DELETE' }),
  deliveries: (id: string, signal?: AbortSignal) =>
    request<{ items: WebhookDelivery[] }>(`/webhooks/${id}/deliveries`, { query: { limit: 200 }, signal }),
  replay: (id: string, deliveryId: string) =>
    request<{ id: string; status: string }>(`/webhooks/${id}/deliveries/${deliveryId}/replay`, { method: 'POST', body: {} }),
};
