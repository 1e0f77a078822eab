import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from './types';

type Row = ImportIssue & { key: number };

/** Every problem the import found, by line of the file, paged. */
export function ImportIssueTable({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
  const rows: Row[] = issues.map((issue, i) => ({ ...issue, key: i }));
  const columns: ColumnsType<Row> = [
    {
      title: t('imports.line'),
      dataIndex: 'line',
      width: 96,
      align: 'right',
      sorter: (a, b) => a.line - b.line,
      defaultSortOrder: 'ascend',
      render: (line: number) => <span className="num">{line}</span>,
    },
    {
      title: t('imports.column'),
      dataIndex: 'column',
      width: 180,
      render: (column: string) =>
        column ? (
          <Tag bordered={false} className="num">
            {column}
          </Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: t('imports.message'), dataIndex: 'message' },
  ];
  return (
    <Table<Row>
      data-testid="import-issues"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={{
        defaultPageSize: 10,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        hideOnSinglePage: false,
        showTotal: (total) => t('imports.issueCount', { count: total }),
      }}
    />
  );
}
