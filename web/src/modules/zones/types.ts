export type ZoneKind = 'company' | 'region' | 'zone';

/** One node of the organisation: company → region → zone (flat, linked by parent_id). */
export type Zone = {
  id: string;
  parent_id: string | null;
  kind: ZoneKind;
  name: string;
  code: string;
  manager_id: string | null;
  manager_name: string | null;
  member_count: number;
  version: number;
};

export type ZoneCreateInput = {
  parent_id: string | null;
  kind: ZoneKind;
  name: string;
  code: string;
  manager_id?: string | null;
};

export type ZonePatchInput = {
  version: number;
  name?: string;
  code?: string;
  manager_id?: string | null;
};
