import { describe, expect, it } from 'vitest';
import { bodyTooLong } from './bodyLimit';

describe('bodyTooLong', () => {
  it('counts UTF-8 bytes as the server does', () => {
    expect(bodyTooLong('a'.repeat(4000))).toBe(false);
    expect(bodyTooLong('a'.repeat(4001))).toBe(true);
    expect(bodyTooLong('中'.repeat(1333))).toBe(false);
    expect(bodyTooLong('中'.repeat(1334))).toBe(true);
  });
});
