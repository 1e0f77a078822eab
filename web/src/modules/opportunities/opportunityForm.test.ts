import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { opportunityCreateInput, opportunityFormValues, opportunityPatchInput } from './opportunityForm';
import type { Opportunity } from './types';

const record: Opportunity = {
  id: '7',
  name: 'Chairs for HQ',
  customer_id: '3',
  customer_name: 'ACME',
  owner_id: '2',
  owner_name: 'Wu',
  zone_id: '4',
  amount: 1_250_000,
  currency: 'CNY',
  weighted_amount: 312_500,
  stage: 'qualified',
  probability: 25,
  expected_close_date: '2026-12-31T00:00:00Z',
  source: 'referral',
  competitor: null,
  lost_reason: null,
  closed_at: null,
  version: 4,
  created_at: '',
  updated_at: '',
};

describe('opportunityCreateInput', () => {
  it('converts yuan to fen and the date to YYYY-MM-DD, leaving out empty fields', () => {
    expect(
      opportunityCreateInput({
        name: '  New deal ',
        customer_id: '3',
        amount: 19.99,
        expected_close_date: dayjs('2027-01-15'),
        source: ' ',
        competitor: 'Rival Co',
      }),
    ).toEqual({ name: 'New deal', customer_id: '3', amount: 1999, expected_close_date: '2027-01-15', competitor: 'Rival Co' });
  });
});

describe('opportunityPatchInput', () => {
  it('sends nothing but the version when nothing changed', () => {
    expect(opportunityPatchInput(record, opportunityFormValues(record))).toEqual({ version: 4 });
  });

  it('sends only the changed fields; cleared text becomes null', () => {
    const values = { ...opportunityFormValues(record), amount: 15000, source: '', stage: 'proposal', competitor: 'X' };
    expect(opportunityPatchInput(record, values)).toEqual({
      version: 4,
      amount: 1_500_000,
      source: null,
      competitor: 'X',
      stage: 'proposal',
    });
  });

  it('reads the close date from an instant as its calendar date', () => {
    expect(opportunityFormValues(record).expected_close_date?.format('YYYY-MM-DD')).toBe('2026-12-31');
  });
});
