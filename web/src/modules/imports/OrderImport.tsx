import { DeleteOutlined, FileTextOutlined, InboxOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Row, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { ImportFormatHelp } from './ImportFormatHelp';
import { ImportReportCard } from './ImportReportCard';
import type { OrderImportOptions } from './types';
import { useImportJob } from './useImportJob';
import { useUploadOrders } from './useUploadOrders';

/** The server takes uploads up to 64 MB. */
const MAX_BYTES = 64 * 1024 * 1024;

type Run = { id: string; skipBadRows: boolean };

function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}

/**
 * Order import: pick a CSV, check it (dry run, the default) or import it; the server
 * works in the background and the page follows its progress, then shows the report and,
 * after a clean dry run, offers the real import of the same file.
 */
export function OrderImport() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [run, setRun] = useState<Run | null>(null);
  const upload = useUploadOrders();
  const job = useImportJob(run?.id ?? null);

  const start = (options: { dryRun: boolean; skipBadRows: boolean }) => {
    if (!file) return;
    const query: OrderImportOptions = { dry_run: options.dryRun, skip_bad_rows: options.skipBadRows, file_name: file.name };
    upload.mutate(
      { file, options: query },
      {
        onSuccess: (queued) => setRun({ id: queued.id, skipBadRows: options.skipBadRows }),
        onError: (error) => handleError(error),
      },
    );
  };

  const pick = (picked: File) => {
    if (picked.size > MAX_BYTES) {
      message.error(t('imports.fileTooLarge', { size: formatSize(MAX_BYTES, i18n.language) }));
      return;
    }
    setFile(picked);
    setRun(null);
  };

  const reset = () => {
    setFile(null);
    setRun(null);
  };

  const running = upload.isPending || (!!run && (!job.data || job.data.status === 'queued' || job.data.status === 'running'));

  return (
    <Row gutter={[16, 16]} align="stretch">
      <Col xs={24} xl={15}>
        <Card title={t('imports.uploadTitle')} className="import-upload">
          <div data-testid="import-dropzone">
            <Upload.Dragger
              accept=".csv,text/csv"
              multiple={false}
              showUploadList={false}
              disabled={running}
              beforeUpload={(picked) => {
                pick(picked);
                return Upload.LIST_IGNORE;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('imports.dropText')}</p>
              <p className="ant-upload-hint">{t('imports.dropHint', { size: formatSize(MAX_BYTES, i18n.language) })}</p>
            </Upload.Dragger>
          </div>

          {file ? (
            <Flex className="import-file" align="center" gap={12} data-testid="import-file">
              <FileTextOutlined className="import-file__icon" />
              <div className="import-file__text">
                <Typography.Text strong ellipsis>
                  {file.name}
                </Typography.Text>
                <Typography.Text type="secondary" className="num">
                  {formatSize(file.size, i18n.language)}
                </Typography.Text>
              </div>
              <Button type="text" icon={<DeleteOutlined />} aria-label={t('imports.removeFile')} onClick={reset} disabled={running} />
            </Flex>
          ) : null}

          <div className="import-options">
            <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} disabled={running} data-testid="import-dry-run">
              <span className="import-options__label">{t('imports.dryRun')}</span>
              <Typography.Text type="secondary" className="import-options__hint">
                {t('imports.dryRunHint')}
              </Typography.Text>
            </Checkbox>
            <Checkbox
              checked={skipBadRows}
              onChange={(e) => setSkipBadRows(e.target.checked)}
              disabled={running}
              data-testid="import-skip-bad-rows"
            >
              <span className="import-options__label">{t('imports.skipBadRows')}</span>
              <Typography.Text type="secondary" className="import-options__hint">
                {t('imports.skipBadRowsHint')}
              </Typography.Text>
            </Checkbox>
          </div>

          {!dryRun ? <Alert type="warning" showIcon title={t('imports.realWarning')} className="import-real-warning" /> : null}

          <Flex justify="flex-end" gap={8}>
            <Button
              type="primary"
              size="large"
              icon={<PlayCircleOutlined />}
              disabled={!file}
              loading={running}
              onClick={() => start({ dryRun, skipBadRows })}
              data-testid="import-start"
            >
              {dryRun ? t('imports.startDryRun') : t('imports.startReal')}
            </Button>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <ImportFormatHelp />
      </Col>
      {run && job.data ? (
        <Col span={24}>
          <ImportReportCard
            job={job.data}
            skipBadRows={run.skipBadRows}
            importing={upload.isPending}
            onImportForReal={() => start({ dryRun: false, skipBadRows: run.skipBadRows })}
            onReset={reset}
          />
        </Col>
      ) : null}
      {run && job.error && !job.data ? (
        <Col span={24}>
          <Alert type="error" showIcon title={t('imports.statusFailed')} />
        </Col>
      ) : null}
    </Row>
  );
}
