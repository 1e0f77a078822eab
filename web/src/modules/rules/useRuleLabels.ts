import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../roles/useRoleLabel';
import { useRoles } from '../roles/useRoles';

/**
 * Words for a rule's codes in the UI language: trigger topics ("quote.submitted"), fields
 * ("customer.credit_limit"), recipients ("owner", "role:finance"), task types and
 * departments; unknown codes are shown as they are.
 */
export function useRuleLabels() {
  const { t } = useTranslation();
  const { data: roles } = useRoles();
  const roleLabel = useRoleLabel(roles?.items);
  return useMemo(
    () => ({
      topic: (topic: string) => t(`rules.topics.${topic}`, { defaultValue: topic }),
      field: (name: string) => t(`rules.fields.${name}`, { defaultValue: name }),
      fieldType: (type: string) => t(`rules.fieldTypes.${type}`, { defaultValue: type }),
      actionType: (type: string) => t(`rules.actionTypes.${type}`, { defaultValue: type }),
      actionField: (field: string) => t(`rules.actionFields.${field}`, { defaultValue: field }),
      taskType: (type: string) => t(`tasks.types.${type}`, { defaultValue: type }),
      department: (department: string) => t(`tasks.departments.${department}`, { defaultValue: department }),
      role: roleLabel,
      /** `owner`, `zone_manager` or `role:NAME`. */
      recipient: (to: string) =>
        to.startsWith('role:')
          ? t('rules.recipients.role', { role: roleLabel(to.slice(5)) })
          : t(`rules.recipients.${to}`, { defaultValue: to }),
      customerStatus: (status: string) => t(`customers.statuses.${status}`, { defaultValue: status }),
    }),
    [t, roleLabel],
  );
}

export type RuleLabels = ReturnType<typeof useRuleLabels>;
