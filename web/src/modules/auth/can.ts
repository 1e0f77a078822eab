import type { Me } from './types';

/** Whether the signed-in user may perform `action` on `object` (e.g. "user", "read"). */
export function can(me: Me | undefined, object: string, action: string): boolean {
  if (!me) return false;
  const permission = me.permissions[object];
  return !!permission && permission.scope !== 'none' && permission.actions.includes(action);
}
