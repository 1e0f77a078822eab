import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { RuleEnabledSwitch } from './RuleEnabledSwitch';
import type { Rule } from './types';
import { useRuleLabels } from './useRuleLabels';

type RuleTableProps = { items: Rule[]; loading: boolean; editable: boolean; onOpen: (id: string) => void };

/** The rules: name and description, trigger, on/off, shipped or own, version and last change; a click opens the designer. */
export function RuleTable({ items, loading, editable, onOpen }: RuleTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const labels = useRuleLabels();
  const columns: ColumnsType<Rule> = [
    {
      title: t('rules.columns.name'),
      dataIndex: 'name',
      render: (name: string, rule) => (
        <div className="rule-table__name">
          <Typography.Text strong data-testid="rule-name-cell">
            {name}
          </Typography.Text>
          {rule.builtin_key ? (
            <Tag color="geekblue" className="rule-table__builtin">
              {t('rules.builtin')}
            </Tag>
          ) : null}
          {rule.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, tooltip: rule.description }} className="rule-table__description">
              {rule.description}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    {
      title: t('rules.columns.trigger'),
      dataIndex: 'trigger_topic',
      width: 200,
      render: (topic: string) => (
        <div>
          <div>{labels.topic(topic)}</div>
          <code className="rule-table__code">{topic}</code>
        </div>
      ),
    },
    { title: t('rules.columns.actions'), key: 'actions', width: 80, align: 'right', render: (_, rule) => <span className="num">{rule.actions.length}</span> },
    { title: t('rules.columns.enabled'), dataIndex: 'enabled', width: 90, render: (_, rule) => <RuleEnabledSwitch rule={rule} editable={editable} /> },
    { title: t('rules.columns.version'), dataIndex: 'version', width: 80, render: (v: number) => <span className="num">v{v}</span> },
    {
      title: t('rules.columns.updated'),
      key: 'updated',
      width: 190,
      render: (_, rule) => (
        <div>
          <div className="num">{formatDateTime(rule.updated_at)}</div>
          <Typography.Text type="secondary">{rule.updated_by_name ?? t('rules.versions.system')}</Typography.Text>
        </div>
      ),
    },
  ];
  return (
    <Table<Rule>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 980 }}
      rowClassName="clickable-row"
      onRow={(rule) => ({ onClick: () => onOpen(rule.id), 'data-testid': `rule-row-${rule.builtin_key ?? rule.id}` } as HTMLAttributes<HTMLElement>)}
      locale={{ emptyText: <Typography.Text type="secondary">{t('rules.empty')}</Typography.Text> }}
      data-testid="rules-table"
    />
  );
}
