import { request } from '../http/request';

/** A colleague as anyone signed in may see them (`GET /directory`). */
export type Colleague = { id: string; username: string; display_name: string; role: string; zone_name: string | null };

export const directoryApi = {
  search: (q: string, limit: number, signal?: AbortSignal) =>
    request<{ items: Colleague[] }>('/directory', { query: { q: q || undefined, limit }, signal }),
};
