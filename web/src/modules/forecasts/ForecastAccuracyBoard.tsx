import { AimOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Segmented, Skeleton, Spin, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EChart } from '../../ui/EChart';
import { formatDate } from '../../ui/formatDate';
import { PageContainer } from '../../ui/PageContainer';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { AccuracyKpis } from './AccuracyKpis';
import { AccuracyModelTable } from './AccuracyModelTable';
import { horizonChartOption, levelChartOption, runChartOption } from './accuracyChartOptions';
import { ForecastEmpty } from './ForecastEmpty';
import { ForecastTabs } from './ForecastTabs';
import { formatPercent } from './formatPercent';
import type { ForecastAccuracy, ForecastFrequency } from './types';
import { useForecastAccuracy } from './useForecastAccuracy';

const FREQUENCIES: ForecastFrequency[] = ['monthly', 'daily'];
const CHART_HEIGHT = 300;

/**
 * How the stored forecasts did once their periods were over: headline figures, then by
 * how far ahead, by level, by model and by run. The frequency lives in the address.
 */
export function ForecastAccuracyBoard() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const frequency = FREQUENCIES.find((f) => f === params.get('frequency')) ?? 'monthly';
  const accuracy = useForecastAccuracy(frequency);
  const data = accuracy.data;
  const setFrequency = (next: ForecastFrequency) => setParams({ frequency: next }, { replace: true });

  let body;
  if (accuracy.error && !data) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('forecasts.accuracy.loadFailed')}
        description={isApiError(accuracy.error) ? describeApiError(accuracy.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void accuracy.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!data) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  } else if (data.overall.n === 0) {
    body = (
      <ForecastEmpty
        testId="accuracy-empty"
        icon={<AimOutlined />}
        title={t('forecasts.accuracy.empty.title')}
        description={t(`forecasts.accuracy.empty.${frequency}`)}
        action={
          frequency === 'monthly' ? (
            <Button onClick={() => setFrequency('daily')} data-testid="accuracy-show-daily">
              {t('forecasts.accuracy.empty.showDaily')}
            </Button>
          ) : null
        }
      />
    );
  } else {
    body = (
      <Spin spinning={accuracy.isPlaceholderData && accuracy.isFetching}>
        <AccuracyCharts data={data} />
      </Spin>
    );
  }

  return (
    <PageContainer title={t('menu.forecasts')} subtitle={t('forecasts.accuracy.subtitle')} testId="forecast-accuracy-page">
      <ForecastTabs active="accuracy" />
      <Card className="toolbar-card forecast-toolbar" styles={{ body: { padding: '12px 16px' } }} style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('forecasts.frequency')}</Typography.Text>
          <Segmented<ForecastFrequency>
            value={frequency}
            onChange={setFrequency}
            options={FREQUENCIES.map((f) => ({
              value: f,
              label: <span data-testid={`accuracy-frequency-${f}`}>{t(`forecasts.frequencies.${f}`)}</span>,
            }))}
          />
          <Typography.Text type="secondary" className="forecast-toolbar__note">
            {t('forecasts.accuracy.toolbarNote')}
          </Typography.Text>
        </Flex>
      </Card>
      {body}
    </PageContainer>
  );
}

/** The headline cards and the four breakdowns. */
function AccuracyCharts({ data }: { data: ForecastAccuracy }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const options = useMemo(() => {
    const count = new Intl.NumberFormat(locale);
    const formatters = {
      formatPercent: (v: number | null) => formatPercent(v, locale),
      formatNumber: (v: number | null) => (v === null || v === undefined ? '—' : v.toFixed(2)),
      formatCount: (n: number) => t('forecasts.accuracy.periodsScored', { n: count.format(n) }),
    };
    return {
      horizon: horizonChartOption({
        ...formatters,
        rows: data.by_horizon,
        text: { wape: t('forecasts.accuracy.wape'), coverage95: t('forecasts.accuracy.coverage95') },
        stepLabel: (step) => t(`forecasts.accuracy.step_${data.frequency}`, { step }),
      }),
      level: levelChartOption({
        ...formatters,
        rows: data.by_level,
        text: { wape: t('forecasts.accuracy.wape'), mase: t('forecasts.accuracy.mase') },
        levelLabel: (level) => t(`forecasts.levels.${level}`, { defaultValue: level }),
      }),
      run: runChartOption({
        ...formatters,
        rows: data.by_run,
        text: { wape: t('forecasts.accuracy.wape'), bias: t('forecasts.accuracy.bias'), coverage80: t('forecasts.accuracy.coverage80') },
        formatDate: (date) => formatDate(date, locale),
      }),
    };
  }, [data, locale, t]);

  const chartCard = (key: string, title: string, note: string, chart: ReactNode) => (
    <Card title={title} extra={<span className="chart-card__note">{note}</span>} className="chart-card" data-testid={`accuracy-${key}`}>
      {chart}
    </Card>
  );

  return (
    <>
      <AccuracyKpis overall={data.overall} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          {chartCard(
            'horizon',
            t('forecasts.accuracy.byHorizon'),
            t('forecasts.accuracy.byHorizonNote'),
            <EChart option={options.horizon} height={CHART_HEIGHT} testId="accuracy-horizon-chart" label={t('forecasts.accuracy.byHorizon')} />,
          )}
        </Col>
        <Col xs={24} xl={12}>
          {chartCard(
            'level',
            t('forecasts.accuracy.byLevel'),
            t('forecasts.accuracy.byLevelNote'),
            <EChart option={options.level} height={CHART_HEIGHT} testId="accuracy-level-chart" label={t('forecasts.accuracy.byLevel')} />,
          )}
        </Col>
        <Col xs={24} xl={14}>
          {chartCard('model', t('forecasts.accuracy.byModel'), t('forecasts.accuracy.byModelNote'), <AccuracyModelTable rows={data.by_model} />)}
        </Col>
        <Col xs={24} xl={10}>
          {chartCard(
            'run',
            t('forecasts.accuracy.byRun'),
            t('forecasts.accuracy.byRunNote'),
            <EChart option={options.run} height={CHART_HEIGHT} testId="accuracy-run-chart" label={t('forecasts.accuracy.byRun')} />,
          )}
        </Col>
      </Row>
    </>
  );
}
