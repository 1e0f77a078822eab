import { describe, expect, it } from 'vitest';
import { charOffset, markCondition } from './conditionMark';

describe('markCondition', () => {
  it('marks the field the error names (1-based position)', () => {
    const text = 'quote.total > 100 and customer.foo = 1';
    expect(markCondition(text, 23)).toEqual({ before: 'quote.total > 100 and ', mark: 'customer.foo', after: ' = 1', atEnd: false });
  });

  it('marks a whole string literal', () => {
    expect(markCondition("quote.total > 'a b' + 1", 15)).toMatchObject({ mark: "'a b'", after: ' + 1' });
  });

  it('marks a single operator character', () => {
    expect(markCondition('a >> b', 4)).toMatchObject({ before: 'a >', mark: '>', after: ' b' });
  });

  it('counts characters, not UTF-16 units', () => {
    const text = "customer.name = '𝒜' and x";
    // 𝒜 is one character but two UTF-16 units: the x is character 25, UTF-16 offset 25.
    expect(markCondition(text, 25)).toMatchObject({ mark: 'x', after: '' });
    expect(charOffset(text, 25)).toBe(25);
  });

  it('flags a position past the end', () => {
    expect(markCondition('quote.total >', 14)).toEqual({ before: 'quote.total >', mark: '', after: '', atEnd: true });
  });

  it('marks nothing without a position', () => {
    expect(markCondition('x', undefined)).toEqual({ before: 'x', mark: '', after: '', atEnd: false });
  });

  it('handles Chinese text', () => {
    expect(markCondition("customer.grade = '甲' or 客户", 25)).toMatchObject({ mark: '客户' });
  });
});
