import type { RuleProblem } from './types';

/** A Form.Item's error look for the server's problem on that field (or none). */
export function problemStatus(problem: RuleProblem | undefined, help?: string): { validateStatus?: 'error'; help?: string } {
  if (problem) return { validateStatus: 'error', help: problem.message };
  return help ? { help } : {};
}
