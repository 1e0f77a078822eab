import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { CategorySalesChart } from './CategorySalesChart';
import { ChartCard } from './ChartCard';
import { MonthlySalesChart } from './MonthlySalesChart';
import { PipelineChart } from './PipelineChart';
import { SalesKpis } from './SalesKpis';
import { TopCustomersTable } from './TopCustomersTable';
import { useSalesSummary } from './useSalesSummary';
import { ZoneSalesChart } from './ZoneSalesChart';

const TOP_HEIGHT = 320;
const BOTTOM_HEIGHT = 360;

/** Home for people who sell: KPIs, the last 12 months, categories, pipeline, zones, best customers. */
export function SalesDashboard() {
  const { t } = useTranslation();
  const query = useSalesSummary();
  const summary = query.data;
  const loading = query.isLoading;

  if (query.error && !summary) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('sales.loadFailed')}
        description={isApiError(query.error) ? describeApiError(query.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  const monthlyEmpty = !summary || summary.monthly.every((m) => m.amount === 0 && m.orders === 0);
  // No stages at all means no right to read opportunities: zones and best customers share the row instead.
  const showPipeline = !summary || summary.pipeline.length > 0;
  return (
    <div className="sales-dashboard" data-testid="sales-dashboard">
      <SalesKpis summary={summary} loading={loading} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={16}>
          <ChartCard title={t('sales.monthlyTitle')} loading={loading} empty={monthlyEmpty} height={TOP_HEIGHT} testId="card-monthly">
            {summary ? <MonthlySalesChart summary={summary} height={TOP_HEIGHT} /> : null}
          </ChartCard>
        </Col>
        <Col xs={24} xl={8}>
          <ChartCard
            title={t('sales.byCategoryTitle')}
            extra={<span className="chart-card__note">{t('sales.thisYear')}</span>}
            loading={loading}
            empty={!summary?.by_category.some((c) => c.amount !== 0)}
            height={TOP_HEIGHT}
            testId="card-categories"
          >
            {summary ? <CategorySalesChart summary={summary} height={TOP_HEIGHT} /> : null}
          </ChartCard>
        </Col>
        {showPipeline ? (
          <Col xs={24} xl={12}>
            <ChartCard
              title={t('sales.pipelineTitle')}
              extra={<span className="chart-card__note">{t('sales.pipelineNote')}</span>}
              loading={loading}
              empty={!summary?.pipeline.some((p) => p.count > 0)}
              height={BOTTOM_HEIGHT}
              testId="card-pipeline"
            >
              {summary ? <PipelineChart summary={summary} height={BOTTOM_HEIGHT} /> : null}
            </ChartCard>
          </Col>
        ) : null}
        <Col xs={24} xl={showPipeline ? 12 : 10}>
          <ChartCard
            title={t('sales.byZoneTitle')}
            extra={<span className="chart-card__note">{t('sales.thisYear')}</span>}
            loading={loading}
            empty={!summary?.by_zone.some((z) => z.amount !== 0)}
            height={BOTTOM_HEIGHT}
            testId="card-zones"
          >
            {summary ? <ZoneSalesChart summary={summary} height={BOTTOM_HEIGHT} /> : null}
          </ChartCard>
        </Col>
        <Col xs={24} xl={showPipeline ? 24 : 14}>
          <Card
            title={t('sales.topCustomersTitle')}
            extra={<span className="chart-card__note">{t('sales.thisYear')}</span>}
            className="chart-card"
            styles={{ body: { minHeight: showPipeline ? undefined : BOTTOM_HEIGHT + 24 } }}
          >
            {summary ? <TopCustomersTable summary={summary} /> : <Skeleton active paragraph={{ rows: 8 }} />}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
