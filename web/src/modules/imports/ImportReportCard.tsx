import { CloudUploadOutlined, FileTextOutlined, RedoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { ImportIssueTable } from './ImportIssueTable';
import { ImportJobProgress } from './ImportJobProgress';
import { importOutcome, type ImportOutcome } from './importOutcome';
import type { ImportJob } from './types';

type ImportReportCardProps = {
  job: ImportJob;
  /** The run skipped bad rows (the job does not say). */
  skipBadRows: boolean;
  /** Upload the same file again without dry run. */
  onImportForReal: () => void;
  importing: boolean;
  /** Start over with another file. */
  onReset: () => void;
};

const ALERT_TYPE: Record<ImportOutcome, 'success' | 'info' | 'warning' | 'error'> = {
  pending: 'info',
  failed: 'error',
  valid: 'success',
  skippable: 'warning',
  invalid: 'error',
  imported: 'success',
  empty: 'warning',
};

/** The job's progress while it runs, then its report: counts, the verdict, the issues and what to do next. */
export function ImportReportCard({ job, skipBadRows, onImportForReal, importing, onReset }: ImportReportCardProps) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const outcome = importOutcome(job, skipBadRows);
  const report = job.report;
  const number = new Intl.NumberFormat(i18n.language);
  const count = (n: number) => number.format(n);

  const canImport = job.dry_run && (outcome === 'valid' || outcome === 'skippable');
  const actions: ReactNode[] = [];
  if (canImport) {
    actions.push(
      <Button key="real" type="primary" icon={<CloudUploadOutlined />} loading={importing} onClick={onImportForReal} data-testid="import-for-real">
        {outcome === 'skippable' ? t('imports.importValidForReal', { count: report?.orders ?? 0 }) : t('imports.importForReal')}
      </Button>,
    );
  }
  if (outcome === 'imported') {
    actions.push(
      <Link key="orders" to="/orders">
        <Button type="primary" icon={<FileTextOutlined />} data-testid="import-view-orders">
          {t('imports.viewOrders')}
        </Button>
      </Link>,
    );
  }
  if (outcome !== 'pending') {
    actions.push(
      <Button key="again" icon={<RedoOutlined />} onClick={onReset} data-testid="import-again">
        {t('imports.another')}
      </Button>,
    );
  }

  const stats: { key: string; label: string; value: ReactNode; danger?: boolean }[] = report
    ? [
        { key: 'rows', label: t('imports.rows'), value: count(report.rows) },
        { key: 'bad', label: t('imports.badRows'), value: count(report.bad_rows), danger: report.bad_rows > 0 },
        { key: 'orders', label: t('imports.orders'), value: count(report.orders) },
        { key: 'lines', label: t('imports.lines'), value: count(report.lines) },
        { key: 'customers', label: t('imports.customersCreated'), value: count(report.customers_created) },
        { key: 'products', label: t('imports.productsCreated'), value: count(report.products_created) },
        { key: 'total', label: t('imports.totalAmount'), value: formatMoney(report.total, 'CNY') },
      ]
    : [];

  return (
    <Card
      className="import-report"
      data-testid="import-report"
      data-outcome={outcome}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{job.dry_run ? t('imports.reportDryRun') : t('imports.reportReal')}</span>
          {job.file_name ? (
            <Typography.Text type="secondary" className="import-report__file">
              {job.file_name}
            </Typography.Text>
          ) : null}
          {report ? (
            <Tag bordered={false} color="geekblue">
              {t(`imports.layouts.${report.layout}`, { defaultValue: report.layout })}
            </Tag>
          ) : null}
        </Flex>
      }
    >
      {outcome === 'pending' ? <ImportJobProgress job={job} /> : null}
      {outcome !== 'pending' ? (
        <Alert
          className="import-report__verdict"
          type={ALERT_TYPE[outcome]}
          showIcon
          data-testid="import-verdict"
          title={t(`imports.outcomes.${outcome}.title`, {
            orders: count(report?.orders ?? 0),
            bad: count(report?.bad_rows ?? 0),
          })}
          description={
            outcome === 'failed'
              ? (job.error ?? t('errors.unexpected'))
              : t(`imports.outcomes.${outcome}.text`, { orders: count(report?.orders ?? 0), bad: count(report?.bad_rows ?? 0) })
          }
          action={actions.length ? <Flex vertical gap={8}>{actions}</Flex> : undefined}
        />
      ) : null}
      {report ? (
        <Row gutter={[16, 16]} className="import-report__stats">
          {stats.map((s) => (
            <Col key={s.key} xs={12} sm={8} lg={s.key === 'total' ? 6 : 3}>
              <Statistic
                title={s.label}
                value={String(s.value)}
                styles={{ content: s.danger ? { color: 'var(--ant-color-error)' } : undefined }}
                data-testid={`import-stat-${s.key}`}
              />
            </Col>
          ))}
        </Row>
      ) : null}
      {report && report.issues.length > 0 ? (
        <div className="import-report__issues">
          <Typography.Title level={5}>{t('imports.issues')}</Typography.Title>
          <ImportIssueTable issues={report.issues} />
        </div>
      ) : null}
    </Card>
  );
}
