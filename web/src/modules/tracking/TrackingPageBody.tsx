import { Button, Card, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../ui/formatTime';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { TrackingView } from './TrackingView';
import { useTrackedOrder } from './useTrackedOrder';

/** Loads the tracked order (every 30 s) and shows it, or a friendly "not found". */
export function TrackingPageBody({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const query = useTrackedOrder(token);

  if (query.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (query.isError && !query.data) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Card>
        <Result
          status={notFound ? '404' : 'warning'}
          title={notFound ? t('tracking.notFound') : t('errors.loadFailed')}
          subTitle={notFound ? t('tracking.notFoundHint') : isApiError(query.error) ? describeApiError(query.error, t) : undefined}
          extra={
            notFound ? undefined : (
              <Button type="primary" onClick={() => void query.refetch()}>
                {t('common.retry')}
              </Button>
            )
          }
          data-testid={notFound ? 'tracking-not-found' : 'tracking-error'}
        />
      </Card>
    );
  }
  return (
    <>
      <TrackingView order={query.data} />
      <Typography.Paragraph type="secondary" className="tracking-refresh" data-testid="tracking-refreshed">
        {t('tracking.refreshed', { time: formatTime(new Date(query.dataUpdatedAt).toISOString(), i18n.language) })}
        {query.isError ? ` · ${t('tracking.refreshFailed')}` : ''}
      </Typography.Paragraph>
    </>
  );
}
