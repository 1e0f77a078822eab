import { describe, expect, it } from 'vitest';
import {
  addParallelStep,
  addStep,
  canAddStep,
  draftFromSteps,
  moveStep,
  moveTarget,
  removeStep,
  renumber,
  sameSteps,
  stepsFromDraft,
  type DraftStep,
} from './chainDraft';
import type { ChainStep } from './types';

const DEFAULT: ChainStep[] = [
  { seq: 1, role: 'zone_manager', label: '战区经理审批', when: 'beyond_rep', condition: '' },
  { seq: 2, role: 'sales_director', label: '销售总监审批', when: 'beyond_manager', condition: '' },
];

/** "role@seq" in order, to read a chain at a glance. */
const shape = (steps: readonly DraftStep[]) => steps.map((s) => `${s.role || '?'}@${s.seq}`).join(' ');
const keyOf = (steps: readonly DraftStep[], role: string) => steps.find((s) => s.role === role)?.key ?? '';

describe('draft ⇄ steps', () => {
  it('keys the steps in seq order and gives them back without keys, labels trimmed', () => {
    const draft = draftFromSteps([DEFAULT[1], { ...DEFAULT[0], label: ' 经理 ' }]);
    expect(shape(draft)).toBe('zone_manager@1 sales_director@2');
    expect(new Set(draft.map((s) => s.key)).size).toBe(2);
    expect(stepsFromDraft(draft)[0]).toEqual({ seq: 1, role: 'zone_manager', label: '经理', when: 'beyond_rep', condition: '' });
  });

  it('fills what an old version left out', () => {
    const [step] = draftFromSteps([{ seq: 1, role: 'finance' } as ChainStep]);
    expect(step).toMatchObject({ label: '', when: 'always', condition: '' });
  });

  it('sees unsaved changes, not reordering of the same steps or blanks around a label', () => {
    const draft = draftFromSteps(DEFAULT);
    expect(sameSteps(stepsFromDraft(draft), DEFAULT)).toBe(true);
    expect(sameSteps([{ ...DEFAULT[0], label: '战区经理审批 ' }, DEFAULT[1]], [DEFAULT[1], DEFAULT[0]])).toBe(true);
    expect(sameSteps([{ ...DEFAULT[0], condition: 'quote.total > 1' }, DEFAULT[1]], DEFAULT)).toBe(false);
  });
});

describe('editing the chain', () => {
  it('renumbers seqs 1, 2, … keeping the order', () => {
    const draft = draftFromSteps([
      { ...DEFAULT[0], seq: 2 },
      { ...DEFAULT[1], seq: 4 },
      { ...DEFAULT[0], role: 'finance', seq: 2 },
    ]);
    expect(shape(renumber(draft))).toBe('zone_manager@1 finance@1 sales_director@2');
  });

  it('adds a step at the end for every quote, then one in parallel with a step (same seq and when)', () => {
    const added = addStep(draftFromSteps(DEFAULT));
    expect(shape(added.steps)).toBe('zone_manager@1 sales_director@2 ?@3');
    expect(added.steps[2]).toMatchObject({ key: added.key, when: 'always', label: '', condition: '' });

    const draft = draftFromSteps(DEFAULT);
    const parallel = addParallelStep(draft, keyOf(draft, 'zone_manager'));
    expect(shape(parallel?.steps ?? [])).toBe('zone_manager@1 ?@1 sales_director@2');
    expect(parallel?.steps[1]).toMatchObject({ key: parallel?.key, when: 'beyond_rep' });
    expect(addParallelStep(draft, 'nope')).toBeNull();
  });

  it('deletes a step and closes the gap it leaves', () => {
    const draft = draftFromSteps([...DEFAULT, { seq: 3, role: 'finance', label: '', when: 'always', condition: '' }]);
    expect(shape(removeStep(draft, keyOf(draft, 'sales_director')))).toBe('zone_manager@1 finance@2');
  });

  it('moves a lone step into the seq before or after it, and a parallel one out to a seq of its own', () => {
    const draft = draftFromSteps([
      DEFAULT[0],
      { seq: 1, role: 'finance', label: '', when: 'always', condition: '' },
      DEFAULT[1],
    ]);
    const finance = keyOf(draft, 'finance');
    const director = keyOf(draft, 'sales_director');
    expect(moveTarget(draft, finance, -1)).toEqual({ kind: 'alone', before: true });
    expect(shape(moveStep(draft, finance, -1))).toBe('finance@1 zone_manager@2 sales_director@3');
    expect(shape(moveStep(draft, finance, 1))).toBe('zone_manager@1 finance@2 sales_director@3');
    expect(moveTarget(draft, director, -1)).toEqual({ kind: 'join', seq: 1 });
    expect(shape(moveStep(draft, director, -1))).toBe('zone_manager@1 finance@1 sales_director@1');
    expect(moveTarget(draft, director, 1)).toBeNull();
    expect(shape(moveStep(draft, director, 1))).toBe(shape(draft));

    const lone = draftFromSteps(DEFAULT);
    expect(shape(moveStep(lone, keyOf(lone, 'zone_manager'), 1))).toBe('zone_manager@1 sales_director@1');
  });

  it('keeps within five seqs and ten steps', () => {
    let draft = draftFromSteps(DEFAULT);
    for (let i = 0; i < 3; i += 1) draft = addStep(draft).steps;
    expect(draft.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(canAddStep(draft)).toBe(false);
    const withPartner = addParallelStep(draft, draft[4].key)?.steps ?? [];
    // Leaving the group would make a sixth seq.
    expect(moveTarget(withPartner, withPartner[5].key, 1)).toBeNull();
    expect(moveTarget(withPartner, withPartner[5].key, -1)).toBeNull();
  });
});
