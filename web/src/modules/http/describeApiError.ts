import type { TFunction } from 'i18next';
import type { ApiError } from './ApiError';

/** A human sentence for an error, preferring the server's own detail. */
export function describeApiError(error: ApiError, t: TFunction): string {
  if (error.status === 0) return t('errors.network');
  if (error.detail) return error.detail;
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 413) return t('errors.tooLarge');
  if (error.status === 503) return t('errors.unavailable');
  return error.title || t('errors.unexpected');
}
