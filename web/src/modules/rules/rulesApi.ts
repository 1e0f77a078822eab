import { request } from '../http/request';
import type { Rule, RuleDefinition, RuleRun, RuleTopic, RuleValidation, TestRunResult } from './types';

export const rulesApi = {
  list: (signal?: AbortSignal) => request<{ items: Rule[] }>('/rules', { signal }),
  get: (id: string, signal?: AbortSignal) => request<Rule>(`/rules/${id}`, { signal }),
  topics: (signal?: AbortSignal) => request<{ items: RuleTopic[] }>('/rules/topics', { signal }),
  create: (definition: RuleDefinition) => request<Rule>('/rules', { method: 'POST', body: definition }),
  update: (id: string, version: number, definition: RuleDefinition) =>
    request<Rule>(`/rules/${id}`, { method: 'PUT', body: { version, ...definition } }),
  validate: (definition: RuleDefinition, signal?: AbortSignal) =>
    request<RuleValidation>('/rules/validate', { method: 'POST', body: definition, signal }),
  runs: (id: string, signal?: AbortSignal) => request<{ items: RuleRun[] }>(`/rules/${id}/runs`, { query: { limit: 200 }, signal }),
  testRun: (id: string, objectId: string) =>
    request<TestRunResult>(`/rules/${id}/test-run`, { method: 'POST', body: { object_id: objectId } }),
  runNow: (id: string) => request<{ queued: number }>(`/rules/${id}/run-now`, { method: 'POST', body: {} }),
};
