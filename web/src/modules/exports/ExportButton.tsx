import { DownloadOutlined, DownOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import type { QueryValue } from '../http/request';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { ExportFormat, ExportObject } from './types';
import { useExport } from './useExport';

type ExportButtonProps = {
  object: ExportObject;
  /** The list's current filters and sort (paging is ignored). */
  filters: Record<string, QueryValue>;
};

/** "Export" as CSV or Excel with the list's filters; only for roles with `export` on the object. */
export function ExportButton({ object, filters }: ExportButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const handleError = useApiErrorHandler();
  const exporting = useExport(object);
  if (!(me?.user.role === 'admin' || can(me, object, 'export'))) return null;

  const run = (format: ExportFormat) =>
    exporting.mutate(
      { format, filters },
      {
        onSuccess: ({ fileName, truncated }) => {
          if (truncated) message.warning(t('exports.truncated', { name: fileName }));
          else message.success(t('exports.done', { name: fileName }));
        },
        onError: (error) => handleError(error),
      },
    );

  return (
    <Dropdown
      trigger={['click']}
      disabled={exporting.isPending}
      menu={{
        items: [
          { key: 'csv', icon: <FileTextOutlined />, label: <span data-testid="export-csv">{t('exports.csv')}</span> },
          { key: 'xlsx', icon: <FileExcelOutlined />, label: <span data-testid="export-xlsx">{t('exports.xlsx')}</span> },
        ],
        onClick: ({ key }) => run(key === 'xlsx' ? 'xlsx' : 'csv'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={exporting.isPending} data-testid="export-button">
        {t('exports.export')}
        <DownOutlined className="button-caret" />
      </Button>
    </Dropdown>
  );
}
