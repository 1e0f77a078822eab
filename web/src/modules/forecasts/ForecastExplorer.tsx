import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Row, Segmented, Select, Skeleton, Spin, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../ui/formatDate';
import { PageContainer } from '../../ui/PageContainer';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { ForecastChart } from './ForecastChart';
import { ForecastEmpty } from './ForecastEmpty';
import { ForecastRunButton } from './ForecastRunButton';
import { ForecastRunProgress } from './ForecastRunProgress';
import { ForecastRunsPanel } from './ForecastRunsPanel';
import { ForecastSeriesTable } from './ForecastSeriesTable';
import { ForecastSummaryCard } from './ForecastSummaryCard';
import { ForecastTabs } from './ForecastTabs';
import { seriesLabel } from './seriesLabel';
import type { ForecastFrequency, ForecastLevel, ForecastLevels, ForecastRun } from './types';
import { useForecast } from './useForecast';
import { useForecastLevels } from './useForecastLevels';
import { useForecastRuns } from './useForecastRuns';

const CHART_HEIGHT = 400;
const FREQUENCIES: ForecastFrequency[] = ['monthly', 'daily'];

/** The level a page opens on: the one in the address if allowed, else zones, else the first. */
function pickLevel(items: ForecastLevels['items'], wanted: string | null): ForecastLevel | undefined {
  return (
    items.find((l) => l.level === wanted)?.level ?? items.find((l) => l.level === 'zone')?.level ?? items[0]?.level
  );
}

/**
 * The forecast explorer: pick a level, a frequency and a series; see its actuals and
 * forecast with ranges, the model's backtest score, every series of the level, and the
 * runs. The choice lives in the address (`?level=&frequency=&series=`) so it can be shared.
 */
