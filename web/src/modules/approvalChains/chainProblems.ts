import { indexedFieldErrors } from '../http/indexedFieldErrors';
import type { DraftStep } from './chainDraft';
import type { ChainProblem } from './types';

/** A step's problems by field (`role`, `when`, `condition`…; `''` = the step as a whole). */
export type StepProblems = Record<string, ChainProblem>;

/** A validation's problems, placed on the steps they name; the rest is about the chain. */
export type ChainProblems = { steps: Map<string, StepProblems>; chain: ChainProblem[] };

export const NO_CHAIN_PROBLEMS: ChainProblems = { steps: new Map(), chain: [] };

/**
 * Places the server's problems: `steps[2].condition` → the third step as validated (by the
 * keys the checked steps had, so a move since does not put an error on another step);
 * `steps` ("a quote beyond the rep's authority would have no approver") and anything else
 * → the chain.
 */
export function problemsByStep(problems: readonly ChainProblem[], stepKeys: readonly string[]): ChainProblems {
  const { rows, general } = indexedFieldErrors(problems, 'steps');
  const out: ChainProblems = { steps: new Map(), chain: [...general] };
  for (const [index, fields] of rows) {
    const key = stepKeys[index];
    if (key === undefined) out.chain.push(...Object.values(fields));
    else out.steps.set(key, fields);
  }
  return out;
}

export function countChainProblems(p: ChainProblems): number {
  let n = p.chain.length;
  for (const fields of p.steps.values()) n += Object.keys(fields).length;
  return n;
}

/** The first step (in chain order) with a problem, to open after a refused save. */
export function firstProblemStep(steps: readonly DraftStep[], problems: ChainProblems): string | null {
  return steps.find((s) => Object.keys(problems.steps.get(s.key) ?? {}).length > 0)?.key ?? null;
}
