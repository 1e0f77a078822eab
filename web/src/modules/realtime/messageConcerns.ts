import type { RealtimeMessage } from './types';

/**
 * Whether a pushed message is news for a list: a notification linking under `linkPrefix`
 * ("/tasks"), or an event / record change whose topic starts with `topicPrefix` ("task").
 */
export function messageConcerns(message: RealtimeMessage, linkPrefix: string, topicPrefix: string): boolean {
  if (message.type === 'notification') return !!message.notification.link?.startsWith(linkPrefix);
  if (message.type === 'event' || message.type === 'record_changed') return message.topic.startsWith(topicPrefix);
  return false;
}
