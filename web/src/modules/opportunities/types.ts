export type StageOutcome = 'open' | 'won' | 'lost';

/** `GET /opportunity-stages` item: the pipeline, in order. */
export type OpportunityStage = {
  key: string;
  label_zh: string;
  label_en: string;
  /** Default probability (percent) an opportunity takes when moved here. */
  probability: number;
  position: number;
  outcome: StageOutcome | string;
};

/** `opportunity` as the API returns it (docs/api.md, "Opportunities"); money in minor units. */
export type Opportunity = {
  id: string;
  name: string;
  customer_id: string;
  customer_name: string;
  owner_id: string | null;
  owner_name: string | null;
  zone_id: string | null;
  amount: number;
  currency: string;
  /** amount × probability, computed by the server. */
  weighted_amount: number;
  stage: string;
  probability: number;
  /** A calendar date (`YYYY-MM-DD`, or an instant at its midnight). */
  expected_close_date: string;
  source: string | null;
  competitor: string | null;
  lost_reason: string | null;
  closed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type StageChange = {
  from_stage: string | null;
  to_stage: string;
  actor_name: string | null;
  at: string;
};

/** `GET /opportunities/{id}`: with the stage history. */
export type OpportunityDetail = Opportunity & { history?: StageChange[] };

export type OpportunityFilters = {
  q?: string;
  stage?: string;
  /** Only opportunities in an open stage. */
  open?: boolean;
  customer_id?: string;
  owner_id?: string;
  zone_id?: string;
  /** `field` or `-field`: expected_close_date, amount, name, created_at, probability. */
  sort?: string;
  limit: number;
  offset: number;
};

export type OpportunityCreateInput = {
  name: string;
  customer_id: string;
  amount: number;
  /** `YYYY-MM-DD`. */
  expected_close_date: string;
  stage?: string;
  probability?: number;
  source?: string;
  competitor?: string;
};

export type OpportunityPatchInput = {
  version: number;
  name?: string;
  amount?: number;
  stage?: string;
  probability?: number;
  expected_close_date?: string;
  source?: string | null;
  competitor?: string | null;
  lost_reason?: string | null;
};
