import type { TopicField } from '../rules/types';

/**
 * When a step of the quote approval chain applies: to every quote that needs approval, to a
 * discount beyond the submitter's authority, or beyond the zone manager's (or a total above
 * the power list's director amount).
 */
export type ChainWhen = 'always' | 'beyond_rep' | 'beyond_manager';

export const CHAIN_WHENS: ChainWhen[] = ['beyond_rep', 'beyond_manager', 'always'];

/**
 * One approver of the chain (docs/api.md, "Approval chain"): steps with the same `seq` (1–5)
 * run in parallel; `condition` (rule language over the quote's fields, '' = none) narrows
 * `when`; `zone_manager` is the manager of the quote's zone.
 */
export type ChainStep = {
  seq: number;
  role: string;
  label: string;
  when: ChainWhen | string;
  condition: string;
};

export type ChainVersion = {
  version: number;
  steps: ChainStep[];
  saved_at: string;
  saved_by_name: string | null;
};

/** `GET /approval-chains/quote`: the chain in force and its last versions, newest first. */
export type ApprovalChain = {
  object: string;
  version: number;
  steps: ChainStep[];
  updated_at: string;
  updated_by_name: string | null;
  versions: ChainVersion[];
  /** What a step's condition may read (the quote's fields with the customer's). */
  fields: TopicField[];
};

/** A problem `POST …/validate` (or a refused save) names: `steps[2].condition`, `steps[0].role`, `steps`. */
export type ChainProblem = { field: string; message: string; position?: number };

export type ChainValidation = { ok: boolean; errors: ChainProblem[] };
