import { LoadingOutlined } from '@ant-design/icons';
import { Card, Flex, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSeconds } from './formatSeconds';
import type { ForecastRun } from './types';

type ForecastRunProgressProps = {
  /** The running run, or null while a requested run has not started yet. */
  run: ForecastRun | null;
  /** How long the last successful run took: the bar's yardstick. */
  lastSeconds: number | null;
};

/**
 * A run under way: elapsed time, ticking every second, and a bar measured against the
 * last run's duration (it stops short of the end until the run is over).
 */
export function ForecastRunProgress({ run, lastSeconds }: ForecastRunProgressProps) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const started = run ? Date.parse(run.started_at) : Number.NaN;
  const elapsed = Number.isFinite(started) ? Math.max(0, (now - started) / 1000) : 0;
  const percent = run && lastSeconds ? Math.min(95, Math.round((elapsed / lastSeconds) * 100)) : run ? 5 : 0;
  const locale = i18n.language;
  const note = !run
    ? ''
    : lastSeconds
      ? t('forecasts.runningNote', { elapsed: formatSeconds(elapsed, locale), last: formatSeconds(lastSeconds, locale) })
      : t('forecasts.runningNoteFirst', { elapsed: formatSeconds(elapsed, locale) });
  return (
    <Card className="forecast-progress" data-testid="forecast-run-progress" styles={{ body: { padding: '14px 20px' } }}>
      <Flex align="center" gap={16}>
        <span className="forecast-progress__icon">
          <LoadingOutlined />
        </span>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Flex justify="space-between" align="baseline" gap={12} wrap>
            <Typography.Text strong>{run ? t('forecasts.running') : t('forecasts.queued')}</Typography.Text>
            <Typography.Text type="secondary" className="num">
              {note}
            </Typography.Text>
          </Flex>
          <Progress percent={percent} status="active" showInfo={false} strokeColor={{ from: '#4f7cff', to: '#722ed1' }} />
        </div>
      </Flex>
    </Card>
  );
}
