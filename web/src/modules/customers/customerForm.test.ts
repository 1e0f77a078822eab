import { describe, expect, it } from 'vitest';
import { customerCreateInput, customerFormValues, customerPatchInput } from './customerForm';
import type { Customer } from './types';

const customer: Customer = {
  id: '7', code: 'C-0007', name: '华东贸易', segment: 'Corporate', industry: null, grade: 'B', grade_computed: 'B',
  grade_override_reason: null, owner_id: '3', owner_name: '吴晓东', zone_id: '2', zone_name: 'East', territory: null,
  address: '南京路 1 号', city: '上海', state: null, postal_code: null, country: 'CN', latitude: null, longitude: null,
  currency: 'CNY', credit_limit: 5_000_000, credit_used: 120_000, revenue_12m: 9_900_00, channel: 'direct', tags: [],
  status: 'active', phone: null, email: null, last_visit_at: null, last_order_at: null, version: 4,
  created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
};

describe('customerCreateInput', () => {
  it('converts the credit limit to fen and leaves empty fields out', () => {
    expect(
      customerCreateInput({ name: ' 新客户 ', segment: 'Consumer', channel: 'online', phone: '  ', email: 'a@b.cn', credit_limit: 1234.5 }),
    ).toEqual({ name: '新客户', segment: 'Consumer', channel: 'online', email: 'a@b.cn', credit_limit: 123450 });
  });
});

describe('customerPatchInput', () => {
  it('sends only changed fields with the version', () => {
    const values = { ...customerFormValues(customer), city: '杭州', credit_limit: 60000 };
    expect(customerPatchInput(customer, values)).toEqual({ version: 4, city: '杭州', credit_limit: 6_000_000 });
  });

  it('turns a cleared text field into null', () => {
    const values = { ...customerFormValues(customer), address: '' };
    expect(customerPatchInput(customer, values)).toEqual({ version: 4, address: null });
  });

  it('never sends a field the role cannot see', () => {
    const { phone: _phone, email: _email, ...hidden } = customer;
    const values = customerFormValues(hidden);
    expect('phone' in values).toBe(false);
    expect(customerPatchInput(hidden, { ...values, name: '改名' })).toEqual({ version: 4, name: '改名' });
  });
});
