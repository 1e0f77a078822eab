import { Button, Result } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../modules/http/ApiError';
import { describeApiError } from '../modules/http/describeApiError';
import { useMe } from '../modules/auth/useMe';
import { FullPageSpin } from '../ui/FullPageSpin';
import { isLanguage, storedLanguage } from './i18n/languages';
import { loginPath } from './loginPath';

/** Renders its children only for a signed-in user; otherwise goes to /login. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { data: me, error, isLoading, refetch } = useMe();

  // A device without its own choice follows the user's saved preference.
  const userLocale = me?.user.locale;
  useEffect(() => {
    if (!storedLanguage() && isLanguage(userLocale) && userLocale !== i18n.language) void i18n.changeLanguage(userLocale);
  }, [userLocale, i18n]);

  if (isLoading) return <FullPageSpin fullscreen />;
  if (isApiError(error) && error.status === 401) {
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  if (error || !me) {
    return (
      <Result
        status="warning"
        title={t('errors.loadFailed')}
        subTitle={isApiError(error) ? describeApiError(error, t) : undefined}
        extra={
          <Button type="primary" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return children;
}
