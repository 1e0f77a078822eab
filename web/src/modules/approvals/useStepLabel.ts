import { useCallback } from 'react';
import { useRoleLabel } from '../roles/useRoleLabel';
import type { ApprovalStep } from './types';

/**
 * Who a step waits for, in the UI language: the approver role's label ("Zone manager"),
 * else the server's step label.
 */
export function useStepRoleLabel(): (step: Pick<ApprovalStep, 'approver_role' | 'label'>) => string {
  const roleLabel = useRoleLabel();
  return useCallback((step) => (step.approver_role ? roleLabel(step.approver_role) : step.label), [roleLabel]);
}
