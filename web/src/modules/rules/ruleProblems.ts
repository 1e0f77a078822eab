import { indexedFieldErrors } from '../http/indexedFieldErrors';
import type { RuleProblem } from './types';

/** A validation's problems, placed on the designer's nodes. */
export type NodeProblems = {
  /** `trigger_topic`. */
  trigger: RuleProblem[];
  /** `condition` (with the character `position`). */
  condition: RuleProblem[];
  /** By action key, then by field (`title`, `queue_role`…; `''` = the action as a whole). */
  actions: Map<string, Record<string, RuleProblem>>;
  /** `actions` itself ("add at least one action"): shown where actions are added. */
  actionList: RuleProblem[];
  /** The rule's own fields (`name`, `description`) and anything else. */
  rule: RuleProblem[];
};

export const NO_PROBLEMS: NodeProblems = { trigger: [], condition: [], actions: new Map(), actionList: [], rule: [] };

/**
 * Places the server's problems on the nodes they name: `trigger_topic` → the trigger,
 * `condition` → the condition, `actions[2].title` → the third action (by the keys the
 * validated definition had, so a reorder since does not move an error to another action).
 */
export function problemsByNode(problems: readonly RuleProblem[], actionKeys: readonly string[]): NodeProblems {
  const { rows, general } = indexedFieldErrors(problems, 'actions');
  const out: NodeProblems = { trigger: [], condition: [], actions: new Map(), actionList: [], rule: [] };
  for (const [index, fields] of rows) {
    const key = actionKeys[index];
    if (key === undefined) out.actionList.push(...Object.values(fields));
    else out.actions.set(key, fields);
  }
  for (const problem of general) {
    if (problem.field === 'trigger_topic') out.trigger.push(problem);
    else if (problem.field === 'condition') out.condition.push(problem);
    else if (problem.field === 'actions') out.actionList.push(problem);
    else out.rule.push(problem);
  }
  return out;
}

/** How many problems there are in all. */
export function countProblems(p: NodeProblems): number {
  let n = p.trigger.length + p.condition.length + p.actionList.length + p.rule.length;
  for (const fields of p.actions.values()) n += Object.keys(fields).length;
  return n;
}
