import type { Me } from '../auth/types';

const MANAGING_ROLES = new Set(['admin', 'sales_director', 'zone_manager']);

/** Whether the user may override a customer's computed grade (managers and approvers). */
export function canOverrideGrade(me: Me | undefined): boolean {
  if (!me) return false;
  if (MANAGING_ROLES.has(me.user.role)) return true;
  const permission = me.permissions.customer;
  return !!permission && permission.scope !== 'none' && permission.actions.includes('approve');
}
