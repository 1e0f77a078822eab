import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './ApiError';
import { applyFieldErrors } from './applyFieldErrors';
import { describeApiError } from './describeApiError';

export type ApiErrorContext = {
  /** Field errors go onto this form's items. */
  form?: FormInstance;
  /** Shown instead of the server text for a 409 (e.g. a stale `version`). */
  conflictMessage?: string;
};

/**
 * The one error policy of the UI: 401 has already sent the user to /login (see
 * request.ts), field errors land on the form, anything else is a message toast.
 */
export function useApiErrorHandler(): (error: unknown, context?: ApiErrorContext) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();

  return useCallback(
    (error: unknown, context: ApiErrorContext = {}) => {
      if (!(error instanceof ApiError)) {
        message.error(t('errors.unexpected'));
        return;
      }
      if (error.status === 401) return;
      if (context.form && error.errors.length > 0) {
        const rest = applyFieldErrors(context.form, error.errors);
        if (rest.length === 0) return;
        // A stale `version` comes back as a 409 naming a field the form does not have.
        if (error.status === 409 && context.conflictMessage) {
          message.error(context.conflictMessage);
          return;
        }
        message.error(rest.map((e) => `${e.field}: ${e.message}`).join('; '));
        return;
      }
      if (error.status === 409 && context.conflictMessage) {
        message.error(context.conflictMessage);
        return;
      }
      message.error(describeApiError(error, t));
    },
    [message, t],
  );
}
