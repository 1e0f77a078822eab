import { describe, expect, it } from 'vitest';
import { approvalPath } from './approvalPath';

describe('approvalPath', () => {
  const role = (name: string) => ({ zone_manager: '战区经理', finance: '财务', sales_director: '销售总监' })[name] ?? name;

  it('joins sequential steps with arrows and parallel ones with +', () => {
    expect(
      approvalPath(
        [
          { seq: 2, role: 'sales_director' },
          { seq: 1, role: 'zone_manager' },
          { seq: 2, role: 'finance' },
        ],
        role,
      ),
    ).toBe('战区经理 → 销售总监 + 财务');
  });

  it('prefers a step label', () => {
    expect(approvalPath([{ seq: 1, role: 'finance', label: ' 信用复核 ' }], role)).toBe('信用复核');
  });

  it('is empty without steps', () => {
    expect(approvalPath([], role)).toBe('');
  });
});
