/** Values the server knows; other strings may come from imports and are shown as written. */
export type CustomerGrade = 'A' | 'B' | 'C';
export type CustomerStatus = 'lead' | 'active' | 'dormant' | 'lost';
export type CustomerChannel = 'direct' | 'store' | 'distributor' | 'online';

/** `customer` as the API returns it (docs/api.md, "Customers"); money in minor units. */
export type Customer = {
  id: string;
  code: string;
  name: string;
  segment: string;
  industry: string | null;
  grade: CustomerGrade | null;
  grade_computed: CustomerGrade | null;
  grade_override_reason: string | null;
  owner_id: string | null;
  owner_name: string | null;
  zone_id: string | null;
  zone_name: string | null;
  territory: string | null;
  /** Contact fields may be absent when hidden from the caller's role. */
  address?: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  currency: string;
  credit_limit: number;
  credit_used: number;
  revenue_12m: number;
  channel: string;
  tags: string[];
  status: string;
  phone?: string | null;
  email?: string | null;
  last_visit_at: string | null;
  last_order_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type CustomerSortField = 'name' | 'code' | 'grade' | 'revenue_12m' | 'last_order_at' | 'created_at';

export type CustomerFilters = {
  q?: string;
  status?: string;
  grade?: string;
  segment?: string;
  channel?: string;
  zone_id?: string;
  owner_id?: string;
  /** `field` or `-field`. */
  sort?: string;
  limit: number;
  offset: number;
};

/** Editable fields, shared by create and update. */
export type CustomerFields = {
  name: string;
  segment: string;
  channel: string;
  industry?: string | null;
  status?: string;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  postal_code?: string | null;
  country?: string | null;
  credit_limit?: number;
  tags?: string[];
};

export type CustomerCreateInput = CustomerFields;

export type CustomerPatchInput = Partial<CustomerFields> & { version: number };

export type GradeOverrideInput = { grade: CustomerGrade | null; reason: string };

export type TimelineItemType = 'order' | 'visit' | 'opportunity' | 'quote';

export type TimelineItem = {
  type: TimelineItemType | string;
  id: string;
  at: string;
  title: string;
  status: string | null;
  amount: number | null;
  currency: string | null;
};

export type Contact = {
  id: string;
  customer_id: string;
  name: string;
  title: string | null;
  phone?: string | null;
  email?: string | null;
  is_primary: boolean;
  version: number;
};

export type ContactInput = {
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  is_primary?: boolean;
};
