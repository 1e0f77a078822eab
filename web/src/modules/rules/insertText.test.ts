import { describe, expect, it } from 'vitest';
import { insertText } from './insertText';

describe('insertText', () => {
  it('inserts at the caret, spaced from its neighbours', () => {
    expect(insertText('quote.total >', 13, 13, 'customer.credit_limit')).toEqual({
      text: 'quote.total > customer.credit_limit',
      caret: 35,
    });
    expect(insertText('', 0, 0, 'quote.total')).toEqual({ text: 'quote.total', caret: 11 });
  });

  it('replaces the selection', () => {
    expect(insertText('a > b', 4, 5, 'quote.total')).toEqual({ text: 'a > quote.total', caret: 15 });
  });

  it('does not add a space inside brackets', () => {
    expect(insertText('days_between(, today())', 13, 13, 'customer.last_visit_at').text).toBe(
      'days_between(customer.last_visit_at, today())',
    );
  });

  it('adds a space before a following word', () => {
    expect(insertText('> 100', 0, 0, 'quote.total')).toEqual({ text: 'quote.total > 100', caret: 11 });
  });

  it('clamps a caret outside the text', () => {
    expect(insertText('x', 9, 12, 'y').text).toBe('x y');
  });
});
