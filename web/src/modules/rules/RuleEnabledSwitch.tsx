import { useQueryClient } from '@tanstack/react-query';
import { App, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { Rule } from './types';
import { rulesQueryKey } from './useRules';
import { useSaveRule } from './useSaveRule';

/** Turns a rule on or off from the list (a new version, with the version as read). */
export function RuleEnabledSwitch({ rule, editable }: { rule: Rule; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const save = useSaveRule();
  const toggle = (enabled: boolean) => {
    const { name, description, trigger_topic, condition, actions } = rule;
    save.mutate(
      { id: rule.id, version: rule.version, definition: { name, description, trigger_topic, condition, actions, enabled } },
      {
        onSuccess: () => message.success(enabled ? t('rules.turnedOn', { name }) : t('rules.turnedOff', { name })),
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            message.warning(t('rules.designer.conflict'));
            void queryClient.invalidateQueries({ queryKey: rulesQueryKey });
            return;
          }
          handleError(error);
        },
      },
    );
  };
  return (
    <span onClick={(e) => e.stopPropagation()} role="presentation">
      <Switch
        size="small"
        checked={rule.enabled}
        disabled={!editable}
        loading={save.isPending}
        onChange={toggle}
        aria-label={t('rules.columns.enabled')}
        data-testid="rule-enabled-switch"
      />
    </span>
  );
}
