import type { TFunction } from 'i18next';
import { ApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';

/** What the login form says for a failed sign-in. */
export function loginErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.status) {
    case 401:
      return t('login.invalid');
    case 423:
      return t('login.locked');
    case 429:
      return error.retryAfter !== null
        ? t('login.tooMany', { seconds: error.retryAfter })
        : t('login.tooManyLater');
    default:
      return describeApiError(error, t);
  }
}
