export type Locale = 'zh-CN' | 'en-US';

/** `user` as the API returns it (docs/api.md). */
export type User = {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
  time_zone: string | null;
  role: string;
  zone_id: string | null;
  zone_name: string | null;
  active: boolean;
  locked: boolean;
  version: number;
  created_at: string;
  updated_at: string;
};

export type UserFilters = {
  q?: string;
  role?: string;
  zone_id?: string;
  active?: boolean;
  limit: number;
  offset: number;
};

export type UserCreateInput = {
  username: string;
  password: string;
  display_name: string;
  role: string;
  zone_id?: string | null;
  email?: string;
  phone?: string;
  locale?: Locale;
  time_zone?: string;
};

export type UserPatchInput = {
  version: number;
  display_name?: string;
  role?: string;
  zone_id?: string | null;
  email?: string | null;
  phone?: string | null;
  locale?: Locale;
  time_zone?: string;
  active?: boolean;
};
