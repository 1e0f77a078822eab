import { describe, expect, it } from 'vitest';
import { messageConcerns } from './messageConcerns';

const notification = (link: string | null) => ({
  type: 'notification' as const,
  notification: { id: '1', kind: 'task', title: '', body: '', link, read: false, created_at: '' },
});

describe('messageConcerns', () => {
  it('follows a notification link', () => {
    expect(messageConcerns(notification('/tasks?id=4'), '/tasks', 'task')).toBe(true);
    expect(messageConcerns(notification('/approvals?id=4'), '/tasks', 'task')).toBe(false);
    expect(messageConcerns(notification(null), '/tasks', 'task')).toBe(false);
  });

  it('follows the topic of an event or a record change', () => {
    expect(messageConcerns({ type: 'event', topic: 'task.created', data: {} }, '/tasks', 'task')).toBe(true);
    expect(messageConcerns({ type: 'record_changed', object: 'quote', id: '1', topic: 'approval.approved' }, '/approvals', 'approval')).toBe(true);
    expect(messageConcerns({ type: 'record_changed', object: 'quote', id: '1', topic: 'quote.submitted' }, '/approvals', 'approval')).toBe(false);
  });

  it('is never news when the socket opens', () => {
    expect(messageConcerns({ type: 'open', reconnect: true }, '/tasks', 'task')).toBe(false);
  });
});
