import type { ChainStep, ChainWhen } from './types';

/** A step in the editor, with a key that survives renumbering and moves (its node's id). */
export type DraftStep = ChainStep & { key: string };

/** The server's bounds: seq 1–5, at most 10 steps, labels up to 120 characters. */
export const MAX_SEQ = 5;
export const MAX_STEPS = 10;
export const LABEL_MAX = 120;

let lastKey = 0;
export function newStepKey(): string {
  lastKey += 1;
  return `s${lastKey}`;
}

const bySeq = <T extends { seq: number }>(steps: readonly T[]): T[] => [...steps].sort((a, b) => a.seq - b.seq);

/** The saved steps as the editor holds them: in order of seq, each with a key. */
export function draftFromSteps(steps: readonly ChainStep[]): DraftStep[] {
  return bySeq(steps).map((s) => ({
    key: newStepKey(),
    seq: s.seq,
    role: s.role ?? '',
    label: s.label ?? '',
    when: s.when ?? 'always',
    condition: s.condition ?? '',
  }));
}

/** The steps to validate or save: no keys, labels trimmed (conditions as typed: errors name their characters). */
export function stepsFromDraft(steps: readonly DraftStep[]): ChainStep[] {
  return bySeq(steps).map((s) => ({ seq: s.seq, role: s.role, label: s.label.trim(), when: s.when, condition: s.condition }));
}

/** Whether two chains say the same (unsaved changes). */
export function sameSteps(a: readonly ChainStep[], b: readonly ChainStep[]): boolean {
  const key = (steps: readonly ChainStep[]) =>
    JSON.stringify(bySeq(steps).map((s) => [s.seq, s.role, (s.label ?? '').trim(), s.when, s.condition ?? '']));
  return key(a) === key(b);
}

/** The distinct seqs, in order: the columns of the chain. */
export function seqsOf(steps: readonly { seq: number }[]): number[] {
  return [...new Set(steps.map((s) => s.seq))].sort((a, b) => a - b);
}

/** Sorted by seq (ties keep their order) and numbered 1, 2, … without gaps. */
export function renumber(steps: readonly DraftStep[]): DraftStep[] {
  const sorted = bySeq(steps);
  const number = new Map(seqsOf(sorted).map((seq, i) => [seq, i + 1]));
  return sorted.map((s) => (number.get(s.seq) === s.seq ? s : { ...s, seq: number.get(s.seq) ?? s.seq }));
}

const blankStep = (seq: number, when: ChainWhen | string): DraftStep => ({ key: newStepKey(), seq, role: '', label: '', when, condition: '' });

export const canAddStep = (steps: readonly DraftStep[]) => steps.length < MAX_STEPS && seqsOf(steps).length < MAX_SEQ;
export const canAddParallel = (steps: readonly DraftStep[]) => steps.length < MAX_STEPS;

/** A new step after all others (a seq of its own), for every quote that needs approval. */
export function addStep(steps: readonly DraftStep[]): { steps: DraftStep[]; key: string } {
  const last = steps.reduce((max, s) => Math.max(max, s.seq), 0);
  const step = blankStep(last + 1, 'always');
  return { steps: renumber([...steps, step]), key: step.key };
}

/** A new step in parallel with `key` (the same seq and the same `when`), after that seq's steps. */
export function addParallelStep(steps: readonly DraftStep[], key: string): { steps: DraftStep[]; key: string } | null {
  const partner = steps.find((s) => s.key === key);
  if (!partner) return null;
  const step = blankStep(partner.seq, partner.when);
  const after = steps.reduce((at, s, i) => (s.seq === partner.seq ? i : at), -1);
  return { steps: renumber([...steps.slice(0, after + 1), step, ...steps.slice(after + 1)]), key: step.key };
}

export function removeStep(steps: readonly DraftStep[], key: string): DraftStep[] {
  return renumber(steps.filter((s) => s.key !== key));
}

export function updateStep(steps: readonly DraftStep[], key: string, patch: Partial<ChainStep>): DraftStep[] {
  return steps.map((s) => (s.key === key ? { ...s, ...patch } : s));
}

/**
 * Where moving a step one place earlier (-1) or later (+1) takes it: a step running in
 * parallel leaves its group for a seq of its own just before / after it (`alone`); a step
 * alone joins the seq before / after it (`join`, that seq as numbered now). Null when it
 * cannot go further, or a seq of its own would be one too many.
 */
export type MoveTarget = { kind: 'join'; seq: number } | { kind: 'alone'; before: boolean };

export function moveTarget(steps: readonly DraftStep[], key: string, delta: -1 | 1): MoveTarget | null {
  const step = steps.find((s) => s.key === key);
  if (!step) return null;
  const seqs = seqsOf(steps);
  const parallel = steps.some((s) => s.key !== key && s.seq === step.seq);
  if (parallel) return seqs.length < MAX_SEQ ? { kind: 'alone', before: delta < 0 } : null;
  const neighbour = seqs[seqs.indexOf(step.seq) + delta];
  return neighbour === undefined ? null : { kind: 'join', seq: neighbour };
}

/** The chain with the step moved as `moveTarget` says (unchanged when it cannot move). */
export function moveStep(steps: readonly DraftStep[], key: string, delta: -1 | 1): DraftStep[] {
  const target = moveTarget(steps, key, delta);
  const step = steps.find((s) => s.key === key);
  if (!target || !step) return [...steps];
  const seq = target.kind === 'join' ? target.seq : step.seq + (target.before ? -0.5 : 0.5);
  return renumber(updateStep(steps, key, { seq }));
}
