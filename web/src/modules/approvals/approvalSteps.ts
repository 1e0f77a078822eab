import type { Approval, ApprovalStep } from './types';

/** Steps in chain order: by `seq`, then as the server listed them. */
export function sortSteps(steps: readonly ApprovalStep[]): ApprovalStep[] {
  return steps.map((step, i) => ({ step, i })).sort((a, b) => a.step.seq - b.step.seq || a.i - b.i).map((x) => x.step);
}

/** The steps waiting for a decision now (none once the request is decided or recalled). */
export function currentSteps(approval: Pick<Approval, 'status' | 'current_seq' | 'steps'>): ApprovalStep[] {
  if (approval.status !== 'pending') return [];
  return sortSteps(approval.steps ?? []).filter((s) => s.seq === approval.current_seq && s.status === 'pending');
}

/** The chain as groups of parallel steps, in order; cancelled steps are left out. */
export function approvalChain(steps: readonly ApprovalStep[]): ApprovalStep[][] {
  const groups: ApprovalStep[][] = [];
  for (const step of sortSteps(steps)) {
    if (step.status === 'cancelled') continue;
    const last = groups[groups.length - 1];
    if (last && last[0].seq === step.seq) last.push(step);
    else groups.push([step]);
  }
  return groups;
}

/** "Zone manager → Sales director" (parallel steps joined with " + "). */
export function chainText(steps: readonly ApprovalStep[], label: (step: ApprovalStep) => string): string {
  return approvalChain(steps)
    .map((group) => group.map(label).join(' + '))
    .join(' → ');
}

/** The newest request (several exist when a quote was recalled or rejected and submitted again). */
export function latestApproval<T extends Pick<Approval, 'id' | 'created_at'>>(items: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const item of items) {
    if (
      !latest ||
      item.created_at > latest.created_at ||
      (item.created_at === latest.created_at && Number(item.id) > Number(latest.id))
    ) {
      latest = item;
    }
  }
  return latest;
}

/** What the quote page says about approval, from the quote's status and its approval requests. */
export type QuoteApprovalNotice =
  | { kind: 'pending'; approval: Approval | undefined }
  | { kind: 'approved'; approval: Approval }
  | { kind: 'direct' }
  | { kind: 'rejected'; approval: Approval; step: ApprovalStep | undefined }
  | { kind: 'recalled'; approval: Approval };

/**
 * `approvals` undefined: not known (still loading, or not readable), so nothing is
 * claimed about how an approved quote got there.
 */
export function quoteApprovalNotice(status: string, approvals: readonly Approval[] | undefined): QuoteApprovalNotice | null {
  const latest = approvals ? latestApproval(approvals) : undefined;
  switch (status) {
    case 'pending_approval':
      return { kind: 'pending', approval: latest?.status === 'pending' ? latest : undefined };
    case 'approved':
      if (!approvals) return null;
      return latest?.status === 'approved' ? { kind: 'approved', approval: latest } : { kind: 'direct' };
    case 'rejected':
      return latest?.status === 'rejected'
        ? { kind: 'rejected', approval: latest, step: (latest.steps ?? []).find((s) => s.status === 'rejected') }
        : null;
    case 'draft':
      return latest?.status === 'recalled' ? { kind: 'recalled', approval: latest } : null;
    default:
      return null;
  }
}
