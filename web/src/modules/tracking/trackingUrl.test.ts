import { describe, expect, it } from 'vitest';
import { trackingUrl } from './trackingUrl';

describe('trackingUrl', () => {
  it('joins the origin and the path', () => {
    expect(trackingUrl('https://crm.example.com', '/track/abc')).toBe('https://crm.example.com/track/abc');
    expect(trackingUrl('http://127.0.0.1:18090/', '/track/abc')).toBe('http://127.0.0.1:18090/track/abc');
  });

  it('refuses anything but a path on this site', () => {
    expect(trackingUrl('https://a', 'https://evil/track/x')).toBe('');
    expect(trackingUrl('https://a', '//evil/track/x')).toBe('');
  });
});
