import { describe, expect, it } from 'vitest';
import { parseRealtimeMessage } from './parseRealtimeMessage';

describe('parseRealtimeMessage', () => {
  it('reads a record change', () => {
    expect(parseRealtimeMessage('{"type":"record_changed","object":"quote","id":"42","topic":"approval.approved"}')).toEqual({
      type: 'record_changed',
      object: 'quote',
      id: '42',
      topic: 'approval.approved',
    });
  });

  it('keeps a record change without a topic', () => {
    expect(parseRealtimeMessage('{"type":"record_changed","object":"order","id":"7"}')).toEqual({
      type: 'record_changed',
      object: 'order',
      id: '7',
      topic: '',
    });
  });

  it('drops a record change whose id is not a string, and anything unknown', () => {
    expect(parseRealtimeMessage('{"type":"record_changed","object":"quote","id":42}')).toBeNull();
    expect(parseRealtimeMessage('{"type":"open","reconnect":true}')).toBeNull();
    expect(parseRealtimeMessage('not json')).toBeNull();
    expect(parseRealtimeMessage(new ArrayBuffer(2))).toBeNull();
  });

  it('reads notifications and events as before', () => {
    const n = { id: '1', kind: 'approval', title: 't', body: '', link: null, read: false, created_at: '' };
    expect(parseRealtimeMessage(JSON.stringify({ type: 'notification', notification: n }))).toEqual({ type: 'notification', notification: n });
    expect(parseRealtimeMessage('{"type":"event","topic":"quote.submitted"}')).toEqual({ type: 'event', topic: 'quote.submitted', data: {} });
  });
});
