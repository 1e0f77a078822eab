import { describe, expect, it } from 'vitest';
import type { Me } from '../auth/types';
import type { User } from '../users/types';
import { canOverrideGrade } from './canOverrideGrade';

const me = (role: string, customer?: { actions: string[]; scope: string }): Me => ({
  user: { role } as User,
  permissions: customer ? { customer } : {},
  hidden_fields: {},
});

describe('canOverrideGrade', () => {
  it('allows managers and anyone who may approve customers', () => {
    expect(canOverrideGrade(me('admin'))).toBe(true);
    expect(canOverrideGrade(me('sales_director'))).toBe(true);
    expect(canOverrideGrade(me('zone_manager'))).toBe(true);
    expect(canOverrideGrade(me('custom', { actions: ['read', 'approve'], scope: 'zone' }))).toBe(true);
  });

  it('refuses reps and approvers without scope', () => {
    expect(canOverrideGrade(me('sales_rep', { actions: ['read', 'create', 'update'], scope: 'own' }))).toBe(false);
    expect(canOverrideGrade(me('custom', { actions: ['approve'], scope: 'none' }))).toBe(false);
    expect(canOverrideGrade(undefined)).toBe(false);
  });
});
