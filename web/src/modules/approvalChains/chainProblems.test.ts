import { describe, expect, it } from 'vitest';
import { draftFromSteps } from './chainDraft';
import { countChainProblems, firstProblemStep, problemsByStep } from './chainProblems';

describe('problemsByStep', () => {
  const errors = [
    { field: 'steps[2].condition', message: "unknown field 'quote.max_discount_pc'", position: 1 },
    { field: 'steps[0].role', message: 'an existing role' },
    { field: 'steps[0].when', message: 'must be always, beyond_rep or beyond_manager' },
    { field: 'steps', message: "a quote beyond the rep's authority would have no approver" },
    { field: 'steps[7].seq', message: '1–5' },
    { field: 'version', message: 'is 3 now' },
  ];

  it('puts step errors on the keys the validated steps had, the rest on the chain', () => {
    const placed = problemsByStep(errors, ['a', 'b', 'c']);
    expect(placed.steps.get('c')?.condition).toMatchObject({ position: 1 });
    expect(Object.keys(placed.steps.get('a') ?? {})).toEqual(['role', 'when']);
    expect(placed.steps.has('b')).toBe(false);
    expect(placed.chain.map((e) => e.field)).toEqual(['steps', 'version', 'steps[7].seq']);
    expect(countChainProblems(placed)).toBe(6);
  });

  it('finds the first step with a problem in chain order', () => {
    const draft = draftFromSteps([
      { seq: 1, role: 'zone_manager', label: '', when: 'beyond_rep', condition: '' },
      { seq: 2, role: 'sales_director', label: '', when: 'beyond_manager', condition: 'x >' },
    ]);
    const keys = draft.map((s) => s.key);
    expect(firstProblemStep(draft, problemsByStep([{ field: 'steps[1].condition', message: 'ends too early' }], keys))).toBe(keys[1]);
    expect(firstProblemStep(draft, problemsByStep([{ field: 'steps', message: 'no approver' }], keys))).toBeNull();
  });
});
