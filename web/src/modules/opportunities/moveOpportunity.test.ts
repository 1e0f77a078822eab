import { describe, expect, it } from 'vitest';
import { moveOpportunity } from './moveOpportunity';
import type { Opportunity, OpportunityStage } from './types';

const stage = (key: string, position: number, probability: number, outcome = 'open'): OpportunityStage => ({
  key,
  label_zh: key,
  label_en: key,
  probability,
  position,
  outcome,
});

const opportunity = (id: string, stageKey: string, amount: number): Opportunity => ({
  id,
  name: `O${id}`,
  customer_id: '1',
  customer_name: 'C',
  owner_id: null,
  owner_name: null,
  zone_id: null,
  amount,
  currency: 'CNY',
  weighted_amount: Math.floor(amount / 10),
  stage: stageKey,
  probability: 10,
  expected_close_date: '2026-12-31',
  source: null,
  competitor: null,
  lost_reason: null,
  closed_at: null,
  version: 1,
  created_at: '',
  updated_at: '',
});

const page = (items: Opportunity[]) => ({ items, total: items.length, next_cursor: null });

describe('moveOpportunity', () => {
  it('moves one card with the stage default probability and a new weighted amount', () => {
    const before = page([opportunity('1', 'lead', 10_001), opportunity('2', 'lead', 500)]);
    const after = moveOpportunity(before, '1', stage('negotiation', 4, 75));
    expect(after.items[0]).toMatchObject({ stage: 'negotiation', probability: 75, weighted_amount: 7_500 });
    expect(after.items[1]).toBe(before.items[1]);
    expect(before.items[0].stage).toBe('lead');
    expect(after.total).toBe(2);
  });

  it('records the lost reason only when moving to a lost stage', () => {
    const before = page([opportunity('1', 'lead', 100)]);
    expect(moveOpportunity(before, '1', stage('lost', 6, 0, 'lost'), 'price').items[0]).toMatchObject({
      stage: 'lost',
      probability: 0,
      weighted_amount: 0,
      lost_reason: 'price',
    });
    expect(moveOpportunity(before, '1', stage('won', 5, 100, 'won'), 'ignored').items[0].lost_reason).toBeNull();
  });
});
