export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'recalled';

export type ApprovalStepStatus = 'waiting' | 'pending' | 'approved' | 'rejected' | 'cancelled';

/** One quote line over the submitter's authority (percent values). */
export type ApprovalReasonLine = {
  line_no: number;
  product_line: string;
  discount_pct: number;
  /** The submitter's own limit. */
  limit_pct: number;
  /** The zone manager's limit (above it the director approves too); not in the documented contract. */
  manager_limit_pct?: number;
};

/** Why approval is needed: lines over the discount limit and/or a total above the director threshold (minor units). */
export type ApprovalReason = {
  lines?: ApprovalReasonLine[];
  total?: number | null;
  director_above_amount?: number | null;
  /** Whether the total is what needs the director (the server's own reading, when it sends it). */
  total_over?: boolean;
};

/** One step of the chain; steps with the same `seq` run side by side. */
export type ApprovalStep = {
  id: string;
  seq: number;
  label: string;
  approver_role: string;
  approver_zone_id: string | null;
  /** Set when the step was delegated to one person. */
  approver_user_id: string | null;
  approver_name: string | null;
  status: ApprovalStepStatus | string;
  due_at: string | null;
  /** Past due: the sales directors may decide it too. */
  escalated_at: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  comment: string | null;
  decided_at: string | null;
};

/** `approval` as the API returns it (docs/api.md, "Approvals"); `amount` in minor units. */
export type Approval = {
  id: string;
  object: string;
  object_id: string;
  title: string;
  reason: ApprovalReason | null;
  submitter_id: string | null;
  submitter_name: string | null;
  zone_id: string | null;
  amount: number | null;
  currency: string | null;
  status: ApprovalStatus | string;
  current_seq: number;
  version: number;
  created_at: string;
  decided_at: string | null;
  /** The caller may approve, reject or delegate the current step. */
  can_decide: boolean;
  /** The caller submitted it and it is still pending. */
  can_recall: boolean;
  /** Always on GET by id; assumed on list items too (the "current step" column falls back without). */
  steps?: ApprovalStep[];
};

export type ApprovalFilters = {
  /** `pending`: what the caller may decide now. */
  status?: 'pending';
  /** Requests the caller submitted. */
  mine?: boolean;
  object?: string;
  object_id?: string;
  /** Newest first, up to `limit` (the list has no offset: pages are the client's). */
  limit?: number;
};

export type ApprovalDecision = 'approve' | 'reject';
