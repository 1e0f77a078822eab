import { describe, expect, it } from 'vitest';
import { buildApprovalChain, chainLimits } from './approvalChain';

const row = (zone_id: string | null, product_line: string, rep: number, manager: number, above: number | null) => ({
  zone_id,
  product_line,
  rep_max_discount_pct: rep,
  manager_max_discount_pct: manager,
  director_above_amount: above,
  price_floor_pct: 50,
  discount_forbidden: false,
});

describe('chainLimits', () => {
  it('reads the default row and counts the overrides', () => {
    expect(chainLimits([row('7', 'Furniture', 5, 15, null), row(null, '', 10, 20, 10_000_000), row(null, 'Technology', 8, 18, null)])).toEqual({
      repMaxPct: 10,
      managerMaxPct: 20,
      directorAbove: 10_000_000,
      overrides: 2,
    });
  });

  it('has no figures without a default row', () => {
    expect(chainLimits([])).toEqual({ repMaxPct: null, managerMaxPct: null, directorAbove: null, overrides: 0 });
  });
});

describe('buildApprovalChain', () => {
  const texts = {
    submitted: 'submitted',
    withinRep: 'within rep?',
    withinRepDetail: '≤ 10%',
    manager: 'manager',
    beyondManager: 'beyond manager?',
    beyondManagerDetail: '> 20%',
    director: 'director',
    approved: 'approved',
    yes: 'yes',
    no: 'no',
  };

  it('goes submitted → within rep? yes → approved, no → manager → beyond? → director → approved', () => {
    const { nodes, edges } = buildApprovalChain(texts);
    expect(nodes.map((n) => [n.id, n.data.kind])).toEqual([
      ['submitted', 'start'],
      ['within-rep', 'decision'],
      ['manager', 'step'],
      ['beyond-manager', 'decision'],
      ['director', 'step'],
      ['approved', 'end'],
    ]);
    const path = edges.map((e) => `${e.source}-${e.label ?? ''}->${e.target}`);
    expect(path).toEqual([
      'submitted-->within-rep',
      'within-rep-yes->approved',
      'within-rep-no->manager',
      'manager-->beyond-manager',
      'beyond-manager-no->approved',
      'beyond-manager-yes->director',
      'director-->approved',
    ]);
    expect(nodes.find((n) => n.id === 'within-rep')?.data.detail).toBe('≤ 10%');
  });

  it('lays the chain out left to right', () => {
    const { nodes } = buildApprovalChain(texts);
    const xs = nodes.map((n) => n.position.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});
