import type { ApprovalStepSpec } from './types';

/** "战区经理 → 财务 + 销售总监": steps in `seq` order joined by arrows, parallel ones (same seq) by "+". */
export function approvalPath(steps: readonly ApprovalStepSpec[], role: (name: string) => string): string {
  const bySeq = new Map<number, string[]>();
  for (const s of [...steps].sort((a, b) => a.seq - b.seq)) {
    bySeq.set(s.seq, [...(bySeq.get(s.seq) ?? []), s.label?.trim() || role(s.role)]);
  }
  return [...bySeq.values()].map((names) => names.join(' + ')).join(' → ');
}
