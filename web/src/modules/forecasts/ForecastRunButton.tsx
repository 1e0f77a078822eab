import { ThunderboltOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { useStartForecastRun } from './useStartForecastRun';

type ForecastRunButtonProps = {
  /** A run is under way (or requested): the button waits. */
  busy: boolean;
  /** The server accepted the run. */
  onStarted: () => void;
};

/** "Run forecast now": queues a run (only shown to those with `forecast:update`). */
export function ForecastRunButton({ busy, onStarted }: ForecastRunButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const start = useStartForecastRun();
  const handleClick = () =>
    start.mutate(undefined, {
      onSuccess: () => {
        message.info(t('forecasts.runStarted'));
        onStarted();
      },
      onError: (error) => {
        // Someone (or the daily job) got there first: follow that run instead.
        if (isApiError(error) && error.status === 409) {
          message.info(t('forecasts.runAlreadyRequested'));
          onStarted();
          return;
        }
        handleError(error);
      },
    });
  return (
    <Button
      type="primary"
      icon={<ThunderboltOutlined />}
      loading={start.isPending || busy}
      onClick={handleClick}
      data-testid="forecast-run"
    >
      {t('forecasts.run')}
    </Button>
  );
}
