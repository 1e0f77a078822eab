import { describe, expect, it } from 'vitest';
import { approvalTabFilters, parseApprovalTab } from './approvalTabs';

describe('approval tabs', () => {
  it('takes the tab from the address, else by whether the user decides', () => {
    expect(parseApprovalTab('mine', true)).toBe('mine');
    expect(parseApprovalTab('decide', false)).toBe('decide');
    expect(parseApprovalTab(null, true)).toBe('decide');
    expect(parseApprovalTab('junk', false)).toBe('mine');
  });

  it('asks for what waits for the caller, or for what they submitted', () => {
    expect(approvalTabFilters('decide', 200)).toEqual({ status: 'pending', limit: 200 });
    expect(approvalTabFilters('mine', 200)).toEqual({ mine: true, limit: 200 });
  });
});
