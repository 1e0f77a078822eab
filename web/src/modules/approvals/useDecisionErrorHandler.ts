import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';

/**
 * Errors of a decision on a request: a 409 means someone else decided the step first, a
 * 403 that the caller is no approver of it (any more) — both say so, close the dialog and
 * let the request reload; field errors go onto the dialog's form; anything else is a toast.
 */
export function useDecisionErrorHandler(): (error: unknown, context: { form?: FormInstance; onStale: () => void }) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  return useCallback(
    (error, { form, onStale }) => {
      if (isApiError(error) && error.status === 409) {
        message.warning(t('approvals.conflict'));
        onStale();
        return;
      }
      if (isApiError(error) && error.status === 403) {
        message.error(error.detail ? `${t('approvals.forbidden')} (${describeApiError(error, t)})` : t('approvals.forbidden'));
        onStale();
        return;
      }
      handleError(error, { form });
    },
    [handleError, message, t],
  );
}
