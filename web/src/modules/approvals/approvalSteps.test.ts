import { describe, expect, it } from 'vitest';
import { approvalChain, chainText, currentSteps, latestApproval, quoteApprovalNotice, sortSteps } from './approvalSteps';
import type { Approval, ApprovalStep } from './types';

const step = (id: string, seq: number, approver_role: string, status: string): ApprovalStep => ({
  id,
  seq,
  label: approver_role,
  approver_role,
  approver_zone_id: null,
  approver_user_id: null,
  approver_name: null,
  status,
  due_at: null,
  escalated_at: null,
  decided_by: null,
  decided_by_name: null,
  comment: null,
  decided_at: null,
});

const approval = (fields: Partial<Approval>): Approval => ({
  id: '1',
  object: 'quote',
  object_id: '7',
  title: 'Q-1',
  reason: null,
  submitter_id: '5',
  submitter_name: 'Wu',
  zone_id: '4',
  amount: 100,
  currency: 'CNY',
  status: 'pending',
  current_seq: 1,
  version: 1,
  created_at: '2026-11-27T09:00:00Z',
  decided_at: null,
  can_decide: false,
  can_recall: false,
  steps: [],
  ...fields,
});

const chain = [step('s3', 2, 'sales_director', 'waiting'), step('s1', 1, 'zone_manager', 'pending'), step('s2', 1, 'finance', 'pending')];

describe('chain helpers', () => {
  it('orders steps by seq, keeping the server order within one', () => {
    expect(sortSteps(chain).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('groups parallel steps and leaves cancelled ones out', () => {
    expect(approvalChain(chain).map((g) => g.map((s) => s.id))).toEqual([['s1', 's2'], ['s3']]);
    expect(approvalChain([...chain, step('s4', 3, 'admin', 'cancelled')]).length).toBe(2);
  });

  it('writes the chain as text', () => {
    const labels: Record<string, string> = { zone_manager: '战区经理', sales_director: '销售总监', finance: '财务' };
    expect(chainText(chain, (s) => labels[s.approver_role])).toBe('战区经理 + 财务 → 销售总监');
    expect(chainText([chain[1], chain[0]], (s) => labels[s.approver_role])).toBe('战区经理 → 销售总监');
    expect(chainText([], () => 'x')).toBe('');
  });

  it('finds the pending steps of the current seq only while pending', () => {
    const pending = approval({ steps: chain });
    expect(currentSteps(pending).map((s) => s.id)).toEqual(['s1', 's2']);
    expect(currentSteps({ ...pending, current_seq: 2 })).toEqual([]);
    expect(currentSteps({ ...pending, status: 'recalled' })).toEqual([]);
    expect(currentSteps({ ...pending, steps: undefined })).toEqual([]);
  });
});

describe('latestApproval', () => {
  it('is the newest request, by id on equal times', () => {
    const a = approval({ id: '9', created_at: '2026-11-27T09:00:00Z' });
    const b = approval({ id: '10', created_at: '2026-11-27T09:00:00Z' });
    const c = approval({ id: '3', created_at: '2026-11-26T09:00:00Z' });
    expect(latestApproval([a, c, b])?.id).toBe('10');
    expect(latestApproval([])).toBeUndefined();
  });
});

describe('quoteApprovalNotice', () => {
  const pending = approval({ id: '2', created_at: '2026-11-28T00:00:00Z', steps: chain });
  const recalled = approval({ id: '1', status: 'recalled' });

  it('names the pending chain of a quote waiting for approval', () => {
    expect(quoteApprovalNotice('pending_approval', [recalled, pending])).toEqual({ kind: 'pending', approval: pending });
    expect(quoteApprovalNotice('pending_approval', undefined)).toEqual({ kind: 'pending', approval: undefined });
  });

  it('tells an approval chain from a quote within authority, only when the requests are known', () => {
    const approved = { ...pending, status: 'approved' };
    expect(quoteApprovalNotice('approved', [approved])).toEqual({ kind: 'approved', approval: approved });
    expect(quoteApprovalNotice('approved', [])).toEqual({ kind: 'direct' });
    expect(quoteApprovalNotice('approved', [recalled])).toEqual({ kind: 'direct' });
    expect(quoteApprovalNotice('approved', undefined)).toBeNull();
  });

  it('points at the rejecting step, and at a recall of a draft', () => {
    const rejectedStep = { ...chain[1], status: 'rejected', comment: 'too deep' };
    const rejected = { ...pending, status: 'rejected', steps: [rejectedStep, chain[0]] };
    expect(quoteApprovalNotice('rejected', [rejected])).toEqual({ kind: 'rejected', approval: rejected, step: rejectedStep });
    expect(quoteApprovalNotice('draft', [recalled])).toEqual({ kind: 'recalled', approval: recalled });
    expect(quoteApprovalNotice('draft', [])).toBeNull();
    expect(quoteApprovalNotice('converted', [pending])).toBeNull();
  });
});
