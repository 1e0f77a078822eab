import { request } from '../http/request';
import type { ApprovalChain, ChainStep, ChainValidation } from './types';

const path = (object: string) => `/approval-chains/${object}`;

export const approvalChainsApi = {
  get: (object: string, signal?: AbortSignal) => request<ApprovalChain>(path(object), { signal }),
  validate: (object: string, steps: ChainStep[], signal?: AbortSignal) =>
    request<ChainValidation>(`${path(object)}/validate`, { method: 'POST', body: { steps }, signal }),
  /** A new version; 409 when `version` is no longer the current one. */
  save: (object: string, version: number, steps: ChainStep[]) =>
    request<ApprovalChain>(path(object), { method: 'PUT', body: { version, steps } }),
};
