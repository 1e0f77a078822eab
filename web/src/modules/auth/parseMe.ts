import type { User } from '../users/types';
import type { Me, Permission } from './types';

type RawMe = Partial<User> & {
  user?: User;
  permissions?: Record<string, Permission>;
  hidden_fields?: Record<string, string[]>;
};

/**
 * `GET /me` is "user plus permissions"; accept both the nested form
 * `{user, permissions}` and the flat form `{id, username, …, permissions}`.
 */
export function parseMe(raw: RawMe): Me {
  const { permissions, hidden_fields, user, ...flat } = raw;
  return {
    user: user ?? (flat as User),
    permissions: permissions ?? {},
    hidden_fields: hidden_fields ?? {},
  };
}
