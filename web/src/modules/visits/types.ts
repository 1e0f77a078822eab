export type VisitStatus = 'planned' | 'done' | 'cancelled';

/** `visit` as the API returns it (docs/api.md, "Visits"). */
export type Visit = {
  id: string;
  customer_id: string;
  customer_name: string;
  owner_id: string | null;
  owner_name: string | null;
  zone_id: string | null;
  status: VisitStatus | string;
  planned_at: string;
  actual_at: string | null;
  checkin_latitude: number | null;
  checkin_longitude: number | null;
  purpose: string;
  outcome: string | null;
  next_step: string | null;
  /** A calendar date (`YYYY-MM-DD`, or an instant at its midnight). */
  follow_up_date: string | null;
  version: number;
};

export type VisitFilters = {
  q?: string;
  status?: string;
  customer_id?: string;
  owner_id?: string;
  /** ISO instants on `planned_at`: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  sort?: string;
  limit: number;
  offset: number;
};

export type VisitCreateInput = {
  customer_id: string;
  planned_at: string;
  purpose: string;
  next_step?: string;
  follow_up_date?: string;
};

export type VisitPatchInput = {
  version: number;
  planned_at?: string;
  purpose?: string;
  outcome?: string | null;
  next_step?: string | null;
  follow_up_date?: string | null;
  status?: 'planned' | 'cancelled';
};

export type CheckInInput = {
  version: number;
  latitude: number;
  longitude: number;
  outcome?: string;
  next_step?: string;
  follow_up_date?: string;
};
