import type { User } from '../users/types';

export type Permission = {
  actions: string[];
  scope: string;
};

/** `GET /api/v1/me`: the signed-in user with what they may do and see. */
export type Me = {
  user: User;
  permissions: Record<string, Permission>;
  hidden_fields: Record<string, string[]>;
};

export type LoginInput = { username: string; password: string };

export type LoginResult = { token: string; csrf_token: string; user: User };

export type MePatchInput = {
  display_name?: string;
  email?: string;
  phone?: string;
  locale?: string;
  time_zone?: string;
};
