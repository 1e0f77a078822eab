import { describe, expect, it } from 'vitest';
import { groupByStage } from './groupByStage';
import type { Opportunity, OpportunityStage } from './types';

const stage = (key: string, position: number, probability = 10, outcome = 'open'): OpportunityStage => ({
  key,
  label_zh: key,
  label_en: key,
  probability,
  position,
  outcome,
});

const opportunity = (id: string, stageKey: string, amount: number, probability = 10): Opportunity => ({
  id,
  name: `O${id}`,
  customer_id: '1',
  customer_name: 'C',
  owner_id: null,
  owner_name: null,
  zone_id: null,
  amount,
  currency: 'CNY',
  weighted_amount: Math.floor((amount * probability) / 100),
  stage: stageKey,
  probability,
  expected_close_date: '2026-12-31',
  source: null,
  competitor: null,
  lost_reason: null,
  closed_at: null,
  version: 1,
  created_at: '',
  updated_at: '',
});

describe('groupByStage', () => {
  it('makes one column per stage in pipeline order, empty ones included', () => {
    const stages = [stage('won', 3, 100, 'won'), stage('lead', 1), stage('proposal', 2, 50)];
    const columns = groupByStage(stages, [opportunity('1', 'proposal', 1000, 50)]);
    expect(columns.map((c) => c.stage.key)).toEqual(['lead', 'proposal', 'won']);
    expect(columns[0]).toMatchObject({ count: 0, amount: 0, weighted: 0, items: [] });
  });

  it('counts and totals each column, keeping the given order of cards', () => {
    const stages = [stage('lead', 1), stage('proposal', 2, 50)];
    const items = [
      opportunity('1', 'proposal', 100_000, 50),
      opportunity('2', 'lead', 30_000),
      opportunity('3', 'proposal', 20_001, 50),
    ];
    const [lead, proposal] = groupByStage(stages, items);
    expect(lead).toMatchObject({ count: 1, amount: 30_000, weighted: 3_000 });
    expect(proposal.items.map((o) => o.id)).toEqual(['1', '3']);
    expect(proposal).toMatchObject({ count: 2, amount: 120_001, weighted: 60_000 });
  });

  it('leaves out opportunities in an unknown stage', () => {
    const columns = groupByStage([stage('lead', 1)], [opportunity('1', 'mystery', 5)]);
    expect(columns[0].count).toBe(0);
  });
});
