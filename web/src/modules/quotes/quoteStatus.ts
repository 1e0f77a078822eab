import type { QuoteAction, QuoteStatus } from './types';

/** The main line of a quote's life (docs/api.md, "Quotes"). */
export const QUOTE_LIFECYCLE: readonly QuoteStatus[] = ['draft', 'submitted', 'approved', 'accepted', 'converted'];

export const QUOTE_STATUSES: readonly QuoteStatus[] = [
  'draft',
  'submitted',
  'pending_approval',
  'approved',
  'rejected',
  'accepted',
  'converted',
  'expired',
  'cancelled',
];

/** Tag colour per status. */
export const QUOTE_STATUS_COLORS: Record<QuoteStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  pending_approval: 'orange',
  approved: 'cyan',
  rejected: 'red',
  accepted: 'geekblue',
  converted: 'green',
  expired: 'default',
  cancelled: 'default',
};

/** Line discounts above this percent may need a manager's approval. */
export const APPROVAL_DISCOUNT_PCT = 15;

/**
 * What the user may do to a quote in `status` (the server has the last word). Approving
 * and rejecting are decisions on its approval request (docs/api.md, "Approvals"), where
 * the submitter also recalls it; cancelling a quote that waits for approval withdraws the
 * request.
 */
export function quoteActions(status: string, may: { update: boolean }): QuoteAction[] {
  const actions: QuoteAction[] = [];
  switch (status) {
    case 'draft':
      if (may.update) actions.push('submit', 'cancel');
      break;
    case 'submitted':
    case 'pending_approval':
      if (may.update) actions.push('cancel');
      break;
    case 'approved':
      if (may.update) actions.push('accept', 'cancel');
      break;
    case 'accepted':
      if (may.update) actions.push('convert');
      break;
    default:
      break;
  }
  return actions;
}

/** Where the quote stands on the lifecycle; rejected, expired and cancelled stop where they left it. */
export function quotePosition(status: string, timeline: { from_status: string | null; to_status: string }[]) {
  const index = QUOTE_LIFECYCLE.indexOf(status as QuoteStatus);
  if (index >= 0) return { index, stopped: false };
  if (status === 'pending_approval') return { index: 1, stopped: false };
  const change = [...timeline].reverse().find((c) => c.to_status === status);
  const from = change?.from_status === 'pending_approval' ? 1 : QUOTE_LIFECYCLE.indexOf((change?.from_status ?? '') as QuoteStatus);
  // A rejected quote stopped at the approval step.
  return { index: status === 'rejected' ? 2 : Math.max(0, from), stopped: true };
}
