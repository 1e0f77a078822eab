import type { WebhookInput } from './types';

/** Topics offered in the picker; any other topic can be typed, and `*` means every event. */
export const KNOWN_TOPICS = [
  '*',
  'quote.created',
  'quote.submitted',
  'quote.approved',
  'quote.rejected',
  'quote.accepted',
  'quote.converted',
  'quote.cancelled',
  'order.created',
  'order.status_changed',
  'customer.create',
  'customer.update',
  'approval.approved',
  'approval.rejected',
  'approval.recalled',
  'approval.escalated',
  'task.created',
  'task.claimed',
  'task.completed',
  'task.cancelled',
  'forecast_alert.raised',
];

const TOPIC = /^[a-z_.]{1,64}$/;

export type WebhookFormValues = { name?: string; url?: string; topics?: string[]; active?: boolean };

/** A mistake the form shows on a field, as the server would name it. */
export type WebhookProblem = { field: 'name' | 'url' | 'topics'; kind: 'required' | 'url' | 'topic' | 'noTopics'; topic?: string };

/** The topics as typed: trimmed, lower case, each once, in the order given. */
export function cleanTopics(topics: readonly string[]): string[] {
  const out: string[] = [];
  for (const topic of topics) {
    const t = topic.trim().toLowerCase();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Checks the form like the server does (name, an http(s) address, at least one well-formed topic). */
export function checkWebhook(values: WebhookFormValues): WebhookProblem[] {
  const problems: WebhookProblem[] = [];
  if (!values.name?.trim()) problems.push({ field: 'name', kind: 'required' });
  const url = values.url?.trim() ?? '';
  if (!url) problems.push({ field: 'url', kind: 'required' });
  else if (!/^https?:\/\/[^\s/]+/.test(url) || url.length < 10 || url.length > 2000) problems.push({ field: 'url', kind: 'url' });
  const topics = cleanTopics(values.topics ?? []);
  if (topics.length === 0) problems.push({ field: 'topics', kind: 'noTopics' });
  const bad = topics.find((t) => t !== '*' && !TOPIC.test(t));
  if (bad) problems.push({ field: 'topics', kind: 'topic', topic: bad });
  return problems;
}

/** The body of `POST` / `PUT` from the form. */
export function webhookInput(values: WebhookFormValues): WebhookInput {
  return { name: (values.name ?? '').trim(), url: (values.url ?? '').trim(), topics: cleanTopics(values.topics ?? []), active: values.active ?? true };
}
