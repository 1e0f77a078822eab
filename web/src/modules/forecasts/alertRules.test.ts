import { describe, expect, it } from 'vitest';
import { isDefaultRule, nextRule, orderRules, ruleErrors, validateRules } from './alertRules';
import type { AlertRule } from './types';

const rule = (category: string, channel: string, threshold_pct = 15, consecutive_days = 3): AlertRule => ({
  category,
  channel,
  threshold_pct,
  consecutive_days,
});

describe('ruleErrors', () => {
  it('puts server field errors on their row and cell', () => {
    const out = ruleErrors([
      { field: 'rules[1].threshold_pct', message: 'must be more than 0 and at most 100' },
      { field: 'rules[2].consecutive_days', message: 'must be 1..60' },
      { field: 'rules[3]', message: 'another rule has the same category and channel' },
    ]);
    expect(out.rows.get(1)).toEqual({ threshold_pct: { kind: 'threshold', message: 'must be more than 0 and at most 100' } });
    expect(out.rows.get(2)?.consecutive_days?.kind).toBe('days');
    expect(out.rows.get(3)?.row?.kind).toBe('duplicate');
    expect(out.general).toEqual([]);
  });

  it('keeps the first error of a cell', () => {
    const out = ruleErrors([
      { field: 'rules[0].threshold_pct', message: 'first' },
      { field: 'rules[0].threshold_pct', message: 'second' },
    ]);
    expect(out.rows.get(0)?.threshold_pct?.message).toBe('first');
  });

  it('treats errors about the whole list or unknown fields as general', () => {
    const out = ruleErrors([
      { field: 'rules', message: 'exactly one default rule' },
      { field: 'items', message: 'must be an array' },
      { field: 'rules[0].colour', message: 'unknown field' },
    ]);
    expect(out.rows.size).toBe(0);
    expect(out.general.map((e) => e.kind)).toEqual(['default', 'other', 'other']);
  });
});

describe('validateRules', () => {
  it('accepts the default rule alone', () => {
    expect(validateRules([rule('', '')])).toEqual([]);
  });

  it('checks ranges, duplicates and the default like the server', () => {
    const errors = validateRules([rule('', ''), rule('Furniture', '', 0, 3), rule('Furniture', '', 15, 61), rule('', 'online', 15, 2.5)]);
    expect(errors.map((e) => e.field)).toEqual([
      'rules[1].threshold_pct',
      'rules[2].consecutive_days',
      'rules[2]',
      'rules[3].consecutive_days',
    ]);
  });

  it('needs exactly one default rule', () => {
    expect(validateRules([rule('Furniture', '')]).map((e) => e.field)).toEqual(['rules']);
    expect(validateRules([rule('', ''), rule('', '')]).map((e) => e.field)).toEqual(['rules[1]', 'rules']);
  });

  it('maps its own errors back onto the cells', () => {
    const out = ruleErrors(validateRules([rule('', ''), rule('', '', 150)]));
    expect(out.rows.get(1)?.threshold_pct?.kind).toBe('threshold');
    expect(out.rows.get(1)?.row?.kind).toBe('duplicate');
  });

  it('recognises the default rule', () => {
    expect(isDefaultRule(rule('', ''))).toBe(true);
    expect(isDefaultRule(rule('Furniture', ''))).toBe(false);
  });
});

describe('orderRules', () => {
  it('puts the default first, then by category and channel', () => {
    const ordered = orderRules([rule('Technology', ''), rule('', 'online'), rule('', ''), rule('Furniture', 'store'), rule('Furniture', '')]);
    expect(ordered.map((r) => `${r.category}/${r.channel}`)).toEqual(['/', '/online', 'Furniture/', 'Furniture/store', 'Technology/']);
  });
});

describe('nextRule', () => {
  const categories = ['Furniture', 'Technology'];
  const channels = ['direct', 'online'];

  it('offers the first category without a rule, with the default threshold and days', () => {
    expect(nextRule([rule('', '', 20, 4)], categories, channels)).toEqual(rule('Furniture', '', 20, 4));
    expect(nextRule([rule('', ''), rule('Furniture', '')], categories, channels)).toEqual(rule('Technology', ''));
  });

  it('then a channel, and at last the default pair', () => {
    const all = [rule('', ''), rule('Furniture', ''), rule('Technology', '')];
    expect(nextRule(all, categories, channels)).toEqual(rule('', 'direct'));
    expect(nextRule([...all, rule('', 'direct'), rule('', 'online')], categories, channels)).toEqual(rule('', ''));
  });
});
