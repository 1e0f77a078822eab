/** One audit record: who did what to which record, with before/after snapshots. */
export type AuditEntry = {
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  object: string;
  object_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
};

export type AuditFilters = {
  object?: string;
  object_id?: string;
  actor_id?: string;
  limit: number;
  offset: number;
};