export function ForecastExplorer() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { message } = App.useApp();
  const { data: me } = useMe();
  const canRun = me?.user.role === 'admin' || can(me, 'forecast', 'update');
  const [params, setParams] = useSearchParams();

  const levels = useForecastLevels();
  const available = useMemo(() => levels.data?.items ?? [], [levels.data]);
  const level = pickLevel(available, params.get('level'));
  const frequencies = levels.data?.frequencies?.length ? levels.data.frequencies : FREQUENCIES;
  const frequency = frequencies.find((f) => f === params.get('frequency')) ?? frequencies[0];
  const forecast = useForecast(level, frequency);
  const data = forecast.data;

  const labels = useMemo(() => {
    const dimensions = available.find((l) => l.level === data?.level)?.dimensions ?? [];
    return new Map((data?.series ?? []).map((s) => [s.key, seriesLabel(s, dimensions, t)]));
  }, [available, data, t]);
  const selected = data?.series.find((s) => s.key === params.get('series')) ?? data?.series[0];

  const handleFinished = useCallback(
    (run: ForecastRun) => {
      if (run.status === 'succeeded') message.success(t('forecasts.runSucceeded', { count: run.series_count }));
    },
    [message, t],
  );
  const runs = useForecastRuns(handleFinished);
  const latest = runs.runs[0];
  const running = latest?.status === 'running' ? latest : null;
  const busy = !!running || runs.waiting;
  const lastSeconds = runs.runs.find((r) => r.status === 'succeeded' && r.seconds)?.seconds ?? null;
  const [dismissed, setDismissed] = useState<string | null>(null);
  const failed = latest && (latest.status === 'failed' || latest.status === 'blocked') && latest.id !== dismissed ? latest : null;

  const setParam = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  const run = data?.run ?? null;
  const runButton = canRun ? <ForecastRunButton busy={busy} onStarted={runs.expectRun} /> : null;
  const error = levels.error ?? (data ? null : forecast.error);
  const loading = !error && (levels.isLoading || (!!level && forecast.isLoading));
  const date = (d: string) => formatDate(d, locale);

  let body;
  if (error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('forecasts.loadFailed')}
        description={isApiError(error) ? describeApiError(error, t) : undefined}
        action={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            onClick={() => void (levels.error ? levels.refetch() : forecast.refetch())}
          >
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (loading || !data) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  } else if (!run) {
    body = (
      <ForecastEmpty action={runButton ?? <Typography.Text type="secondary">{t('forecasts.empty.askDirector')}</Typography.Text>} />
    );
  } else {
    const selectedLabel = selected ? (labels.get(selected.key) ?? selected.label) : t('forecasts.series');
    const switching = forecast.isPlaceholderData && forecast.isFetching;
    body = (
      <>
        <Card className="toolbar-card forecast-toolbar" styles={{ body: { padding: '12px 16px' } }}>
          <Flex gap={20} wrap align="center">
            <Flex gap={8} align="center">
              <Typography.Text type="secondary">{t('forecasts.level')}</Typography.Text>
              <Segmented<ForecastLevel>
                value={level}
                onChange={(next) => setParam({ level: next, series: null })}
                options={available.map((l) => ({
                  value: l.level,
                  label: <span data-testid={`forecast-level-${l.level}`}>{t(`forecasts.levels.${l.level}`)}</span>,
                }))}
              />
            </Flex>
            <Flex gap={8} align="center">
              <Typography.Text type="secondary">{t('forecasts.frequency')}</Typography.Text>
              <Segmented<ForecastFrequency>
                value={frequency}
                onChange={(next) => setParam({ frequency: next })}
                options={frequencies.map((f) => ({
                  value: f,
                  label: <span data-testid={`forecast-frequency-${f}`}>{t(`forecasts.frequencies.${f}`)}</span>,
                }))}
              />
            </Flex>
            <Flex gap={8} align="center" className="forecast-toolbar__series">
              <Typography.Text type="secondary">{t('forecasts.series')}</Typography.Text>
              <Select<string>
                showSearch={{ optionFilterProp: 'label' }}
                value={selected?.key}
                placeholder={t('forecasts.seriesPlaceholder')}
                onChange={(key) => setParam({ series: key })}
                options={data.series.map((s) => ({ value: s.key, label: labels.get(s.key) ?? s.label }))}
                disabled={data.series.length === 0}
                style={{ width: 260 }}
                data-testid="forecast-series"
              />
            </Flex>
          </Flex>
        </Card>
        {data.series.length === 0 ? (
          <Card style={{ marginTop: 16 }} data-testid="forecast-no-series">
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('forecasts.noSeries')}>
              {frequency !== 'monthly' ? (
                <Button onClick={() => setParam({ frequency: 'monthly' })}>{t('forecasts.showMonthly')}</Button>
              ) : null}
            </Empty>
          </Card>
        ) : (
          <>
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} xl={17}>
                <Card
                  title={<span data-testid="forecast-series-title">{selectedLabel}</span>}
                  extra={<span className="chart-card__note">{t('forecasts.chart.asOfNote', { date: date(run.as_of) })}</span>}
                  className="chart-card forecast-chart-card"
                  data-testid="forecast-chart-card"
                >
                  <Spin spinning={switching} className="forecast-chart-card__spin">
                    <div className="forecast-chart-card__body" style={{ minHeight: CHART_HEIGHT }}>
                      {selected ? (
                        <div className="forecast-chart-card__fill">
                          <ForecastChart
                            series={selected}
                            asOf={run.as_of}
                            frequency={data.frequency}
                            label={selectedLabel}
                            height="100%"
                          />
                        </div>
                      ) : null}
                    </div>
                  </Spin>
                </Card>
              </Col>
              <Col xs={24} xl={7}>
                <ForecastSummaryCard series={selected} frequency={data.frequency} />
              </Col>
            </Row>
            <Card
              title={t('forecasts.table.title', { level: t(`forecasts.levels.${data.level}`) })}
              extra={<span className="chart-card__note">{t('forecasts.table.count', { count: data.series.length })}</span>}
              style={{ marginTop: 16 }}
              styles={{ body: { paddingTop: 8 } }}
            >
              <ForecastSeriesTable
                series={data.series}
                labels={labels}
                frequency={data.frequency}
                selectedKey={selected?.key}
                onSelect={(key) => setParam({ series: key })}
                loading={switching}
              />
            </Card>
          </>
        )}
      </>
    );
  }

  return (
    <PageContainer
      title={t('menu.forecasts')}
      subtitle={run ? t('forecasts.subtitle', { date: date(run.as_of) }) : t('forecasts.subtitleNone')}
      extra={run ? runButton : null}
      testId="forecasts-page"
    >
      <ForecastTabs active="explorer" />
      {busy ? (
        <div className="forecast-banner">
          <ForecastRunProgress run={running} lastSeconds={lastSeconds} />
        </div>
      ) : null}
      {failed ? (
        <Alert
          className="forecast-banner"
          type={failed.status === 'failed' ? 'error' : 'warning'}
          showIcon
          closable={{ onClose: () => setDismissed(failed.id) }}
          data-testid="forecast-run-alert"
          title={t(failed.status === 'failed' ? 'forecasts.runFailedTitle' : 'forecasts.runBlockedTitle', {
            date: date(failed.as_of),
          })}
          description={[failed.message, run ? t('forecasts.showingRun', { date: date(run.as_of) }) : '']
            .filter(Boolean)
            .join(' ')}
        />
      ) : null}
      {body}
      <div style={{ marginTop: 16 }}>
        <ForecastRunsPanel runs={runs.runs} loading={runs.isLoading} />
      </div>
    </PageContainer>
  );
}
