import { describe, expect, it } from 'vitest';
import { isOverdue } from './isOverdue';

describe('isOverdue', () => {
  it('compares calendar dates, instants by their date part', () => {
    expect(isOverdue('2026-11-26', '2026-11-27')).toBe(true);
    expect(isOverdue('2026-11-27', '2026-11-27')).toBe(false);
    expect(isOverdue('2026-12-01T00:00:00Z', '2026-11-27')).toBe(false);
    expect(isOverdue('2025-01-01T00:00:00Z', '2026-11-27')).toBe(true);
  });

  it('is false without a date', () => {
    expect(isOverdue(null)).toBe(false);
    expect(isOverdue('')).toBe(false);
  });
});
