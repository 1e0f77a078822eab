import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { diffEntries, type DiffEntry } from './diffEntries';

type DiffTableProps = {
  before: unknown;
  after: unknown;
  labels: { field: string; before: string; after: string; empty: string };
  onlyChanged?: boolean;
};

function renderValue(value: unknown) {
  if (value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return <code className="diff-table__value">{text}</code>;
}

/** Field-by-field comparison of two snapshots; changed rows are highlighted. */
export function DiffTable({ before, after, labels, onlyChanged = false }: DiffTableProps) {
  const rows = diffEntries(before, after).filter((row) => !onlyChanged || row.changed);
  const columns: ColumnsType<DiffEntry> = [
    { title: labels.field, dataIndex: 'key', width: 200, render: (key: string) => <code>{key}</code> },
    { title: labels.before, dataIndex: 'before', render: renderValue },
    { title: labels.after, dataIndex: 'after', render: renderValue },
  ];
  return (
    <Table<DiffEntry>
      className="diff-table"
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: labels.empty }}
      // On create or delete every field "changes"; highlight only real updates.
      rowClassName={(row) => (row.changed && before && after ? 'diff-table__row--changed' : '')}
    />
  );
}
