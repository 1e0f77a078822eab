import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';

/**
 * Errors of a write on a task: a 409 means someone else claimed or moved it first (say so
 * and reload it), field errors go onto the dialog's form, anything else is a toast.
 */
export function useTaskErrorHandler(): (error: unknown, context?: { form?: FormInstance; onStale?: () => void }) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  return useCallback(
    (error, context = {}) => {
      if (isApiError(error) && error.status === 409) {
        message.warning(t('tasks.conflict'));
        context.onStale?.();
        return;
      }
      handleError(error, { form: context.form });
    },
    [handleError, message, t],
  );
}
